import Papa from 'papaparse';
import type { BuildIssue } from './build-issue';
import { LedgerFileError } from './build-issue';
import { decodeLedgerText } from './decode-text';
import { isBlankRow, type LedgerRow, type LedgerTable } from './ledger-table';
import { sha256Hex } from './sha256';

/**
 * Comma unless the header line has tabs and no commas (Excel's "Unicode text" export). Not Papa's guesser:
 * the 危险化学品 cells (`氯:12;液氨:30`) can make `;` look like a consistent delimiter.
 */
function delimiterOf(text: string): ',' | '\t' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}

/** Reads a CSV ledger; row numbers are record numbers (header = 1), as a spreadsheet shows them. */
export function readCsvLedger(file: string, bytes: Uint8Array): LedgerTable {
  const { text, encoding } = decodeLedgerText(bytes);
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: delimiterOf(text) });
  const records = parsed.data;
  const headers = records[0] ?? [];
  if (headers.every((h) => h.trim() === '')) {
    throw new LedgerFileError([{ file, row: 1, column: '', reason: '没有表头行 (no header row)' }]);
  }
  // An unterminated quote swallows the rest of the file: no row after it can be trusted, so the file is refused.
  const broken = parsed.errors.filter((e) => e.code === 'MissingQuotes');
  if (broken.length > 0) {
    const issues: BuildIssue[] = broken.map((e) => ({
      file,
      row: (e.row ?? 0) + 1,
      column: '',
      reason: `CSV 引号不成对 (unbalanced quotes: ${e.message})`,
    }));
    throw new LedgerFileError(issues);
  }
  // Other quoting slips (`"abc"def`) stay local to their record: that row is rejected, the rest is fine.
  const malformed = new Map<number, string>();
  for (const e of parsed.errors) {
    if (e.type === 'Quotes' && e.row !== undefined)
      malformed.set(e.row, `CSV 引号格式错误 (malformed quotes: ${e.message})`);
  }
  const rows: LedgerRow[] = [];
  records.slice(1).forEach((cells, i) => {
    if (isBlankRow(cells)) return;
    const readIssue = malformed.get(i + 1);
    rows.push(readIssue ? { rowNumber: i + 2, cells, readIssue } : { rowNumber: i + 2, cells });
  });
  return { file, format: 'csv', encoding, headers, rows, sha256: sha256Hex(bytes) };
}
