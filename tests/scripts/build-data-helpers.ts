import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/node';
import type { BuildIo } from '../../scripts/lib/run-build';

export const FIXTURES = join(import.meta.dirname, '../fixtures/ledgers');

export function tempDir(prefix = 'riskatlas-build-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Captures what a build prints, instead of cluttering the test output. */
export function captureIo(): BuildIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

/** Cells that look numeric become XLSX numbers and ISO dates become dates, as a keeper's workbook would hold them. */
function xlsxCell(text: string) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const [y, m, d] = text.split('-').map(Number);
    return { value: new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)), format: 'yyyy-mm-dd' };
  }
  if (/^-?\d+(\.\d+)?$/.test(text)) return { value: Number(text) };
  return text === '' ? null : { value: text };
}

export async function csvToXlsx(csvText: string): Promise<Buffer> {
  const rows = Papa.parse<string[]>(csvText.trim(), { header: false }).data;
  return writeXlsxFile(rows.map((r) => r.map(xlsxCell))).toBuffer();
}

/**
 * The good ledger set in a fresh folder: UTF-8 CSVs and the GeoJSON park as committed, tailings-ponds as a GB18030
 * CSV (what Excel on Chinese Windows writes) and fire-stations as an XLSX workbook, both made from good-src/.
 */
export async function goodInput(): Promise<string> {
  const dir = tempDir('riskatlas-in-');
  cpSync(join(FIXTURES, 'good'), dir, { recursive: true });
  const tailings = readFileSync(join(FIXTURES, 'good-src/tailings-ponds.csv'), 'utf8');
  writeFileSync(join(dir, 'tailings-ponds.csv'), iconv.encode(tailings.replace(/\n/g, '\r\n'), 'gb18030'));
  const fire = readFileSync(join(FIXTURES, 'good-src/fire-stations.csv'), 'utf8');
  writeFileSync(join(dir, 'fire-stations.xlsx'), await csvToXlsx(fire));
  return dir;
}

/** path → sha256 of every file under `dir` (empty map when it does not exist). */
export function hashTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  try {
    walk(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  return out;
}

export interface ExpectedProblem {
  file: string;
  row: number;
  column: string;
  problem: string;
}

/** The `| file | row | column | problem |` table of an EXPECTED.md. */
export function parseExpected(markdown: string): ExpectedProblem[] {
  return markdown
    .split('\n')
    .map((line) => line.split('|').map((c) => c.trim()))
    .filter((c) => c.length === 6 && /^\d+$/.test(c[2] ?? ''))
    .map((c) => ({ file: c[1] ?? '', row: Number(c[2]), column: c[3] ?? '', problem: c[4] ?? '' }));
}
