import type { Feature, Geometry } from 'geojson';
import { featureTable } from '../../../scripts/lib/feature-table';
import type { DetectedCrs } from './crs-detect';
import type { ImportFormat, ImportTable } from './types';

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
  const { headers, rows } = featureTable(features);
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
