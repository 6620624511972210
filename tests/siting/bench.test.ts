import { describe, expect, it } from 'vitest';
import { sitingBench, sitingBenchTable } from '../../scripts/bench/siting-bench';

// Runs the bench at a small size: checks it works and that the naive and indexed approaches agree. Speed targets
// are the bench's business, never a test's.
describe('siting bench', () => {
  it('returns readings for the siting check and the census, beside the naive approach', async () => {
    const rows = await sitingBench({
      hazards: 3000,
      sites: 20,
      naiveSites: 3,
      censusHazards: 300,
      censusTargets: 2000,
      naiveSample: 10,
    });
    const what = rows.map((r) => r.what).join('\n');
    expect(what).toMatch(/siting check vs 3000 hazards/);
    expect(what).toMatch(/census 300 hazards × 2000 targets/);
    expect(what).toMatch(/extrapolated/);
    for (const r of rows) expect(Number.isFinite(r.value)).toBe(true);
    expect(rows.filter((r) => r.pass !== undefined)).toHaveLength(2);
    expect(rows.find((r) => r.what.startsWith('siting: zone hits naive − exact'))?.value).toBe(0);
    expect(sitingBenchTable(rows).split('\n')).toHaveLength(rows.length + 2);
  });
});
