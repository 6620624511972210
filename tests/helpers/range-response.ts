import { HttpResponse } from 'msw';

/**
 * A static file server's answer to one GET, as vite preview and nginx give it: the whole file (200) without a
 * `Range` header, else the single `bytes=a-b` range (206) or 416 past the end. `onBody` sees what is sent.
 */
export function rangeResponse(
  request: Request,
  file: Uint8Array,
  opts: { type?: string; onBody?: (bytes: number, ranged: boolean) => void } = {},
): HttpResponse<ArrayBuffer> {
  const type: Record<string, string> = opts.type ? { 'Content-Type': opts.type } : {};
  const m = /^bytes=(\d+)-(\d*)$/.exec(request.headers.get('range') ?? '');
  if (!m) {
    opts.onBody?.(file.length, false);
    return new HttpResponse(file.slice().buffer, {
      status: 200,
      headers: { ...type, 'Content-Length': String(file.length) },
    });
  }
  const start = Number(m[1]);
  const end = Math.min(m[2] ? Number(m[2]) : file.length - 1, file.length - 1);
  if (start >= file.length) {
    return new HttpResponse(null, { status: 416, headers: { 'Content-Range': `bytes */${file.length}` } });
  }
  const body = file.slice(start, end + 1);
  opts.onBody?.(body.length, true);
  return new HttpResponse(body.buffer, {
    status: 206,
    headers: {
      ...type,
      'Content-Range': `bytes ${start}-${end}/${file.length}`,
      'Content-Length': String(body.length),
    },
  });
}
