/** Defaults of the straight-line fallback in standards.md §5.2 (both [U]: a planning convention, not a measurement). */
export const DRIVE_ESTIMATE_DEFAULTS = {
  roadFactor: 1.3, // 道路曲度系数 λ: road distance ≈ straight line × 1.3 (条文说明 range 1.3–1.5)
  speedKmh: 30, //    urban average fire-engine speed (30–35 km/h)
} as const;

/**
 * Rough driving time from a straight-line distance: `meters × roadFactor ÷ speed`. Shown as an estimate only; a
 * road-network isochrone is the real answer (standards.md §5.2).
 *
 * @param straightMeters straight-line (geodesic) distance in metres
 * @param options `roadFactor` (default 1.3) and `speedKmh` (default 30)
 * @returns minutes, unrounded
 * @example estimateDriveMinutes(1540) // ≈ 4.0
 */
export function estimateDriveMinutes(
  straightMeters: number,
  options: { roadFactor?: number; speedKmh?: number } = {},
): number {
  const { roadFactor, speedKmh } = { ...DRIVE_ESTIMATE_DEFAULTS, ...options };
  if (!Number.isFinite(straightMeters) || straightMeters < 0) {
    throw new Error('estimateDriveMinutes: straightMeters must be a finite distance ≥ 0');
  }
  if (!(speedKmh > 0)) throw new Error('estimateDriveMinutes: speedKmh must be > 0');
  return ((straightMeters / 1000) * roadFactor * 60) / speedKmh;
}
