import { decodeLedgerText } from '../../../scripts/lib/decode-text';
import { isObject } from '../../../scripts/lib/feature-table';
import { crsFromGeojsonName, type DetectedCrs } from './crs-detect';
import { featuresToTable } from './read-features';
import { ImportFileError, type ImportFormat, type ImportTable } from './types';

const fail = (reason: string): never => {
  throw new ImportFileError(reason, [{ row: 0, column: '', reason }]);
};

/** The legacy `crs` member (GeoJSON 2008), still written by some GIS exports in projected coordinates. */
function declared(doc: Record<string, unknown>): DetectedCrs | null {
  const crs = doc.crs;
  if (!isObject(crs) || !isObject(crs.properties)) return null;
  const name = crs.properties.name;
  return typeof name === 'string' ? crsFromGeojsonName(name) : null;
}

/** Reads a GeoJSON FeatureCollection (or a single Feature); like scripts/lib/read-geojson.ts without the hash. */
export function readGeojson(file: string, bytes: Uint8Array, sourceFormat: ImportFormat = 'geojson'): ImportTable {
  let doc: unknown;
  try {
    doc = JSON.parse(decodeLedgerText(bytes).text);
  } catch (e) {
    return fail(`不是合法的 JSON (not valid JSON: ${(e as Error).message})`);
  }
  if (isObject(doc) && doc.type === 'Feature') return featuresToTable(file, sourceFormat, [doc], declared(doc));
  if (!isObject(doc) || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    return fail('不是 GeoJSON FeatureCollection (not a GeoJSON FeatureCollection)');
  }
  return featuresToTable(file, sourceFormat, doc.features as unknown[], declared(doc));
}
