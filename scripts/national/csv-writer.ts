import { closeSync, openSync, writeSync } from 'node:fs';

export type CsvCell = string | number | null | undefined;

/** RFC 4180 quoting only where needed (`1,3-丁二烯` needs it). */
const cell = (v: CsvCell): string => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

const CHUNK_ROWS = 20_000;

/**
 * A CSV ledger written row by row in chunks: a million rows never exist as one string (V8 caps strings at
 * ~512 MB, and the joined file would be most of that). UTF-8 with BOM and CRLF, as Excel saves it.
 */
export class CsvWriter {
  private readonly fd: number;
  private buffer: string[] = [];
  rows = 0;
  bytes = 0;

  constructor(
    path: string,
    private readonly headers: readonly string[],
  ) {
    this.fd = openSync(path, 'w');
    this.write(`\uFEFF${headers.map(cell).join(',')}\r\n`);
  }

  add(record: Readonly<Record<string, CsvCell>>): void {
    this.buffer.push(this.headers.map((h) => cell(record[h])).join(','));
    this.rows++;
    if (this.buffer.length >= CHUNK_ROWS) this.flush();
  }

  private write(text: string): void {
    const bytes = Buffer.from(text, 'utf8');
    writeSync(this.fd, bytes);
    this.bytes += bytes.length;
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    this.write(`${this.buffer.join('\r\n')}\r\n`);
    this.buffer = [];
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
