import type { Feature, Geometry } from 'geojson';
import type { LedgerTable } from '../../../scripts/lib/ledger-table';
import type { LayerId } from '../../domain/layer-ids';
import type { CrsId } from './crs';
import type { DetectedCrs } from './crs-detect';

export type ImportFormat = 'csv' | 'xlsx' | 'geojson' | 'kml' | 'shp' | 'fgb';

/**
 * A file read into header + rows (the build's LedgerTable, so the build's processLayer can run on it unchanged).
 * Geo formats (GeoJSON, KML, Shapefile, FlatGeobuf) fill `geometry` (in the file's own CRS) and `original`
 * (the feature as read, written back unchanged when the row is rejected).
 */
export interface ImportTable extends LedgerTable {
  sourceFormat: ImportFormat;
  /** rows that were blank (layout, not data): neither accepted nor rejected, counted so nothing vanishes */
  blankRows: number;
  /** the CRS the file declares (.prj, FlatGeobuf header, GeoJSON `crs`) */
  declaredCrs: DetectedCrs | null;
  /** reader remarks for the panel, bilingual (`zip 中有 2 个图层，读取了 a.shp`) */
  notes: string[];
}

/** Target of an import: one of the built-in layers (validated with its parseRow) or a generic layer. */
export type ImportTarget = LayerId | 'generic';

export interface ColumnMapping {
  /** header text of the longitude / easting column ('' = none) */
  lon: string;
  lat: string;
  /** WKT column (polygons in CSV/XLSX) */
  geometry: string;
}

export interface ImportSettings {
  target: ImportTarget;
  mapping: ColumnMapping;
  crs: CrsId;
  /** ids already present in the target layer (built-in + earlier imports): a clash is a row error */
  existingIds?: readonly string[];
}

/** One row-level problem, as the build reports it: spreadsheet row, column header, bilingual reason. */
export interface ImportIssue {
  row: number;
  column: string;
  reason: string;
}

export interface ImportOutcome {
  target: ImportTarget;
  /** accepted features in WGS84 (known layers: properties parsed and checked by propsSchema) */
  features: Feature<Geometry>[];
  /** row numbers of rejected rows, in file order */
  rejectedRows: number[];
  issues: ImportIssue[];
  rowsRead: number;
  blankRows: number;
}

export interface ReadProgress {
  stage: 'read' | 'parse' | 'validate';
  /** 0–1 */
  fraction: number;
}

export type ProgressFn = (p: ReadProgress) => void;

/** A problem with the file as a whole (unreadable, no header, broken quoting): nothing is imported. */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly issues: ImportIssue[] = [],
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}
