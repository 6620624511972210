import type { Feature, Geometry } from 'geojson';
import { GEOMETRY_LEDGER_COLUMNS, LAYERS } from '../../domain';
import type { ImportTarget } from '../import/types';
import { toWkt } from './write-wkt';

export type Cell = string | number | boolean | null;

export interface ExportTable {
  headers: string[];
  rows: Cell[][];
}

/** Properties without the app's own `__` marks (`__imported`, `__dataset`). */
export function publicProps(f: Feature<Geometry | null>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(f.properties ?? {})) if (!k.startsWith('__')) out[k] = v;
  return out;
}

const cell = (v: unknown): Cell => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
};

function parseExtra(raw: unknown): Record<string, unknown> {
  if (typeof raw !== 'string' || raw === '' || raw === '{}') return {};
  try {
    const o = JSON.parse(raw) as unknown;
    return o && typeof o === 'object' && !Array.isArray(o) ? (o as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const zh = (key: string) => GEOMETRY_LEDGER_COLUMNS.find((c) => c.key === key)?.zh ?? key;

/**
 * Features as a ledger-shaped table (CSV/XLSX): points as 经度 [lon]/纬度 [lat], other geometries as WKT in
 * 几何 [geometry]. A built-in layer gets its ledger columns with ledger headers (`类别 [category]`) and its `extra`
 * JSON spread back into the original columns, so the file can be edited and imported again as the same layer.
 */
export function exportTable(features: readonly Feature<Geometry | null>[], target: ImportTarget): ExportTable {
  const def = target === 'generic' ? null : LAYERS[target];
  // A built-in layer is written as its ledger (the columns a keeper fills in): grades, classes and bases are
  // recomputed on import, and written out they would come back as unknown columns. GeoJSON, KML and FlatGeobuf
  // carry the computed properties.
  const keys: string[] = def ? def.ledgerColumns.map((c) => c.key) : [];
  const seen = new Set(keys);
  const extraKeys: string[] = [];
  for (const f of features) {
    const p = publicProps(f);
    if (def) {
      for (const k of Object.keys(parseExtra(p.extra)))
        if (!seen.has(k)) {
          seen.add(k);
          extraKeys.push(k);
        }
    } else {
      for (const k of Object.keys(p))
        if (!seen.has(k)) {
          seen.add(k);
          keys.push(k);
        }
    }
  }
  const allPoints = features.length > 0 && features.every((f) => f.geometry?.type === 'Point');
  const ledgerZh = new Map((def?.ledgerColumns ?? []).map((c) => [c.key, c.zh]));
  const label = (k: string) => (ledgerZh.has(k) ? `${ledgerZh.get(k)} [${k}]` : k);
  const geomHeaders = allPoints ? [`${zh('lon')} [lon]`, `${zh('lat')} [lat]`] : [`${zh('geometry')} [geometry]`];
  const headers = [...keys.map(label), ...geomHeaders, ...extraKeys];
  const rows = features.map((f) => {
    const p = publicProps(f);
    const extra = def ? parseExtra(p.extra) : {};
    const g = f.geometry;
    const geom: Cell[] = allPoints
      ? [
          (g as { coordinates: number[] }).coordinates[0] ?? null,
          (g as { coordinates: number[] }).coordinates[1] ?? null,
        ]
      : [g ? toWkt(g) : null];
    return [...keys.map((k) => cell(p[k])), ...geom, ...extraKeys.map((k) => cell(extra[k]))];
  });
  return { headers, rows };
}
