/** Compact decimal: no trailing zeros, at most `maxDecimals` places (12 → "12", 0.75 → "0.75"). */
export function formatCompact(x: number, maxDecimals = 4): string {
  if (!Number.isFinite(x)) return String(x);
  const r = Number(x.toFixed(maxDecimals));
  return String(Object.is(r, -0) ? 0 : r);
}

/**
 * Rounded for display to `decimals` places, with more places when rounding would carry the shown value across one
 * of the grading thresholds (R = 9.996 must not read "10" next to 四级).
 */
export function formatAgainst(x: number, thresholds: readonly number[], decimals = 2): string {
  for (let d = decimals; d <= 12; d++) {
    const shown = Number(x.toFixed(d));
    if (thresholds.every((t) => shown >= t === x >= t)) return String(shown);
  }
  return String(x);
}

/** Removes binary floating-point noise (0.1 + 0.2) before a value is compared with a threshold or stored. */
export function roundNoise(x: number): number {
  return Number(x.toPrecision(12));
}
