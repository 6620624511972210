import type { Geometry } from 'geojson';
import type { TextEncodingName } from './decode-text';

export type LedgerFormat = 'csv' | 'xlsx' | 'geojson';

/** One data row of a ledger, cells as text exactly as read (before trimming or any parsing). */
export interface LedgerRow {
  /** spreadsheet row number (header = 1); GeoJSON: 1-based feature number */
  rowNumber: number;
  cells: string[];
  /** GeoJSON only: the feature's geometry as given (null when absent) */
  geometry?: Geometry | null;
  /** a problem found while reading the record (malformed CSV quoting): the row is rejected with it */
  readIssue?: string;
  /** GeoJSON only: the original feature object, written back unchanged when the row is rejected */
  original?: unknown;
}

/** A ledger file read into header + rows, whatever its format. */
export interface LedgerTable {
  /** file name relative to --in, used in every report */
  file: string;
  format: LedgerFormat;
  /** CSV only: the detected text encoding */
  encoding?: TextEncodingName;
  /** header texts as they appear in the file (untrimmed) */
  headers: string[];
  /** non-blank data rows in file order */
  rows: LedgerRow[];
  /** sha256 of the file bytes */
  sha256: string;
}

/** A row with no text in any cell (and no geometry) is layout, not data: it is neither accepted nor rejected. */
export function isBlankRow(cells: readonly string[], geometry?: Geometry | null): boolean {
  return !geometry && cells.every((c) => c.trim() === '');
}
