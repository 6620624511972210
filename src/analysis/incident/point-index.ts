import type { Feature, Geometry, Position } from 'geojson';
import KDBush from 'kdbush';
import { representativePoint } from '../representative-point';

export interface PointIndex {
  index: KDBush;
  /** kdbush item number → position in the input array (features without a usable point are skipped) */
  featureIdx: number[];
  coords: Position[];
}

// Layers change only when data loads, while incidents are analysed interactively: index each array once.
const cache = new WeakMap<readonly Feature<Geometry | null>[], PointIndex>();

/**
 * A kdbush index over the representative points of a feature array (points themselves; polygon centroids), built
 * once per array and cached, so the per-incident cost is the query, not the build.
 *
 * @example pointIndexOf(targets).index.range(113, 29, 114, 30) // kdbush item numbers
 */
export function pointIndexOf(features: readonly Feature<Geometry | null>[]): PointIndex {
  const hit = cache.get(features);
  if (hit) return hit;
  const featureIdx: number[] = [];
  const coords: Position[] = [];
  features.forEach((f, i) => {
    const p = representativePoint(f);
    if (p && Number.isFinite(p[0]) && Number.isFinite(p[1])) {
      featureIdx.push(i);
      coords.push(p);
    }
  });
  const index = new KDBush(Math.max(coords.length, 1));
  for (const c of coords) index.add(c[0] as number, c[1] as number);
  // kdbush needs ≥ 1 item; callers map item numbers through featureIdx, which has no entry for this placeholder.
  if (coords.length === 0) index.add(0, 0);
  index.finish();
  const built = { index, featureIdx, coords };
  cache.set(features, built);
  return built;
}
