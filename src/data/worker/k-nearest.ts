import type { Feature, Geometry, Position } from 'geojson';
import { around, distance as sphereDistanceKm } from 'geokdbush';
import KDBush from 'kdbush';
import { geodesicDistance } from '../../analysis/geodesic-distance';
import { representativePoint } from '../../analysis/representative-point';

export interface PointIndex {
  kd: KDBush;
  /** kdbush item → position in the features array */
  featureIdx: Uint32Array;
  coords: Float64Array;
  size: number;
}

/** kdbush over the representative points of `features` (features without a usable point are left out). */
export function buildPointIndex(features: readonly Feature<Geometry | null>[]): PointIndex {
  const idx: number[] = [];
  const xy: number[] = [];
  features.forEach((f, i) => {
    const p = representativePoint(f);
    if (p && Number.isFinite(p[0]) && Number.isFinite(p[1])) {
      idx.push(i);
      xy.push(p[0] as number, p[1] as number);
    }
  });
  const kd = new KDBush(Math.max(1, idx.length));
  for (let i = 0; i < idx.length; i++) kd.add(xy[2 * i] as number, xy[2 * i + 1] as number);
  if (idx.length === 0) kd.add(0, 0); // kdbush needs ≥ 1 item; size 0 makes every query answer nothing
  kd.finish();
  return { kd, featureIdx: Uint32Array.from(idx), coords: Float64Array.from(xy), size: idx.length };
}

export interface Neighbour {
  /** position in the features array the index was built from */
  index: number;
  /** exact WGS84 geodesic distance, m */
  meters: number;
}

// geokdbush ranks on a 6371 km sphere; the WGS84 geodesic differs by at most ~0.6 %. Re-measuring every point
// within 2 % of the sphere's k-th distance therefore finds the true k nearest (as in nearest-fire-station.ts).
const SPHERE_SLACK = 1.02;

/**
 * The k features nearest to `origin` by exact geodesic distance, nearest first (ties by input position, so the
 * answer is deterministic).
 */
export function kNearest(index: PointIndex, origin: Position, k: number): Neighbour[] {
  const [lon, lat] = origin as [number, number];
  if (index.size === 0 || k <= 0) return [];
  const first = around(index.kd, lon, lat, k) as number[];
  const last = first[first.length - 1];
  if (last === undefined) return [];
  const reach = sphereDistanceKm(lon, lat, index.coords[2 * last] as number, index.coords[2 * last + 1] as number);
  const candidates = around(index.kd, lon, lat, Number.POSITIVE_INFINITY, reach * SPHERE_SLACK + 0.001) as number[];
  return candidates
    .map((item) => ({
      index: index.featureIdx[item] as number,
      meters: geodesicDistance(origin, [index.coords[2 * item] as number, index.coords[2 * item + 1] as number]),
    }))
    .sort((a, b) => a.meters - b.meters || a.index - b.index)
    .slice(0, k);
}

/** Every feature within `radiusM` of `origin` (exact geodesic), nearest first. */
export function withinRadius(index: PointIndex, origin: Position, radiusM: number): Neighbour[] {
  const [lon, lat] = origin as [number, number];
  if (index.size === 0) return [];
  const candidates = around(index.kd, lon, lat, Number.POSITIVE_INFINITY, (radiusM / 1000) * SPHERE_SLACK) as number[];
  const out: Neighbour[] = [];
  for (const item of candidates) {
    const meters = geodesicDistance(origin, [index.coords[2 * item] as number, index.coords[2 * item + 1] as number]);
    if (meters <= radiusM) out.push({ index: index.featureIdx[item] as number, meters });
  }
  return out.sort((a, b) => a.meters - b.meters || a.index - b.index);
}
