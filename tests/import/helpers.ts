import iconv from 'iconv-lite';
import { ImportEngine, type ImportPreview, type ProcessResult } from '../../src/data/import/engine';
import type { ImportSettings } from '../../src/data/import/types';

export const utf8 = (s: string) => new TextEncoder().encode(s);
export const gbk = (s: string) => new Uint8Array(iconv.encode(s, 'gbk'));

/** Reads a file and validates it with the detected settings, overridden by `over`. */
export async function importWith(
  name: string,
  bytes: Uint8Array,
  over: Partial<ImportSettings> = {},
): Promise<{ engine: ImportEngine; preview: ImportPreview; result: ProcessResult }> {
  const engine = new ImportEngine();
  const preview = await engine.read(name, bytes, { nearLon: 113.2 });
  const settings: ImportSettings = {
    target: preview.detected.target,
    mapping: preview.detected.mapping,
    crs: preview.detected.crs,
    ...over,
  };
  const result = engine.process(settings);
  return { engine, preview, result };
}

export const SCHOOLS_HEADER = '编号,名称,经度,纬度,类别,人数,行政区划代码';

export const lonLatOf = (f: { geometry: unknown }): [number, number] => {
  const g = f.geometry as { type: string; coordinates: [number, number] };
  if (g.type !== 'Point') throw new Error(`not a point: ${g.type}`);
  return g.coordinates;
};

/** Blob → bytes in Node and in jsdom (whose Blob has no arrayBuffer()). */
export async function blobBytes(blob: Blob): Promise<Uint8Array> {
  if (typeof blob.arrayBuffer === 'function') return new Uint8Array(await blob.arrayBuffer());
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(blob);
  });
}
