import { readSheet } from 'read-excel-file/universal';
import { cellToText } from '../../../scripts/lib/cell-text';
import { isBlankRow, type LedgerRow } from '../../../scripts/lib/ledger-table';
import { ImportFileError, type ImportTable } from './types';

/**
 * Browser twin of scripts/lib/read-xlsx.ts: the `universal` build of read-excel-file (no DOM, so it also runs in
 * the import worker and in Node tests), first sheet, first row = headers, numbers kept as the stored text.
 */
export async function readXlsx(file: string, bytes: Uint8Array): Promise<ImportTable> {
  let data: unknown[][];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    data = (await readSheet(buffer, 1, { trim: false, parseNumber: (s: string) => s })) as unknown[][];
  } catch (e) {
    const reason = `无法读取 XLSX (unreadable XLSX: ${(e as Error).message})`;
    throw new ImportFileError(reason, [{ row: 0, column: '', reason }]);
  }
  const headers = (data[0] ?? []).map(cellToText);
  if (headers.every((h) => h.trim() === '')) {
    const reason = '第一行没有表头 (no header row)';
    throw new ImportFileError(reason, [{ row: 1, column: '', reason }]);
  }
  const rows: LedgerRow[] = [];
  let blankRows = 0;
  data.slice(1).forEach((raw, i) => {
    const cells = raw.map(cellToText);
    if (isBlankRow(cells)) blankRows++;
    else rows.push({ rowNumber: i + 2, cells });
  });
  return {
    file,
    format: 'xlsx',
    sourceFormat: 'xlsx',
    headers,
    rows,
    sha256: '',
    blankRows,
    declaredCrs: null,
    notes: [],
  };
}
