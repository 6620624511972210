import type { Feature, Geometry } from 'geojson';
import type { LedgerRow } from '../../../scripts/lib/ledger-table';
import type { DetectedCrs } from './crs-detect';
import type { ImportFormat, ImportTable } from './types';

function valueToText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return JSON.stringify(v);
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Features (from GeoJSON, KML, a shapefile or FlatGeobuf) as a table, the way scripts/lib/read-geojson.ts does it:
 * property names play the headers (union, in order of first appearance), each feature is one row numbered from 1,
 * its geometry is kept as given (in the file's CRS) and the feature itself is kept to be written back if rejected.
 */
export function featuresToTable(
  file: string,
  sourceFormat: ImportFormat,
  features: readonly unknown[],
  declaredCrs: DetectedCrs | null,
  notes: string[] = [],
): ImportTable {
  const headers: string[] = [];
  const seen = new Set<string>();
  for (const f of features) {
    const props = isObject(f) && isObject(f.properties) ? f.properties : {};
    for (const k of Object.keys(props)) {
      if (!seen.has(k)) {
        seen.add(k);
        headers.push(k);
      }
    }
  }
  const rows: LedgerRow[] = features.map((f, i) => {
    const props = isObject(f) && isObject(f.properties) ? f.properties : {};
    const geometry = isObject(f) && isObject(f.geometry) ? (f.geometry as unknown as Geometry) : null;
    return { rowNumber: i + 1, cells: headers.map((h) => valueToText(props[h])), geometry, original: f };
  });
  return {
    file,
    format: 'geojson',
    sourceFormat,
    headers,
    rows,
    sha256: '',
    blankRows: 0,
    declaredCrs,
    notes,
  };
}

export type AnyFeature = Feature<Geometry | null>;
