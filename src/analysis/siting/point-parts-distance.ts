import type { Position } from 'geojson';
import type { GeometryParts } from './geometry-parts';
import { pointSegmentDistance, type SegmentFoot } from './point-segment-distance';
import { GEO, WGS84 } from './wgs84';

const DEG = Math.PI / 180;
// Within this distance of an edge, inside/outside is decided by the side of the geodesic edge rather than by the
// planar lon/lat ring test: the two edges differ by ≈ L²·tanφ/(8R), under 10 m for edges up to ~20 km.
const NEAR_EDGE_M = 10;
// Planar (local equirectangular) distances are within 10 % of geodesic ones at the ≤ 1000 km scale of a check;
// edges whose planar estimate is 10 % beyond the best exact distance so far cannot be closer and are skipped.
const PRUNE_FACTOR = 0.9;
const M_PER_DEG = 111_320;

/**
 * Minimum geodesic distance (m) from a point to a geometry's parts: to its points, to its polylines' geodesic
 * edges, and 0 inside a polygon (else to its rings' edges). Holes count as outside.
 *
 * @example pointPartsDistance([113.05, 29.05], geometryParts(squareAround([113.05, 29.05]))) // 0
 */
export function pointPartsDistance(p: Position, parts: GeometryParts): number {
  const [px, py] = p as [number, number];
  let best = Infinity;
  for (const q of parts.points) {
    const d = WGS84.Inverse(py, px, q[1] as number, q[0] as number, GEO.DISTANCE).s12 ?? Number.NaN;
    if (d < best) best = d;
  }
  if (best === 0) return 0;
  for (const l of parts.lines) best = Math.min(best, nearestEdge(p, [l], best, false).distanceM);
  for (const poly of parts.polygons) {
    const near = nearestEdge(p, poly, best, true);
    if (near.distanceM === 0) return 0;
    if (insidePolygon(p, poly, near)) return 0;
    best = Math.min(best, near.distanceM);
  }
  return best;
}

interface Nearest extends SegmentFoot {
  ring: number;
}

/** Closest edge over rings/polylines, skipping edges whose planar estimate cannot beat `bound`. */
function nearestEdge(p: Position, rings: Position[][], bound: number, closed: boolean): Nearest {
  const [px, py] = p as [number, number];
  const k = Math.cos(py * DEG);
  const cands: { est: number; ring: number; i: number }[] = [];
  rings.forEach((ring, ri) => {
    const n = ring.length - 1;
    for (let i = 0; i < n; i++) {
      const a = ring[i] as Position;
      const b = ring[i + 1] as Position;
      cands.push({ est: planarSegDist(px, py, a, b, k), ring: ri, i });
    }
    // An unclosed ring still gets its closing edge.
    if (closed && ring.length > 1 && !samePos(ring[0] as Position, ring[ring.length - 1] as Position)) {
      cands.push({
        est: planarSegDist(px, py, ring[ring.length - 1] as Position, ring[0] as Position, k),
        ring: ri,
        i: -1,
      });
    }
  });
  cands.sort((x, y) => x.est - y.est);
  let best: Nearest = { distanceM: Infinity, alongM: 0, lengthM: 0, side: 0, ring: -1 };
  let limit = bound;
  for (const c of cands) {
    if (c.est * PRUNE_FACTOR > Math.min(limit, best.distanceM)) break;
    const ring = rings[c.ring] as Position[];
    const a = (c.i < 0 ? ring[ring.length - 1] : ring[c.i]) as Position;
    const b = (c.i < 0 ? ring[0] : ring[c.i + 1]) as Position;
    const foot = pointSegmentDistance(p, a, b);
    if (foot.distanceM < best.distanceM) best = { ...foot, ring: c.ring };
    if (best.distanceM === 0) break;
    limit = Math.min(limit, best.distanceM);
  }
  return best;
}

function insidePolygon(p: Position, rings: Position[][], near: Nearest): boolean {
  const interiorFoot = near.alongM > 0 && near.alongM < near.lengthM;
  if (near.distanceM <= NEAR_EDGE_M && interiorFoot && near.ring >= 0) {
    // Left of an edge is the polygon's interior when the ring runs counter-clockwise, except for holes.
    const ring = rings[near.ring] as Position[];
    const interiorLeft = signedArea(ring) > 0 !== near.ring > 0;
    return near.side > 0 === interiorLeft;
  }
  let inside = false;
  for (const ring of rings) if (inRing(p, ring)) inside = !inside;
  return inside;
}

function samePos(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function planarSegDist(px: number, py: number, a: Position, b: Position, k: number): number {
  const ax = ((a[0] as number) - px) * k;
  const ay = (a[1] as number) - py;
  const bx = ((b[0] as number) - px) * k;
  const by = (b[1] as number) - py;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.min(1, Math.max(0, -(ax * dx + ay * dy) / len2)) : 0;
  return Math.hypot(ax + t * dx, ay + t * dy) * M_PER_DEG;
}

function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const p = ring[i] as Position;
    const q = ring[j] as Position;
    s += ((q[0] as number) - (p[0] as number)) * ((q[1] as number) + (p[1] as number));
  }
  return s / 2;
}

function inRing(p: Position, ring: Position[]): boolean {
  const x = p[0] as number;
  const y = p[1] as number;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]?.[0] as number;
    const yi = ring[i]?.[1] as number;
    const xj = ring[j]?.[0] as number;
    const yj = ring[j]?.[1] as number;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
