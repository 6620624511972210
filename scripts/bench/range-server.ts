import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Serves one file over loopback HTTP with Range support (what FlatGeobuf bbox reads need; vite preview does the same
 * in the app) and counts requests and body bytes, so a bbox read can be compared with reading the whole file.
 */
export interface RangeServer {
  url: string;
  stats: { requests: number; bytes: number };
  close(): Promise<void>;
}

export async function serveFile(path: string): Promise<RangeServer> {
  const body = await readFile(path);
  const stats = { requests: 0, bytes: 0 };
  const server: Server = createServer((req, res) => {
    stats.requests++;
    const m = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    if (!m) {
      stats.bytes += body.length;
      res.writeHead(200, { 'content-length': body.length, 'accept-ranges': 'bytes' });
      res.end(body);
      return;
    }
    const start = Number(m[1]);
    const end = Math.min(m[2] ? Number(m[2]) : body.length - 1, body.length - 1);
    if (start > end) {
      res.writeHead(416, { 'content-range': `bytes */${body.length}` });
      res.end();
      return;
    }
    const part = body.subarray(start, end + 1);
    stats.bytes += part.length;
    res.writeHead(206, {
      'content-length': part.length,
      'content-range': `bytes ${start}-${end}/${body.length}`,
      'accept-ranges': 'bytes',
    });
    res.end(part);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/file.fgb`,
    stats,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
