/**
 * The two fetches of the data layer, with the errors the app shows (`<url>：HTTP 404`, `<url>：文件不存在`). Used
 * by the data worker, which fetches the manifest and whole layer files itself (worker/data-api.ts).
 */
export async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`${url}：HTTP ${res.status}`);
  return res.text();
}

export async function fetchBytes(url: string, signal?: AbortSignal): Promise<Uint8Array> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`${url}：HTTP ${res.status}`);
  // Vite's dev server answers a missing file with index.html (200): say so instead of "Not a FlatGeobuf file".
  if ((res.headers.get('content-type') ?? '').includes('text/html')) throw new Error(`${url}：文件不存在`);
  return new Uint8Array(await res.arrayBuffer());
}
