import { describe, expect, it } from 'vitest';
import { incidentBench } from '../../scripts/bench/incident-bench';

describe('incidentBench', () => {
  it('returns well-formed rows (small sizes; timings are read, not asserted)', async () => {
    const rows = await incidentBench({ bigTargets: 20_000, runs: 5 });
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const r of rows) {
      expect(typeof r.what).toBe('string');
      expect(Number.isFinite(r.value)).toBe(true);
      expect(r.unit).not.toBe('');
    }
    const sample = rows.find((r) => r.what.startsWith('sample (500 targets'));
    expect(sample?.target).toBe('< 100 ms');
    expect(typeof sample?.pass).toBe('boolean');
    expect(rows.some((r) => r.what.includes('20,000 targets: build index'))).toBe(true);
  });
});
