/**
 * Arithmetic of the seeds' indicator tables (data/indicators/*.json), used to show — not to correct — how a seed's
 * stated decline was computed. Seed 003 writes 累计降幅 as the sum of the year-on-year declines (§0.1 item 2), which
 * is not the change from the base year; both are computed here so the panel can say which one the seed used.
 */
export interface SeriesRow {
  name: string;
  nameEn: string;
  unit: string;
  source: string;
  values: (number | null)[];
  /** the year declines are counted from */
  base: string;
  stated: string;
  statedDecline: number | null;
  statedSource: string;
  flags: string[];
}

export interface TargetRow {
  name: string;
  nameEn: string;
  /** signed: −30 = a 30 % decline; for a ceiling or floor, the bound itself */
  target: number;
  unit: string;
  text: string;
  source: string;
  ceiling?: boolean;
  floor?: boolean;
  flags?: string[];
}

export interface TotalsRow {
  name: string;
  nameEn: string;
  unit: string;
  values: (number | null)[];
  stated: string;
  statedReduction?: number;
  statedDecline: number | null;
  source: string;
  flags: string[];
}

export type IndicatorTable =
  | {
      id: string;
      kind: 'series';
      title: string;
      titleEn: string;
      source: string;
      note?: string;
      noteEn?: string;
      years: string[];
      rows: SeriesRow[];
    }
  | { id: string; kind: 'targets'; title: string; titleEn: string; source: string; rows: TargetRow[] }
  | {
      id: string;
      kind: 'totals';
      title: string;
      titleEn: string;
      source: string;
      periods: string[];
      rows: TotalsRow[];
    };

export interface IndicatorFile {
  city: string;
  cityEn: string;
  seed: string;
  seedFile: string;
  plan: string;
  citation: string;
  tables: IndicatorTable[];
  flags: Record<string, { ref: string; text: string; textEn: string }>;
}

/** Percentage points within which a stated whole-number percentage counts as the same as a computed one. */
export const STATED_TOLERANCE = 1;

const pct = (from: number, to: number): number | null => (from === 0 ? null : ((from - to) / from) * 100);

/** Decline from the base year to the last year, % (positive = fell). Null when the base is 0 or missing. */
export function endpointDecline(
  years: readonly string[],
  values: readonly (number | null)[],
  base: string,
): number | null {
  const i = years.indexOf(base);
  const a = values[i];
  const b = values[values.length - 1];
  if (i < 0 || a == null || b == null) return null;
  return pct(a, b);
}

/** Sum of the year-on-year declines from the base year, % (the rule seed 003 used for 累计降幅). */
export function sumOfAnnualDeclines(
  years: readonly string[],
  values: readonly (number | null)[],
  base: string,
): number | null {
  const i = years.indexOf(base);
  if (i < 0) return null;
  let sum = 0;
  for (let k = i + 1; k < values.length; k++) {
    const a = values[k - 1];
    const b = values[k];
    if (a == null || b == null) return null;
    const d = pct(a, b);
    if (d === null) return null;
    sum += d;
  }
  return sum;
}

export type StatedRule = 'endpoint' | 'annual-sum' | 'neither';

/** Which computation a stated decline agrees with (within STATED_TOLERANCE); null when the seed states none. */
export function statedRule(years: readonly string[], row: SeriesRow): StatedRule | null {
  if (row.statedDecline === null) return null;
  const end = endpointDecline(years, row.values, row.base);
  const sum = sumOfAnnualDeclines(years, row.values, row.base);
  const near = (x: number | null) => x !== null && Math.abs(x - (row.statedDecline as number)) <= STATED_TOLERANCE;
  if (near(end)) return 'endpoint';
  if (near(sum)) return 'annual-sum';
  return 'neither';
}
