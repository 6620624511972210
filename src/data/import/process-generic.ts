import type { Feature, Geometry } from 'geojson';
import { parseCrs } from '../../../scripts/lib/crs';
import { isObject } from '../../../scripts/lib/feature-table';
import { parseCoordinate } from '../../../scripts/lib/parse-coordinate';
import { parseWkt } from '../../../scripts/lib/parse-wkt';
import { GEOMETRY_LEDGER_COLUMNS, resolveHeader } from '../../domain';
import { parseDecimal } from '../../domain/parse-number';
import { type CrsId, geometryToWgs84, isGeographic } from './crs';
import { geometryProblem, outOfRange } from './geometry-check';
import type { ImportIssue, ImportOutcome, ImportSettings, ImportTable, ProgressFn } from './types';

const CHUNK = 5000;

/** Property names from headers: blanks get `列N`, repeats get `name (2)`, so no cell is lost to a collision. */
export function propertyNames(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((h, i) => {
    const base = h.trim() || `列${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

type Prop = string | number | boolean | null;

function plain(v: unknown): Prop {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  return JSON.stringify(v);
}

/**
 * A file that is no ledger of ours: every row becomes a feature of a generic layer with its columns as they are.
 * Geometry comes from the mapped coordinate columns (degrees or DMS for geographic systems, metres for projected
 * ones), else the file's own geometry, else a WKT column; it is converted to WGS84 and must land in range.
 */
export function processGeneric(table: ImportTable, settings: ImportSettings, onProgress?: ProgressFn): ImportOutcome {
  const { mapping } = settings;
  const geographic = isGeographic(settings.crs);
  const lonIdx = mapping.lon ? table.headers.indexOf(mapping.lon) : -1;
  const latIdx = mapping.lat ? table.headers.indexOf(mapping.lat) : -1;
  const wktIdx = mapping.geometry ? table.headers.indexOf(mapping.geometry) : -1;
  const crsIdx = geographic
    ? table.headers.findIndex((h) => h.trim() && resolveHeader(h, GEOMETRY_LEDGER_COLUMNS) === 'crs')
    : -1;
  const names = propertyNames(table.headers);
  const tabular = table.sourceFormat === 'csv' || table.sourceFormat === 'xlsx';
  const lonLabel = mapping.lon || '经度';
  const latLabel = mapping.lat || '纬度';

  const features: Feature<Geometry>[] = [];
  const rejectedRows: number[] = [];
  const issues: ImportIssue[] = [];
  table.rows.forEach((row, i) => {
    const rowIssues: { column: string; reason: string }[] = [];
    if (row.readIssue) rowIssues.push({ column: '', reason: row.readIssue });

    let crs: CrsId = settings.crs;
    const crsCell = crsIdx >= 0 ? (row.cells[crsIdx] ?? '').trim() : '';
    if (crsCell) {
      const c = parseCrs(crsCell);
      if (c) crs = c;
      else
        rowIssues.push({
          column: table.headers[crsIdx] ?? '',
          reason: `坐标系不受支持: "${crsCell}"，应为 WGS84/CGCS2000/GCJ02/BD09 (unsupported crs "${crsCell}")`,
        });
    }

    let geometry: Geometry | null = null;
    const x = lonIdx >= 0 ? (row.cells[lonIdx] ?? '') : '';
    const y = latIdx >= 0 ? (row.cells[latIdx] ?? '') : '';
    if (lonIdx >= 0 && latIdx >= 0 && (x.trim() !== '' || y.trim() !== '')) {
      if (geographic) {
        const lon = parseCoordinate(x, 'lon');
        const lat = parseCoordinate(y, 'lat');
        if (!lon.ok) rowIssues.push({ column: lonLabel, reason: lon.reason });
        if (!lat.ok) rowIssues.push({ column: latLabel, reason: lat.reason });
        if (lon.ok && lat.ok) geometry = { type: 'Point', coordinates: [lon.value, lat.value] };
      } else {
        const ex = parseDecimal(x);
        const ny = parseDecimal(y);
        if (ex === null)
          rowIssues.push({ column: lonLabel, reason: `"${x}" 不是数字（米） ("${x}" is not a number of metres)` });
        if (ny === null)
          rowIssues.push({ column: latLabel, reason: `"${y}" 不是数字（米） ("${y}" is not a number of metres)` });
        if (ex !== null && ny !== null) geometry = { type: 'Point', coordinates: [ex, ny] };
      }
    } else if (row.geometry) {
      const problem = geometryProblem(row.geometry);
      if (problem) rowIssues.push({ column: 'geometry', reason: problem });
      else geometry = row.geometry;
    } else if (wktIdx >= 0 && (row.cells[wktIdx] ?? '').trim() !== '') {
      const parsed = parseWkt(row.cells[wktIdx] ?? '');
      if (parsed.ok) geometry = parsed.geometry;
      else rowIssues.push({ column: mapping.geometry, reason: parsed.reason });
    } else {
      rowIssues.push({
        column: lonIdx >= 0 ? lonLabel : '',
        reason: '没有坐标或几何 (no coordinates or geometry)',
      });
    }

    if (geometry && rowIssues.length === 0) {
      try {
        const wgs = geometryToWgs84(geometry, crs);
        const bad = outOfRange(wgs);
        if (bad) {
          rowIssues.push({
            column: lonIdx >= 0 ? lonLabel : 'geometry',
            reason: `转换到 WGS84 后坐标 [${bad[0]}, ${bad[1]}] 超出经纬度范围，请检查坐标系 (position [${bad[0]}, ${bad[1]}] is out of range after conversion: check the CRS)`,
          });
        } else geometry = wgs;
      } catch (e) {
        rowIssues.push({ column: '', reason: `坐标转换失败 (conversion failed: ${(e as Error).message})` });
      }
    }

    if (rowIssues.length > 0 || !geometry) {
      rejectedRows.push(row.rowNumber);
      for (const r of rowIssues) issues.push({ row: row.rowNumber, ...r });
    } else {
      const properties: Record<string, Prop> = {};
      const source =
        !tabular && isObject(row.original) && isObject(row.original.properties) ? row.original.properties : null;
      if (source) for (const [k, v] of Object.entries(source)) properties[k] = plain(v);
      else
        names.forEach((n, j) => {
          properties[n] = row.cells[j] ?? '';
        });
      features.push({ type: 'Feature', geometry, properties });
    }
    if ((i + 1) % CHUNK === 0) onProgress?.({ stage: 'validate', fraction: (i + 1) / table.rows.length });
  });
  onProgress?.({ stage: 'validate', fraction: 1 });
  return {
    target: 'generic',
    features,
    rejectedRows,
    issues,
    rowsRead: table.rows.length,
    blankRows: table.blankRows,
  };
}
