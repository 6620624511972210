import iconv from 'iconv-lite';

export type Cell = string | number | null | undefined;

/** RFC 4180 quoting: only when needed, so the files look like what Excel writes. */
function cell(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** CRLF line ends, as Excel on Windows saves CSV; the build must accept them. */
export function toCsv(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [headers.map(cell).join(',')];
  for (const row of rows) {
    if (row.length !== headers.length) throw new Error(`row has ${row.length} cells, header has ${headers.length}`);
    lines.push(row.map(cell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Rows as objects keyed by header; missing keys become empty cells. */
export function recordsToCsv(headers: readonly string[], records: readonly Record<string, Cell>[]): string {
  return toCsv(
    headers,
    records.map((r) => headers.map((h) => r[h])),
  );
}

/** UTF-8 with BOM: Excel needs the BOM to open UTF-8 CSV without mojibake. */
export const utf8Bom = (text: string): Uint8Array => new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf8'));

/** GB18030, no BOM: what "CSV" means on a Chinese-locale PC. Exercises the build's encoding detection. */
export const gb18030 = (text: string): Uint8Array => new Uint8Array(iconv.encode(text, 'gb18030'));

export const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));
