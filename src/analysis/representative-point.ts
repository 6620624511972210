import type { Feature, Geometry, Position } from 'geojson';

/**
 * One `[lon, lat]` that stands for a feature in distance calculations and "fly to": the point itself, or the
 * area-weighted centroid of the largest polygon's outer ring. Planar centroid is fine at the size of a park or a
 * residential block; for an odd concave shape it may fall outside, which only shifts distances by that offset.
 *
 * @example representativePoint(point([113.1, 29.3])) // [113.1, 29.3]
 */
export function representativePoint(feature: Feature<Geometry | null>): Position | null {
  const g = feature.geometry;
  if (!g) return null;
  switch (g.type) {
    case 'Point':
      return g.coordinates;
    case 'MultiPoint':
      return g.coordinates[0] ?? null;
    case 'Polygon':
      return ringCentroid(g.coordinates[0] ?? []);
    case 'MultiPolygon': {
      let best: { c: Position; a: number } | null = null;
      for (const poly of g.coordinates) {
        const ring = poly[0] ?? [];
        const a = Math.abs(ringArea(ring));
        const c = ringCentroid(ring);
        if (c && (!best || a > best.a)) best = { c, a };
      }
      return best?.c ?? null;
    }
    case 'LineString':
      return g.coordinates[Math.floor(g.coordinates.length / 2)] ?? null;
    default:
      return null;
  }
}

function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const p = ring[i] as Position;
    const q = ring[j] as Position;
    a += (q[0] as number) * (p[1] as number) - (p[0] as number) * (q[1] as number);
  }
  return a / 2;
}

function ringCentroid(ring: Position[]): Position | null {
  if (ring.length === 0) return null;
  const a = ringArea(ring);
  if (Math.abs(a) < 1e-15) {
    // degenerate ring: fall back to the vertex average
    const n = ring.length;
    return [ring.reduce((s, p) => s + (p[0] as number), 0) / n, ring.reduce((s, p) => s + (p[1] as number), 0) / n];
  }
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const p = ring[i] as Position;
    const q = ring[j] as Position;
    const f = (q[0] as number) * (p[1] as number) - (p[0] as number) * (q[1] as number);
    cx += ((q[0] as number) + (p[0] as number)) * f;
    cy += ((q[1] as number) + (p[1] as number)) * f;
  }
  return [cx / (6 * a), cy / (6 * a)];
}
