/**
 * The two fetches of the data layer, with the errors the app shows (`<url>：HTTP 404`, `<url>：文件不存在`). Used
 * by the data worker, which fetches the manifest and whole layer files itself (worker/data-api.ts).
 */
async function get(url: string, signal?: AbortSignal): Promise<Response> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`${url}：HTTP ${res.status}`);
  return res;
}

export async function fetchText(url: string): Promise<string> {
  return (await get(url)).text();
}

/** `signal` aborts the download too, not only the wait for it. */
export async function fetchBytes(url: string, signal?: AbortSignal): Promise<Uint8Array> {
  const res = await get(url, signal);
  // Vite's dev server answers a missing file with index.html (200): say so instead of "Not a FlatGeobuf file".
  if ((res.headers.get('content-type') ?? '').includes('text/html')) throw new Error(`${url}：文件不存在`);
  return new Uint8Array(await res.arrayBuffer());
}
