/** One line of the bench table. `pass` is null when the row has no target (a reading, not a check). */
export interface BenchRow {
  id: string;
  what: string;
  value: string;
  unit: string;
  target: string;
  pass: boolean | null;
}

export const row = (r: Omit<BenchRow, 'pass'> & { pass?: boolean | null }): BenchRow => ({
  ...r,
  pass: r.pass ?? null,
});

/** A measurement that could not be taken: shown in the table rather than aborting the other rows. */
export const errorRow = (id: string, what: string, err: unknown): BenchRow => ({
  id,
  what,
  value: `error: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]?.slice(0, 160)}`,
  unit: '',
  target: '',
  pass: false,
});

const cell = (s: string) => s.replaceAll('|', '\\|');

export function markdownTable(rows: readonly BenchRow[]): string {
  const lines = ['| # | what | value | unit | target | result |', '|---|---|---:|---|---|---|'];
  for (const r of rows) {
    const result = r.pass === null ? '—' : r.pass ? 'pass' : 'FAIL';
    lines.push(`| ${[r.id, r.what, r.value, r.unit, r.target || '—', result].map(cell).join(' | ')} |`);
  }
  return lines.join('\n');
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of nothing');
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export const fmt = (x: number, digits = 2) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
