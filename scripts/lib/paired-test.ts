import { mulberry32 } from '../sample/prng';

/**
 * Is a paired difference (B − A per pair, e.g. bench:ab's load times) more than noise? The sign-flip permutation
 * test: under "no difference" each pair's sign is a coin toss, so the p-value is the share of the 2ⁿ sign
 * assignments whose mean is at least as far from 0 as the observed one. Exact up to EXACT_MAX_PAIRS pairs, seeded
 * Monte Carlo above (reproducible). No distribution is assumed, unlike a t-test, and it uses the sizes of the
 * differences, unlike the sign test (which needs 10 of 12 pairs one way for p < 0.05).
 */
export const EXACT_MAX_PAIRS = 20;
const MONTE_CARLO_DRAWS = 200_000;

export interface PairedTest {
  n: number;
  mean: number;
  /** standard error of the mean difference */
  se: number;
  /** two-sided */
  p: number;
  exact: boolean;
}

export function pairedTest(
  diffs: readonly number[],
  { seed = 1, exactMaxPairs = EXACT_MAX_PAIRS }: { seed?: number; exactMaxPairs?: number } = {},
): PairedTest {
  const n = diffs.length;
  if (n === 0) throw new Error('pairedTest: no pairs');
  const sum = diffs.reduce((s, d) => s + d, 0);
  const mean = sum / n;
  const variance = n > 1 ? diffs.reduce((s, d) => s + (d - mean) ** 2, 0) / (n - 1) : 0;
  const se = Math.sqrt(variance / n);
  const observed = Math.abs(sum) - 1e-9 * (1 + Math.abs(sum)); // ties count as "as extreme"
  let extreme = 0;
  let total = 0;
  const exact = n <= exactMaxPairs;
  if (exact) {
    for (let signs = 0; signs < 2 ** n; signs++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += signs & (1 << i) ? -(diffs[i] ?? 0) : (diffs[i] ?? 0);
      if (Math.abs(s) >= observed) extreme++;
    }
    total = 2 ** n;
  } else {
    const rand = mulberry32(seed); // seeded: a Monte Carlo p-value is the same on every run
    for (let k = 0; k < MONTE_CARLO_DRAWS; k++) {
      let s = 0;
      for (const d of diffs) s += rand() < 0.5 ? -d : d;
      if (Math.abs(s) >= observed) extreme++;
    }
    total = MONTE_CARLO_DRAWS;
  }
  return { n, mean, se, p: extreme / total, exact };
}
