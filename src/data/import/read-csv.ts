import Papa from 'papaparse';
import { decodeLedgerText } from '../../../scripts/lib/decode-text';
import { isBlankRow, type LedgerRow } from '../../../scripts/lib/ledger-table';
import { ImportFileError, type ImportIssue, type ImportTable } from './types';

/**
 * Browser twin of scripts/lib/read-csv.ts (that one hashes with node:crypto): same decoding (UTF-8, else
 * GB18030; UTF-16 BOMs), same delimiter rule, same treatment of quoting errors, same row numbers (header = 1).
 */
function delimiterOf(text: string): ',' | '\t' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}

export function readCsv(file: string, bytes: Uint8Array): ImportTable {
  const { text, encoding } = decodeLedgerText(bytes);
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: delimiterOf(text) });
  const records = parsed.data;
  const headers = (records[0] ?? []).map((h) => String(h ?? ''));
  if (headers.every((h) => h.trim() === '')) {
    throw new ImportFileError('没有表头行 (no header row)', [
      { row: 1, column: '', reason: '没有表头行 (no header row)' },
    ]);
  }
  // An unterminated quote swallows the rest of the file: no row after it can be trusted (as in the build).
  const broken = parsed.errors.filter((e) => e.code === 'MissingQuotes');
  if (broken.length > 0) {
    const issues: ImportIssue[] = broken.map((e) => ({
      row: (e.row ?? 0) + 1,
      column: '',
      reason: `CSV 引号不成对 (unbalanced quotes: ${e.message})`,
    }));
    throw new ImportFileError(issues[0]?.reason ?? 'CSV', issues);
  }
  const malformed = new Map<number, string>();
  for (const e of parsed.errors) {
    if (e.type === 'Quotes' && e.row !== undefined)
      malformed.set(e.row, `CSV 引号格式错误 (malformed quotes: ${e.message})`);
  }
  const rows: LedgerRow[] = [];
  let blankRows = 0;
  records.slice(1).forEach((raw, i) => {
    const cells = raw.map((c) => String(c ?? ''));
    if (isBlankRow(cells)) {
      blankRows++;
      return;
    }
    const readIssue = malformed.get(i + 1);
    rows.push(readIssue ? { rowNumber: i + 2, cells, readIssue } : { rowNumber: i + 2, cells });
  });
  // Papa reports the final newline as one empty record: that is not a blank row of the sheet.
  if (records.length > 1 && isBlankRow((records[records.length - 1] ?? []).map(String)) && /\r?\n$/.test(text)) {
    blankRows--;
  }
  return {
    file,
    format: 'csv',
    sourceFormat: 'csv',
    encoding,
    headers,
    rows,
    sha256: '',
    blankRows: Math.max(0, blankRows),
    declaredCrs: null,
    notes: [],
  };
}
