/**
 * Metres rounded to 0.01 m for reports and CSV: stable output, far below the 0.1 m accuracy target. Verdicts are
 * always taken on the unrounded distance.
 *
 * @example roundM(231.4689) // 231.47
 */
export function roundM(m: number): number {
  return Math.round(m * 100) / 100;
}
