import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

/**
 * A static file server for the national bench and tests: several folders under URL prefixes (dist/ at `/`,
 * data/national/built at `/national/`), single-range `Range` requests answered 206 and streamed from disk (the
 * hazard file is ~700 MB), and per-request accounting of body bytes, so a bench can say exactly how much a view
 * cost. The production equivalent is nginx (deploy/nginx.conf); this one exists to count.
 */
export interface Mount {
  /** URL prefix, starting and ending with `/` */
  prefix: string;
  dir: string;
}

export interface Served {
  path: string;
  status: number;
  bytes: number;
  /** Date.now() when the request arrived */
  start: number;
  /** Date.now() when the response was fully sent */
  at: number;
}

export interface StaticServer {
  url: string;
  log: Served[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.fgb': 'application/octet-stream',
  '.pmtiles': 'application/octet-stream',
};

function locate(mounts: readonly Mount[], pathname: string): string | null {
  for (const m of mounts) {
    if (!pathname.startsWith(m.prefix)) continue;
    const rel = decodeURIComponent(pathname.slice(m.prefix.length)) || 'index.html';
    const root = resolve(m.dir);
    const file = normalize(join(root, rel));
    if (file !== root && !file.startsWith(root + sep)) return null; // ../ out of the folder
    return file;
  }
  return null;
}

export async function serveStatic(mounts: readonly Mount[]): Promise<StaticServer> {
  // longest prefix first, so /national/ wins over /
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const log: Served[] = [];
  const server: Server = createServer(async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const arrived = Date.now();
    const file = locate(sorted, pathname);
    const note = (status: number, bytes: number) => {
      const entry = { path: pathname, status, bytes, start: arrived, at: Date.now() };
      log.push(entry);
      res.once('finish', () => {
        entry.at = Date.now();
      });
    };
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      note(404, 0);
      return;
    }
    const headers = {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'accept-ranges': 'bytes',
      'cache-control': 'no-store',
    };
    const m = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
    let start = 0;
    let end = info.size - 1;
    let status = 200;
    if (m && (m[1] || m[2])) {
      if (m[1]) {
        start = Number(m[1]);
        end = m[2] ? Math.min(Number(m[2]), info.size - 1) : info.size - 1;
      } else {
        start = Math.max(0, info.size - Number(m[2])); // suffix range: the last N bytes
      }
      if (start > end || start >= info.size) {
        res.writeHead(416, { 'content-range': `bytes */${info.size}` });
        res.end();
        note(416, 0);
        return;
      }
      status = 206;
      Object.assign(headers, { 'content-range': `bytes ${start}-${end}/${info.size}` });
    }
    const length = info.size === 0 ? 0 : end - start + 1;
    res.writeHead(status, { ...headers, 'content-length': length });
    if (req.method === 'HEAD' || length === 0) {
      res.end();
      note(status, 0);
      return;
    }
    note(status, length);
    createReadStream(file, { start, end }).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
