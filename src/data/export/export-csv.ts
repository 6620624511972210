import Papa from 'papaparse';
import type { ExportTable } from './export-table';

/** UTF-8 with BOM and CRLF: what Excel on Chinese Windows opens without mojibake (like the build's rejected files). */
export function tableToCsv(table: ExportTable): Uint8Array {
  const rows = table.rows.map((r) => r.map((c) => (c === null ? '' : String(c))));
  const csv = Papa.unparse([table.headers, ...rows], { newline: '\r\n' });
  return new TextEncoder().encode(`\uFEFF${csv}\r\n`);
}
