import type { Position } from 'geojson';
import { GEO, WGS84 } from './wgs84';

export interface SegmentFoot {
  /** geodesic distance from the point to the closest point of the segment, m */
  distanceM: number;
  /** distance of that closest point from the segment start along the geodesic a→b, m */
  alongM: number;
  lengthM: number;
  /** > 0 when the point is left of a→b at the foot, < 0 right, 0 on it (only meaningful for an interior foot) */
  side: number;
}

const DEG = Math.PI / 180;
// Stop when the foot moves less than 0.1 mm: the distance is then within far less than 0.1 m of the minimum.
const STEP_TOL_M = 1e-4;
const MAX_ITER = 50;

/**
 * Minimum ellipsoidal distance from a point to the geodesic segment a→b (WGS84).
 *
 * Finds the foot of the perpendicular by iteration along the geodesic (GeodesicLine): at the current foot X with
 * line azimuth β, the geodesic P→X arrives with azimuth γ; in the local tangent plane the true foot lies
 * −d·cos(γ−β) further along, which is exact on a plane and converges in 2–4 steps on the ellipsoid for the km-scale
 * distances of siting. The foot is clamped to the segment, so an end vertex is returned when it is the closest
 * point. Along-segment distance is unimodal for distances far below a quarter meridian, so the result is the
 * global minimum.
 *
 * @example pointSegmentDistance([113.0, 29.001], [112.99, 29.0], [113.01, 29.0]).distanceM // ≈ 110.8
 */
export function pointSegmentDistance(p: Position, a: Position, b: Position): SegmentFoot {
  const [px, py] = p as [number, number];
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const line = WGS84.InverseLine(ay, ax, by, bx, GEO.LATITUDE | GEO.LONGITUDE | GEO.AZIMUTH | GEO.DISTANCE_IN);
  const L = line.s13;
  if (!(L > 0)) {
    const d = WGS84.Inverse(py, px, ay, ax, GEO.DISTANCE).s12 ?? Number.NaN;
    return { distanceM: d, alongM: 0, lengthM: 0, side: 0 };
  }
  // Start from the foot in a local equirectangular plane around a.
  const k = Math.cos(ay * DEG);
  const ux = (bx - ax) * k;
  const uy = by - ay;
  const vx = (px - ax) * k;
  const vy = py - ay;
  let s = Math.min(1, Math.max(0, (ux * vx + uy * vy) / (ux * ux + uy * uy))) * L;
  let d = Number.NaN;
  let side = 0;
  for (let i = 0; i < MAX_ITER; i++) {
    const x = line.Position(s, GEO.LATITUDE | GEO.LONGITUDE | GEO.AZIMUTH);
    const r = WGS84.Inverse(py, px, x.lat2 as number, x.lon2 as number, GEO.DISTANCE | GEO.AZIMUTH);
    d = r.s12 ?? Number.NaN;
    if (d === 0) return { distanceM: 0, alongM: s, lengthM: L, side: 0 };
    const delta = ((r.azi2 as number) - (x.azi2 as number)) * DEG;
    side = Math.sin(delta);
    const next = Math.min(L, Math.max(0, s - d * Math.cos(delta)));
    if (Math.abs(next - s) < STEP_TOL_M) break;
    s = next;
  }
  return { distanceM: d, alongM: s, lengthM: L, side };
}
