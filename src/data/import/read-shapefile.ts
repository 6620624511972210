import { unzipSync } from 'fflate';
import { parseDbf, parseShp } from 'shpjs';
import { crsFromPrj } from './crs-detect';
import { featuresToTable } from './read-features';
import { ImportFileError, type ImportTable } from './types';

const fail = (reason: string): never => {
  throw new ImportFileError(reason, [{ row: 0, column: '', reason }]);
};

const ext = (name: string) => name.slice(name.lastIndexOf('.') + 1).toLowerCase();
const stem = (name: string) => name.slice(0, name.lastIndexOf('.'));

/**
 * Text encoding of the .dbf: the .cpg when there is one, else UTF-8 if the records decode as UTF-8, else GB18030
 * (Chinese DBFs without a .cpg are usually GBK; stack notes §C). Only the record area is tested: the binary header
 * is not text.
 */
export function dbfEncoding(dbf: Uint8Array, cpg: string | undefined): string {
  const c = cpg?.trim().toUpperCase();
  if (c) {
    if (/^(UTF-?8|65001)$/.test(c)) return 'utf-8';
    if (/^(GBK|GB2312|GB18030|CP936|936|ANSI 936)$/.test(c)) return 'gb18030';
    return cpg?.trim() ?? 'utf-8';
  }
  const headerLen = (dbf[8] ?? 0) | ((dbf[9] ?? 0) << 8);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(dbf.subarray(Math.min(headerLen, dbf.length)));
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

/**
 * A zipped shapefile: .shp (+ .dbf, .prj, .cpg). Geometries are kept in the file's coordinates and the .prj is
 * named by crsFromPrj (CGCS2000 Gauss-Krüger zones included), so the user can see and override it and a rejected
 * feature is written back as it was. Zip entries are read with fflate; shpjs parses .shp and .dbf.
 */
export function readShapefileZip(file: string, bytes: Uint8Array): ImportTable {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (f) => !f.name.includes('__MACOSX') });
  } catch (e) {
    return fail(`无法解压 ZIP (unreadable zip: ${(e as Error).message})`);
  }
  const names = Object.keys(entries);
  const shps = names.filter((n) => ext(n) === 'shp').sort();
  const first = shps[0];
  if (!first) return fail('ZIP 中没有 .shp 文件 (no .shp in the zip)');
  const notes: string[] = [];
  if (shps.length > 1) {
    notes.push(
      `ZIP 中有 ${shps.length} 个图层，只读取了 ${first} (the zip holds ${shps.length} layers; read ${first})`,
    );
  }
  const base = stem(first).toLowerCase();
  const sibling = (e: string) => names.find((n) => stem(n).toLowerCase() === base && ext(n) === e);
  const shp = entries[first] as Uint8Array;
  const dbfName = sibling('dbf');
  const prjName = sibling('prj');
  const cpgName = sibling('cpg');
  const decode = (n: string | undefined) => (n ? new TextDecoder().decode(entries[n]) : undefined);
  const prj = decode(prjName);
  const declared = prj ? crsFromPrj(prj) : null;
  if (prj && !declared) {
    notes.push('无法识别 .prj 中的坐标系，请手动选择 (the .prj names no coordinate system we know: choose one)');
  }
  if (prj && /Beijing|Xian|Krasovsky|IAG[ _]?1975/i.test(prj)) {
    notes.push(
      '坐标为北京54/西安80，未做基准转换，位置误差可达百米 (Beijing 1954 / Xian 1980: no datum shift applied, errors up to ~100 m)',
    );
  }
  if (!prjName) notes.push('没有 .prj 文件，请确认坐标系 (no .prj: check the coordinate system)');

  let geometries: (import('geojson').Geometry | null)[];
  try {
    geometries = parseShp(view(shp), false);
  } catch (e) {
    return fail(`无法读取 .shp (unreadable .shp: ${(e as Error).message})`);
  }
  let records: Record<string, unknown>[] = [];
  if (dbfName) {
    const dbf = entries[dbfName] as Uint8Array;
    try {
      records = parseDbf(view(dbf), dbfEncoding(dbf, decode(cpgName)));
    } catch (e) {
      return fail(`无法读取 .dbf (unreadable .dbf: ${(e as Error).message})`);
    }
  } else {
    notes.push('没有 .dbf 文件，要素没有属性 (no .dbf: features have no attributes)');
  }
  if (dbfName && records.length !== geometries.length) {
    notes.push(
      `.shp 有 ${geometries.length} 条记录而 .dbf 有 ${records.length} 条 (.shp has ${geometries.length} records, .dbf ${records.length})`,
    );
  }
  // Every record of either file becomes a row; one without a geometry is then rejected, not dropped.
  const n = Math.max(geometries.length, records.length);
  const features = Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    geometry: geometries[i] ?? null,
    properties: records[i] ?? {},
  }));
  return featuresToTable(file, 'shp', features, declared, notes);
}
