import type { BBox } from './geometry-parts';

// WGS84 semi-major axis, m. The parallel of latitude φ has radius N(φ)·cos φ ≥ a·cos φ.
const A = 6_378_137;
// Shortest meridian degree on WGS84 (at the equator) is 110 574.27 m; rounding down keeps the box conservative.
const MIN_METRES_PER_DEG_LAT = 110_574;

/**
 * A lon/lat box that surely contains every point within `radiusM` (geodesic) of `bbox`: used to ask a kd-tree for
 * candidates before exact geodesic filtering. Conservative because a path spanning Δφ is at least as long as the
 * meridian arc, and one spanning Δλ at latitudes ≤ φmax at least Δλ·a·cos φmax. No antimeridian wrap (China).
 *
 * @example degreeBox([113, 29, 113, 29], 1000) // ≈ [112.9897, 28.9910, 113.0103, 29.0090]
 */
export function degreeBox(bbox: BBox, radiusM: number): BBox {
  const r = Math.max(0, radiusM);
  const dLat = r / MIN_METRES_PER_DEG_LAT;
  const minY = Math.max(-90, bbox[1] - dLat);
  const maxY = Math.min(90, bbox[3] + dLat);
  const phiMax = Math.max(Math.abs(minY), Math.abs(maxY));
  if (phiMax >= 89.9) return [-180, minY, 180, maxY];
  const metresPerDegLon = (Math.PI / 180) * A * Math.cos((phiMax * Math.PI) / 180);
  const dLon = r / metresPerDegLon;
  return [Math.max(-180, bbox[0] - dLon), minY, Math.min(180, bbox[2] + dLon), maxY];
}
