import { describe, expect, it } from 'vitest';
import { EXACT_MAX_PAIRS, pairedTest } from '../../scripts/lib/paired-test';

describe('pairedTest (sign-flip permutation test)', () => {
  it('n pairs all one way with equal sizes: only the two all-same-sign assignments are as extreme, p = 2 / 2ⁿ', () => {
    expect(pairedTest([-10, -10, -10, -10, -10]).p).toBeCloseTo(2 / 32, 12);
    expect(pairedTest(Array(12).fill(5)).p).toBeCloseTo(2 / 4096, 12);
  });

  it('a difference that cancels out is no evidence at all (p = 1)', () => {
    expect(pairedTest([3, -3]).p).toBe(1);
    expect(pairedTest([0, 0, 0]).p).toBe(1);
  });

  it('counts by hand for [1, 2, 3]: sums of ±1 ±2 ±3 are 6, 4, 2, 0, 0, −2, −4, −6; |sum| ≥ 6 in 2 of 8', () => {
    const t = pairedTest([1, 2, 3]);
    expect(t.p).toBeCloseTo(2 / 8, 12);
    expect(t.mean).toBe(2);
    expect(t.se).toBeCloseTo(Math.sqrt(1 / 3), 12);
    expect(t.exact).toBe(true);
  });

  it('uses the sizes: one big gain and small losses is weaker than the same signs with even sizes', () => {
    const even = pairedTest([-5, -5, -5, -5, -5, -5, -5, 5]);
    const lopsided = pairedTest([-100, -1, -1, -1, -1, -1, -1, 60]);
    expect(even.p).toBeLessThan(lopsided.p);
  });

  it('the seeded Monte Carlo agrees with the exact count on the same pairs, and is the same on every run', () => {
    // the session's 16 pairs from bench:ab (ms, B − A)
    const diffs = [-494, 223, -368, -457, -299, -304, 16, -42, -138, -193, 30, -272, -579, 482, -207, 55];
    const exact = pairedTest(diffs);
    const monteCarlo = pairedTest(diffs, { exactMaxPairs: 0 });
    expect(exact.exact).toBe(true);
    expect(monteCarlo.exact).toBe(false);
    expect(Math.abs(monteCarlo.p - exact.p)).toBeLessThan(0.005);
    expect(pairedTest(diffs, { exactMaxPairs: 0 }).p).toBe(monteCarlo.p);
    expect(pairedTest(diffs, { exactMaxPairs: 0, seed: 2 }).p).not.toBe(monteCarlo.p);
    expect(exact.p).toBeLessThan(0.05);
    expect(exact.p).toBeGreaterThan(0.01);
  });

  it(`counts exactly up to ${EXACT_MAX_PAIRS} pairs`, () => {
    expect(pairedTest(Array(EXACT_MAX_PAIRS).fill(1)).p).toBeCloseTo(2 / 2 ** EXACT_MAX_PAIRS, 15);
    expect(pairedTest(Array(EXACT_MAX_PAIRS + 1).fill(1)).exact).toBe(false);
  });

  it('refuses no pairs', () => {
    expect(() => pairedTest([])).toThrow(/no pairs/);
  });
});
