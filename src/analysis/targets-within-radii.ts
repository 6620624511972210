import type { Feature, Geometry, Position } from 'geojson';
import { geodesicDistance } from './geodesic-distance';
import { representativePoint } from './representative-point';

export interface RadiusCount {
  radiusMeters: number;
  total: number;
  /** count per value of `options.classKey` (e.g. GB 36894 class 高敏感/重要/…) */
  byClass: Record<string, number>;
}

export interface TargetsWithinRadiiOptions {
  /** radii in metres, any order; default 500 and 1000 (the card's 周边 rings) */
  radiiMeters?: number[];
  /** property to count by; default `targetClass` */
  classKey?: string;
}

// 1° of latitude ≈ 111.0–111.7 km; a cheap degree box (with margin) skips the exact geodesic for far targets.
const DEG_LAT_M = 110_000;

/**
 * Counts features (protected targets) whose representative point lies within each radius of `origin`, by class.
 * Distances are exact WGS84 geodesics; polygons are measured from their centroid.
 *
 * @param origin `[lon, lat]`
 * @param targets features to count
 * @returns one `RadiusCount` per radius, ascending
 * @example targetsWithinRadii([113.1, 29.3], targets)[0] // { radiusMeters: 500, total: 2, byClass: { 高敏感: 1, 重要: 1 } }
 */
export function targetsWithinRadii(
  origin: Position,
  targets: readonly Feature<Geometry | null>[],
  options: TargetsWithinRadiiOptions = {},
): RadiusCount[] {
  const [lon, lat] = origin;
  if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    throw new Error('targetsWithinRadii: origin must be a finite [lon, lat] position');
  }
  const radii = [...(options.radiiMeters ?? [500, 1000])].sort((a, b) => a - b);
  const classKey = options.classKey ?? 'targetClass';
  const out: RadiusCount[] = radii.map((r) => ({ radiusMeters: r, total: 0, byClass: {} }));
  const maxR = radii[radii.length - 1] ?? 0;
  const dLat = (maxR / DEG_LAT_M) * 1.1;
  const dLon = dLat / Math.max(Math.cos((lat * Math.PI) / 180), 0.01);
  for (const f of targets) {
    const p = representativePoint(f);
    if (!p) continue;
    const [x, y] = p as [number, number];
    if (Math.abs(y - lat) > dLat || Math.abs(x - lon) > dLon) continue;
    const d = geodesicDistance(origin, p);
    const cls = String(f.properties?.[classKey] ?? '');
    for (const ring of out) {
      if (d <= ring.radiusMeters) {
        ring.total += 1;
        ring.byClass[cls] = (ring.byClass[cls] ?? 0) + 1;
      }
    }
  }
  return out;
}
