import type { MultiPolygon, Point, Polygon } from 'geojson';
import { type AreaRef, detectGcj02, type PointRef } from '../../src/analysis/stats/detect-gcj02';
import { normalizeAdcode } from '../../src/analysis/stats/normalize-adcode';
import { LAYERS } from '../../src/domain';
import { type CrsName, parseCrs } from './crs';
import { mapHeaders } from './header-map';
import type { LedgerRow, LedgerTable } from './ledger-table';
import { type LayerOutcome, processLayer } from './process-layer';

/**
 * The 行政区划 ledger (`boundaries.geojson`, often a DataV.GeoAtlas file) before the common row processing:
 * codes normalised to six-digit strings (numbers, `4306`, 12-digit 统计用区划代码, `{"adcode":430600}` parents),
 * 编号 filled from the code when the file has none, and the coordinate system decided, in this order:
 *   1. a 坐标系 property on a feature (the common rule, per row);
 *   2. the file's own declaration: a top-level `"crs"` member, a name (`"GCJ02"`) or the GeoJSON-2008 object
 *      (`{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}}`);
 *   3. `--boundaries-crs`;
 *   4. detection against the point ledgers of the same build (src/analysis/stats/detect-gcj02.ts);
 *   5. otherwise `--crs`, with a warning saying so.
 */
export interface BoundariesOptions {
  /** the parsed file, for its top-level `crs` member (null for CSV/XLSX ledgers) */
  doc: unknown;
  optionCrs?: CrsName;
  defaultCrs: CrsName;
  /** accepted features of the point layers built before, WGS84 */
  built: readonly LayerOutcome[];
  log(line: string): void;
}

// OGC names of the two datums a file may declare; anything else goes through the ledger spellings (crs.ts).
const OGC: Record<string, CrsName> = { CRS84: 'WGS84', '4326': 'WGS84', '4490': 'CGCS2000' };

/** The CRS a GeoJSON file declares at the top level, null when it declares none we know. */
export function declaredCrs(doc: unknown): CrsName | null {
  if (doc === null || typeof doc !== 'object' || !('crs' in doc)) return null;
  const crs = (doc as { crs: unknown }).crs;
  const name =
    typeof crs === 'string'
      ? crs
      : typeof crs === 'object' && crs !== null
        ? String((crs as { properties?: { name?: unknown } }).properties?.name ?? '')
        : '';
  const ogc = /(CRS84|4326|4490)$/.exec(name.toUpperCase().replace(/[^0-9A-Z]/g, ''));
  return (ogc ? OGC[ogc[1] as string] : undefined) ?? parseCrs(name);
}

// DataV.GeoAtlas properties (standards.md §10): a hint in the log, never a decision by itself.
const DATAV_KEYS = ['acroutes', 'childrenNum', 'subFeatureIndex', 'centroid'];

export function processBoundaries(table: LedgerTable, opts: BoundariesOptions): LayerOutcome {
  const headers = mapHeaders(table.file, table.headers, LAYERS.boundaries.ledgerColumns);
  const adcodeAt = headers.indexOf.get('adcode');
  const parentAt = headers.indexOf.get('parent');
  const idAt = headers.indexOf.get('id');
  const crsAt = headers.indexOf.get('crs');
  const norm = (cell: string | undefined) => (cell === undefined ? undefined : (normalizeAdcode(cell) ?? cell));
  const rows: LedgerRow[] = table.rows.map((row) => {
    const cells = [...row.cells];
    if (adcodeAt !== undefined) cells[adcodeAt] = norm(cells[adcodeAt]) ?? '';
    if (parentAt !== undefined) cells[parentAt] = norm(cells[parentAt]) ?? '';
    const code = adcodeAt === undefined ? '' : (cells[adcodeAt] ?? '');
    while (cells.length < table.headers.length) cells.push('');
    if (idAt === undefined) cells.splice(table.headers.length, 0, code);
    else if (!cells[idAt]?.trim()) cells[idAt] = code;
    return { ...row, cells };
  });
  const prepared: LedgerTable = {
    ...table,
    headers: idAt === undefined ? [...table.headers, '编号'] : table.headers,
    rows,
  };

  const crs = decideCrs(prepared, adcodeAt, crsAt, opts);
  const outcome = processLayer('boundaries', prepared, crs);
  // rejected rows go back to the keeper as they were read, not as normalised here
  const original = new Map(table.rows.map((r) => [r.rowNumber, r]));
  return { ...outcome, table, rejected: outcome.rejected.map((r) => original.get(r.rowNumber) ?? r) };
}

function decideCrs(
  table: LedgerTable,
  adcodeAt: number | undefined,
  crsAt: number | undefined,
  opts: BoundariesOptions,
): CrsName {
  const say = (crs: CrsName, why: string): CrsName => {
    opts.log(`${table.file}: 坐标系 ${crs}（${why}）`);
    return crs;
  };
  const declared = declaredCrs(opts.doc);
  if (declared) return say(declared, '文件声明 / declared in the file');
  if (opts.optionCrs) return say(opts.optionCrs, '--boundaries-crs');

  const areas: AreaRef[] = [];
  for (const row of table.rows) {
    const g = row.geometry;
    const code = adcodeAt === undefined ? null : normalizeAdcode(row.cells[adcodeAt]);
    // rows that state their own 坐标系 are converted by that; they say nothing about the rest
    const ownCrs = crsAt === undefined ? '' : (row.cells[crsAt]?.trim() ?? '');
    if (code && !ownCrs && (g?.type === 'Polygon' || g?.type === 'MultiPolygon')) {
      areas.push({ adcode: code, geometry: g as Polygon | MultiPolygon });
    }
  }
  const points: PointRef[] = [];
  for (const o of opts.built) {
    for (const f of o.features) {
      const code = normalizeAdcode(f.properties.adcode);
      if (code && f.geometry.type === 'Point') {
        const [lon, lat] = (f.geometry as Point).coordinates as [number, number];
        points.push({ adcode: code, lon, lat });
      }
    }
  }
  const d = detectGcj02(areas, points);
  if (d.verdict !== 'undetermined') return say(d.verdict, `检测 / detected: ${d.reason}`);
  const datav = table.headers.filter((h) => DATAV_KEYS.includes(h.trim()));
  const hint =
    datav.length > 0
      ? `；文件含 DataV.GeoAtlas 字段 (${datav.join(', ')})，此类数据常为 GCJ-02（未核实），可用 --boundaries-crs GCJ02 指定`
      : '';
  return say(opts.defaultCrs, `未声明且无法检测，按 --crs 处理 / undeclared and undetected: ${d.reason}${hint}`);
}
