import Papa from 'papaparse';
import type { CellValue, TableColumn, TableRow } from './table-model';

/**
 * Export of 一张表 to CSV and XLSX, and the reading back that proves nothing is lost (tests/stats). Headers are
 * `中文 [key]`, the form the data build accepts (data-contract.md), so an export can go back in as a ledger; the
 * key in brackets is what the reader goes by, whatever the language of the label.
 */
export const headerOf = (label: string, key: string): string => `${label} [${key}]`;
const keyOfHeader = (h: string): string | null => /\[([^\]]+)\]\s*$/.exec(h.trim())?.[1] ?? null;

// A text cell starting with = + - @ (or tab/CR) is run as a formula by spreadsheets: quote it with ' (OWASP CSV
// injection), and take the quote off again on reading.
const FORMULA_START = /^[=+\-@\t\r]/;
const guard = (s: string) => (FORMULA_START.test(s) ? `'${s}` : s);
const unguard = (s: string) => (s.startsWith("'") && FORMULA_START.test(s.slice(1)) ? s.slice(1) : s);

const YES = '是';
const NO = '否';

function csvCell(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? YES : NO;
  if (typeof v === 'number') return String(v);
  return guard(v);
}

/** UTF-8 CSV with BOM and CRLF (what Excel opens without mojibake), rows in the order given. */
export function toCsv(
  rows: readonly TableRow[],
  columns: readonly TableColumn[],
  label: (key: string) => string,
): string {
  const data = [
    columns.map((c) => headerOf(label(c.key), c.key)),
    ...rows.map((r) => columns.map((c) => csvCell(r.values[c.key] ?? null))),
  ];
  return `\uFEFF${Papa.unparse(data, { newline: '\r\n' })}\r\n`;
}

/** The sheet of the XLSX export: numbers as numbers, booleans as booleans, text as text (never a formula). */
export function xlsxSheet(rows: readonly TableRow[], columns: readonly TableColumn[], label: (key: string) => string) {
  const head = columns.map((c) => ({
    value: headerOf(label(c.key), c.key),
    fontWeight: 'bold' as const,
    type: String,
  }));
  const body = rows.map((r) =>
    columns.map((c) => {
      const v = r.values[c.key] ?? null;
      if (v === null) return null;
      if (typeof v === 'number') return { value: v, type: Number };
      if (typeof v === 'boolean') return { value: v, type: Boolean };
      return { value: v, type: String };
    }),
  );
  return [head, ...body];
}

/** XLSX bytes as a Blob; write-excel-file is loaded on the first export only. */
export async function toXlsx(
  rows: readonly TableRow[],
  columns: readonly TableColumn[],
  label: (key: string) => string,
  sheet: string,
): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const name = sheet.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
  return writeXlsxFile(xlsxSheet(rows, columns, label) as never, { sheet: name, stickyRowsCount: 1 }).toBlob();
}

function typed(raw: unknown, type: TableColumn['type']): CellValue {
  if (raw === null || raw === undefined || raw === '') return null;
  switch (type) {
    case 'int':
    case 'double': {
      const n = typeof raw === 'number' ? raw : Number(String(raw).trim());
      return Number.isFinite(n) ? n : null;
    }
    case 'bool':
      if (typeof raw === 'boolean') return raw;
      return [YES, 'true', 'TRUE', '1'].includes(String(raw).trim());
    default:
      return unguard(raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw));
  }
}

/** Rows read back from an export's cells (header row first): values typed by the columns, matched by `[key]`. */
export function fromCells(
  cells: readonly (readonly unknown[])[],
  columns: readonly TableColumn[],
): Record<string, CellValue>[] {
  const [head, ...body] = cells;
  const keys = (head ?? []).map((h) => keyOfHeader(String(h ?? '')));
  const byKey = new Map(columns.map((c) => [c.key, c]));
  return body.map((row) => {
    const out: Record<string, CellValue> = {};
    keys.forEach((k, i) => {
      const col = k ? byKey.get(k) : undefined;
      if (col) out[col.key] = typed(row[i], col.type);
    });
    return out;
  });
}

/** CSV text (as exported) → rows. */
export function fromCsv(text: string, columns: readonly TableColumn[]): Record<string, CellValue>[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  return fromCells(parsed.data, columns);
}

/** Saves a Blob as a file (an <a download> click: no server, works offline). */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
