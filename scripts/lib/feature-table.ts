import type { Geometry } from 'geojson';
import type { LedgerRow } from './ledger-table';

export const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** A property value as a ledger cell. Dates come only from the browser's readers (KML, shapefile DBF), never JSON. */
function valueToText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return JSON.stringify(v);
}

/**
 * Features as ledger rows: property names play the headers (union, in order of first appearance), each feature is
 * one row numbered from 1, its geometry kept as given and the feature itself kept to be written back if rejected.
 * Shared by the data build (read-geojson.ts) and the browser import (src/data/import/read-features.ts).
 */
export function featureTable(features: readonly unknown[]): { headers: string[]; rows: LedgerRow[] } {
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
  return { headers, rows };
}
