const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * An XLSX cell value (read-excel-file) → the text the ledger keeper sees in Excel. Shared by the data build
 * (read-xlsx.ts) and the browser import (src/data/import/read-xlsx.ts), so a sheet reads the same in both.
 */
export function cellToText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    // Excel dates carry no zone; read-excel-file returns them as UTC midnight.
    const day = `${v.getUTCFullYear()}-${pad2(v.getUTCMonth() + 1)}-${pad2(v.getUTCDate())}`;
    const time = v.getUTCHours() || v.getUTCMinutes() || v.getUTCSeconds();
    return time ? `${day} ${pad2(v.getUTCHours())}:${pad2(v.getUTCMinutes())}:${pad2(v.getUTCSeconds())}` : day;
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}
