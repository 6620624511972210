import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface JsSize {
  files: number;
  bytes: number;
  /** gzip at zlib's default level 6, what web servers typically send */
  gzipBytes: number;
}

const isJs = (p: string) => /\.(m?js)$/.test(p);

async function sizeOf(paths: readonly string[]): Promise<JsSize> {
  let bytes = 0;
  let gzipBytes = 0;
  for (const p of paths) {
    const buf = await readFile(p);
    bytes += buf.length;
    gzipBytes += gzipSync(buf).length;
  }
  return { files: paths.length, bytes, gzipBytes };
}

/** JS files under dist/ that the page requested (URL path → dist file). */
export function shippedJs(distDir: string, urls: readonly string[]): Promise<JsSize> {
  const paths = new Set<string>();
  for (const u of urls) {
    const path = decodeURIComponent(new URL(u).pathname);
    if (isJs(path)) paths.add(join(distDir, path));
  }
  return sizeOf([...paths]);
}

/** Every JS file in dist/ (lazy chunks and workers included). */
export async function allJs(distDir: string): Promise<JsSize> {
  const out: string[] = [];
  const walk = async (dir: string) => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (isJs(p) && !relative(distDir, p).split(sep).includes('data')) out.push(p);
    }
  };
  await walk(distDir);
  return sizeOf(out);
}
