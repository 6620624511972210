import type { Feature, Geometry } from 'geojson';
import { type CountyIndex, countyOf } from './county-index';

/** county code (or UNASSIGNED) → value → number of features */
export type CountyCounts = Map<string, Map<string, number>>;

/**
 * Counts features per county and per value (a grade, a facet value, a stage…): the 一张表 of statistics by
 * district (seeds 003:L81 联县市区; 004:L170 各地区). Features whose value is null are left out (nothing to count
 * them as); the county rule is countyOf's.
 */
export function countByCounty(
  features: readonly Feature<Geometry | null>[],
  index: CountyIndex,
  valueFor: (f: Feature<Geometry | null>) => string | null,
): CountyCounts {
  const out: CountyCounts = new Map();
  for (const f of features) {
    const v = valueFor(f);
    if (v === null) continue;
    const c = countyOf(f, index);
    let row = out.get(c);
    if (!row) {
      row = new Map();
      out.set(c, row);
    }
    row.set(v, (row.get(v) ?? 0) + 1);
  }
  return out;
}

/** One cell of a count table, 0 when absent. */
export const countAt = (t: CountyCounts, county: string, value: string): number => t.get(county)?.get(value) ?? 0;

/** Row total of one county. */
export function countyTotal(t: CountyCounts, county: string): number {
  let n = 0;
  for (const v of t.get(county)?.values() ?? []) n += v;
  return n;
}
