import type { Geometry, Polygon, Position } from 'geojson';
import { geodesicDestination } from '../../analysis/incident/geodesic-destination';

/**
 * Display geometry of consultation zones: a disk (0…r₁) and annuli (r₁…r₂, r₂…r₃) around a hazard. Display only —
 * every verdict comes from the engine's ellipsoidal distances, never from these polygons.
 * A point hazard gets geodesic circles; a polygon hazard (化工园区, zones from the boundary) gets the Minkowski sum of
 * its convex hull and a circle, in a local metric plane: exact for convex outlines, a slight over-reach for concave
 * ones, which is the safe side for a picture.
 */

const STEPS = 96;
const M_PER_DEG_LAT = 111_320;

/** Outer ring (closed, counter-clockwise) of the zone edge `radiusM` from `geometry`. */
export function zoneOutline(geometry: Geometry, radiusM: number): Position[] {
  if (geometry.type === 'Point') return circle(geometry.coordinates, radiusM);
  return hullBuffer(vertices(geometry), radiusM);
}

function circle(center: Position, r: number): Position[] {
  if (r <= 0) return [];
  const ring: Position[] = [];
  for (let i = 0; i < STEPS; i++) ring.push(geodesicDestination(center, -(360 * i) / STEPS, r));
  ring.push(ring[0] as Position);
  return ring;
}

function vertices(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'Polygon':
    case 'MultiLineString':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(vertices);
  }
}

function hullBuffer(points: readonly Position[], r: number): Position[] {
  if (points.length === 0) return [];
  const lon0 = points.reduce((s, p) => s + (p[0] as number), 0) / points.length;
  const lat0 = points.reduce((s, p) => s + (p[1] as number), 0) / points.length;
  const kx = M_PER_DEG_LAT * Math.cos((lat0 * Math.PI) / 180);
  const local = points.map((p) => [((p[0] as number) - lon0) * kx, ((p[1] as number) - lat0) * M_PER_DEG_LAT]);
  const hull = convexHull(local as [number, number][]);
  const grown: [number, number][] = [];
  if (r > 0) {
    for (const [x, y] of hull) {
      for (let i = 0; i < 32; i++) {
        const a = (2 * Math.PI * i) / 32;
        grown.push([x + r * Math.cos(a), y + r * Math.sin(a)]);
      }
    }
  }
  const ring = (r > 0 ? convexHull(grown) : hull).map(([x, y]) => [lon0 + x / kx, lat0 + y / M_PER_DEG_LAT]);
  if (ring.length > 0) ring.push([...(ring[0] as Position)]);
  return ring;
}

/** Andrew's monotone chain, counter-clockwise, no repeated closing point. */
export function convexHull(points: readonly [number, number][]): [number, number][] {
  const p = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (p.length < 3) return p;
  const cross = (o: [number, number], a: [number, number], b: [number, number]) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: [number, number][] = [];
  for (const q of p) {
    while (lower.length >= 2 && cross(lower.at(-2) as [number, number], lower.at(-1) as [number, number], q) <= 0) {
      lower.pop();
    }
    lower.push(q);
  }
  const upper: [number, number][] = [];
  for (const q of [...p].reverse()) {
    while (upper.length >= 2 && cross(upper.at(-2) as [number, number], upper.at(-1) as [number, number], q) <= 0) {
      upper.pop();
    }
    upper.push(q);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/** The band between two edges as a polygon with a hole; `innerM` 0 → filled (a park's own area is its inner zone). */
export function zoneBand(geometry: Geometry, innerM: number, outerM: number): Polygon | null {
  const outer = zoneOutline(geometry, outerM);
  if (outer.length < 4) return null;
  const rings = [outer];
  if (innerM > 0) {
    const hole = zoneOutline(geometry, innerM);
    // holes run clockwise (RFC 7946)
    if (hole.length >= 4) rings.push([...hole].reverse());
  }
  return { type: 'Polygon', coordinates: rings };
}

/** Northernmost vertex of a ring: where a zone's radius label goes, so labels of nested rings line up. */
export function northOf(ring: readonly Position[]): Position | null {
  let best: Position | null = null;
  for (const p of ring) if (!best || (p[1] as number) > (best[1] as number)) best = p;
  return best;
}
