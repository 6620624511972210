import type { ImportFormat } from './types';

const BY_EXT: Record<string, ImportFormat> = {
  csv: 'csv',
  txt: 'csv',
  tsv: 'csv',
  xlsx: 'xlsx',
  geojson: 'geojson',
  json: 'geojson',
  kml: 'kml',
  zip: 'shp',
  fgb: 'fgb',
};

export const ACCEPTED_EXTENSIONS = '.csv,.txt,.tsv,.xlsx,.geojson,.json,.kml,.zip,.fgb';

/**
 * The format of a dropped file: magic bytes first (a zip is a shapefile unless it holds an Excel workbook, `fgb\3`
 * is FlatGeobuf), then the extension. Null for what we cannot read (.xls, .kmz, a bare .shp…).
 */
export function detectFormat(name: string, bytes: Uint8Array): ImportFormat | null {
  const e = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  if (bytes[0] === 0x66 && bytes[1] === 0x67 && bytes[2] === 0x62) return 'fgb';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    if (e === 'xlsx') return 'xlsx';
    // An .xlsx renamed .zip still has its workbook part name near the start of the archive.
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    return head.includes('[Content_Types].xml') || head.includes('xl/') ? 'xlsx' : 'shp';
  }
  return BY_EXT[e] ?? null;
}
