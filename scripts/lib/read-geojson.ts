import { LedgerFileError } from './build-issue';
import { decodeLedgerText } from './decode-text';
import { featureTable, isObject } from './feature-table';
import type { LedgerTable } from './ledger-table';
import { sha256Hex } from './sha256';

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
  const { headers, rows } = featureTable(doc.features as unknown[]);
  return { file, format: 'geojson', headers, rows, sha256: sha256Hex(bytes) };
}
