/** One problem found in the ledgers, reported as `file:row:column: reason` and in errors.json. */
export interface BuildIssue {
  /** ledger file name, relative to --in */
  file: string;
  /** spreadsheet row number (header = 1); GeoJSON: 1-based feature number; 0 = the file as a whole */
  row: number;
  /** header text as it appears in the file, or the canonical Chinese header when the column is missing */
  column: string;
  /** bilingual, names the offending value */
  reason: string;
}

export function formatIssue(i: BuildIssue): string {
  return `${i.file}:${i.row}:${i.column}: ${i.reason}`;
}

/**
 * A problem that no row-level rejection can absorb (unreadable file, two ledgers for one layer, a header that
 * two columns claim). The build stops whatever `--allow-invalid` says.
 */
export class LedgerFileError extends Error {
  constructor(readonly issues: BuildIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'LedgerFileError';
  }
}
