import { readSheet } from 'read-excel-file/node';
import { LedgerFileError } from './build-issue';
import { cellToText } from './cell-text';
import { isBlankRow, type LedgerRow, type LedgerTable } from './ledger-table';
import { sha256Hex } from './sha256';

/**
 * Reads the first sheet of an XLSX ledger, first row = headers. Numbers are kept as the text stored in the file
 * (`parseNumber: s => s`) so 113.0861234 is not re-formatted through a double, and cells are not trimmed here:
 * a rejected row must be written back as it was.
 */
export async function readXlsxLedger(file: string, bytes: Uint8Array): Promise<LedgerTable> {
  let data: unknown[][];
  try {
    data = await readSheet(Buffer.from(bytes), 1, { trim: false, parseNumber: (s: string) => s });
  } catch (e) {
    throw new LedgerFileError([
      { file, row: 0, column: '', reason: `无法读取 XLSX (unreadable XLSX: ${(e as Error).message})` },
    ]);
  }
  const headers = (data[0] ?? []).map(cellToText);
  if (headers.every((h) => h.trim() === '')) {
    throw new LedgerFileError([{ file, row: 1, column: '', reason: '第一行没有表头 (no header row)' }]);
  }
  const rows: LedgerRow[] = [];
  data.slice(1).forEach((raw, i) => {
    const cells = raw.map(cellToText);
    if (!isBlankRow(cells)) rows.push({ rowNumber: i + 2, cells });
  });
  return { file, format: 'xlsx', headers, rows, sha256: sha256Hex(bytes) };
}
