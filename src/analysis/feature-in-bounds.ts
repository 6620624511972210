import { bbox } from '@turf/bbox';
import type { Feature, Geometry } from 'geojson';

export type Bounds = [minX: number, minY: number, maxX: number, maxY: number];

// Polygon extents are recomputed on every pan otherwise; features are immutable once loaded.
const extentCache = new WeakMap<Feature<Geometry | null>, Bounds | null>();

function extentOf(f: Feature<Geometry | null>): Bounds | null {
  if (extentCache.has(f)) return extentCache.get(f) ?? null;
  const e = f.geometry ? (bbox(f.geometry) as number[]) : null;
  const out: Bounds | null =
    e && e.length >= 4
      ? [e[0] as number, e[1] as number, e[e.length / 2] as number, e[e.length / 2 + 1] as number]
      : null;
  extentCache.set(f, out);
  return out;
}

/**
 * Whether a feature is (at least partly) inside a map view: a point inside the box, or a polygon whose extent
 * overlaps it, which is what "on screen" means for the chip counts and the list view. `null` bounds (the map has
 * not reported yet) count everything as in view.
 *
 * @example featureInBounds(point([113.1, 29.3]), [113, 29, 114, 30]) // true
 */
export function featureInBounds(f: Feature<Geometry | null>, bounds: Bounds | null): boolean {
  if (!bounds) return true;
  const g = f.geometry;
  if (!g) return false;
  if (g.type === 'Point') {
    const [x, y] = g.coordinates as [number, number];
    return x >= bounds[0] && x <= bounds[2] && y >= bounds[1] && y <= bounds[3];
  }
  const e = extentOf(f);
  return !!e && e[0] <= bounds[2] && e[2] >= bounds[0] && e[1] <= bounds[3] && e[3] >= bounds[1];
}
