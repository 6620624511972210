import writeXlsxFile from 'write-excel-file/universal';
import type { ExportTable } from './export-table';

/** Excel forbids these in sheet names and allows 31 characters. */
const sheetName = (s: string) => s.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';

/** One sheet, header row bold, numbers kept as numbers (write-excel-file, universal build: no DOM needed). */
export async function tableToXlsx(table: ExportTable, name: string): Promise<Blob> {
  const data = [
    table.headers.map((h) => ({ value: h, fontWeight: 'bold' as const })),
    ...table.rows.map((r) => r.map((c) => (c === null ? null : { value: c }))),
  ];
  return writeXlsxFile(data as never, { sheet: sheetName(name), stickyRowsCount: 1 }).toBlob();
}
