import type { Geometry } from 'geojson';
import { LedgerFileError } from './build-issue';
import { decodeLedgerText } from './decode-text';
import type { LedgerRow, LedgerTable } from './ledger-table';
import { sha256Hex } from './sha256';

function valueToText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Reads a GeoJSON FeatureCollection ledger: property names play the headers (union, in order of first appearance),
 * each feature is one row numbered from 1, and its geometry is used as given.
 */
export function readGeojsonLedger(file: string, bytes: Uint8Array): LedgerTable {
  const fail = (reason: string): never => {
    throw new LedgerFileError([{ file, row: 0, column: '', reason }]);
  };
  let doc: unknown;
  try {
    doc = JSON.parse(decodeLedgerText(bytes).text);
  } catch (e) {
    return fail(`不是合法的 JSON (not valid JSON: ${(e as Error).message})`);
  }
  if (!isObject(doc) || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    return fail('不是 GeoJSON FeatureCollection (not a GeoJSON FeatureCollection)');
  }
  const headers: string[] = [];
  const seen = new Set<string>();
  const features = doc.features as unknown[];
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
  return { file, format: 'geojson', headers, rows, sha256: sha256Hex(bytes) };
}
