import { writeFile } from 'node:fs/promises';
import { GB18218_2018_TABLE1, GEOMETRY_LEDGER_COLUMNS, LAYERS } from '../../src/domain';
import { mulberry32 } from '../sample/prng';

/**
 * A large, valid 重大危险源 ledger for timing the data build: points spread over a box around mainland China,
 * inventories of real GB 18218-2018 表1 substances with S ≥ 1 (smaller S is not a major hazard source and the build
 * would reject the row). Headers are the canonical Chinese ones of the domain's column list.
 */

// Substances picked for variety of critical quantity Q (toxic gases, flammables); Q is read from the table.
const SUBSTANCES = ['氯', '氨', '硫化氢', '环氧乙烷', '二氧化硫', '苯', '甲醇', '甲苯'] as const;
// Roughly mainland China (lon 75–134, lat 18–53): a spread of points like a national ledger, not a realistic map.
const BOX = { minLon: 75, maxLon: 134, minLat: 18, maxLat: 53 };
const STATUSES = ['在役', '在役', '在役', '停产', '搬迁中'] as const;

function criticalQuantity(name: string): number {
  const row = GB18218_2018_TABLE1.find((r) => r.name === name);
  if (!row) throw new Error(`${name} is not in GB 18218-2018 表1`);
  return row.Q;
}

// canonical keys, in file order; the headers are their Chinese names from the domain
const KEYS = [
  'id',
  'name',
  'lon',
  'lat',
  'enterprise',
  'chemicals',
  'people500m',
  'status',
  'source',
  'updated',
] as const;

function headerOf(key: string): string {
  const col = [...LAYERS['hazard-sources'].ledgerColumns, ...GEOMETRY_LEDGER_COLUMNS].find((c) => c.key === key);
  if (!col) throw new Error(`hazard-sources has no ledger column ${key}`);
  return col.zh;
}

export interface LedgerRows {
  headers: string[];
  rows: string[][];
}

export function generateHazardLedger(count: number, seed = 18218): LedgerRows {
  const rnd = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const q = SUBSTANCES.map((name) => ({ name, Q: criticalQuantity(name) }));

  const headers = KEYS.map(headerOf);
  const rows: string[][] = [];
  for (let i = 0; i < count; i++) {
    const n = int(1, 3);
    const picked = new Set<number>();
    while (picked.size < n) picked.add(int(0, q.length - 1));
    const entries = [...picked].map((k, j) => {
      const s = q[k] as { name: string; Q: number };
      // the first substance alone reaches S ≥ 1; the others add to it
      const ratio = j === 0 ? 1 + rnd() * 20 : rnd() * 3;
      return `${s.name}:${Math.max(0.1, Math.round(s.Q * ratio * 10) / 10)}`;
    });
    const id = `BENCH-${String(i + 1).padStart(6, '0')}`;
    rows.push([
      id,
      `基准危险源${i + 1}号`,
      (BOX.minLon + rnd() * (BOX.maxLon - BOX.minLon)).toFixed(6),
      (BOX.minLat + rnd() * (BOX.maxLat - BOX.minLat)).toFixed(6),
      `基准化工企业${int(1, 20000)}`,
      entries.join(';'),
      String(int(0, 3000)),
      pick(STATUSES),
      '基准测试数据（生成）',
      '2026-11-22',
    ]);
  }
  return { headers, rows };
}

/** Parses the first rows with the domain's own row parser, so a bench that "builds" 0 valid rows fails loudly. */
export function checkRowsParse(ledger: LedgerRows, sample = 200): void {
  const layer = LAYERS['hazard-sources'];
  for (const r of ledger.rows.slice(0, sample)) {
    const raw: Record<string, string | undefined> = Object.fromEntries(KEYS.map((k, i) => [k, r[i]]));
    const res = layer.parseRow(raw, {});
    if (!res.ok) throw new Error(`generated row ${r[0]} is invalid: ${res.issues.map((x) => x.reason).join('; ')}`);
  }
}

export async function writeCsv(path: string, ledger: LedgerRows): Promise<number> {
  // no value contains a comma, quote or newline, so no quoting is needed
  const text = `${[ledger.headers, ...ledger.rows].map((r) => r.join(',')).join('\r\n')}\r\n`;
  const bytes = Buffer.from(text, 'utf8');
  await writeFile(path, bytes);
  return bytes.length;
}
