import type { Feature, Geometry } from 'geojson';
import type { ImportTarget } from '../import/types';
import { tableToCsv } from './export-csv';
import { featuresToFgb } from './export-fgb';
import { featuresToKml } from './export-kml';
import { exportTable, publicProps } from './export-table';
import { tableToXlsx } from './export-xlsx';
import type { ExportFormat } from './formats';

const EXT: Record<ExportFormat, string> = { geojson: 'geojson', csv: 'csv', xlsx: 'xlsx', kml: 'kml', fgb: 'fgb' };
const MIME: Record<ExportFormat, string> = {
  geojson: 'application/geo+json',
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  kml: 'application/vnd.google-earth.kml+xml',
  fgb: 'application/octet-stream',
};

/** File names keep Chinese but lose what Windows refuses. */
export const safeFileName = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '_').replace(/^_+|_+$/g, '') || 'export';

export interface ExportedFile {
  name: string;
  blob: Blob;
}

const blobOf = (bytes: Uint8Array, type: string) => new Blob([bytes as unknown as BlobPart], { type });

/** Any layer or selection as GeoJSON, CSV, XLSX, KML or FlatGeobuf; coordinates are WGS84 as stored. */
export async function exportFeatures(
  format: ExportFormat,
  features: readonly Feature<Geometry | null>[],
  target: ImportTarget,
  name: string,
): Promise<ExportedFile> {
  const file = `${safeFileName(name)}.${EXT[format]}`;
  switch (format) {
    case 'geojson': {
      const fc = {
        type: 'FeatureCollection',
        features: features.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: publicProps(f) })),
      };
      return { name: file, blob: blobOf(new TextEncoder().encode(`${JSON.stringify(fc)}\n`), MIME.geojson) };
    }
    case 'csv':
      return { name: file, blob: blobOf(tableToCsv(exportTable(features, target)), MIME.csv) };
    case 'xlsx':
      return { name: file, blob: await tableToXlsx(exportTable(features, target), name) };
    case 'kml':
      return { name: file, blob: blobOf(featuresToKml(features, name), MIME.kml) };
    case 'fgb':
      return { name: file, blob: blobOf(featuresToFgb(features, target, name), MIME.fgb) };
  }
}
