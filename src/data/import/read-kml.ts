import { kml } from '@tmcw/togeojson';
import { decodeLedgerText } from '../../../scripts/lib/decode-text';
import { featuresToTable } from './read-features';
import { ImportFileError, type ImportTable } from './types';

/**
 * KML through @tmcw/togeojson. It needs a DOMParser, which workers lack, so the import session converts KML on the
 * main thread (`kmlToGeojsonText`) and hands the worker GeoJSON; `readKml` is the same path in one call.
 * KML is WGS84 by definition; the CRS choice still applies (a KML exported from 高德 may be GCJ-02).
 */
export function kmlToFeatures(bytes: Uint8Array, parser: DOMParser): unknown[] {
  const text = decodeLedgerText(bytes).text;
  const doc = parser.parseFromString(text, 'text/xml');
  const err = doc.getElementsByTagName('parsererror')[0];
  if (err || !doc.documentElement || doc.documentElement.nodeName.toLowerCase() !== 'kml') {
    const reason = `不是合法的 KML (not valid KML${err?.textContent ? `: ${err.textContent.slice(0, 120)}` : ''})`;
    throw new ImportFileError(reason, [{ row: 0, column: '', reason }]);
  }
  return kml(doc).features;
}

export function kmlToGeojsonText(bytes: Uint8Array, parser: DOMParser): Uint8Array {
  const features = kmlToFeatures(bytes, parser);
  return new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
}

export function readKml(file: string, bytes: Uint8Array, parser: DOMParser): ImportTable {
  return featuresToTable(file, 'kml', kmlToFeatures(bytes, parser), { crs: 'WGS84', basis: 'KML' });
}
