import type { Position } from 'geojson';
import type { GeometryParts } from './geometry-parts';
import { pointPartsDistance } from './point-parts-distance';
import { GEO, WGS84 } from './wgs84';

/**
 * Minimum ellipsoidal (WGS84) distance in metres between two geometries; 0 when they touch, overlap or one
 * contains the other. Point–point is one GeographicLib Inverse. Otherwise every vertex of one is measured against
 * the other's edges and polygons (point → geodesic edge, exact to < 0.1 m), both ways: for edges that do not cross,
 * the closest pair always involves a vertex. Crossing edges (tested in lon/lat) give 0.
 *
 * @example geometryDistance(geometryParts(site), geometryParts(hazard)) // 231.47
 */
export function geometryDistance(a: GeometryParts, b: GeometryParts): number {
  const aEdges = a.lines.length + a.polygons.length > 0;
  const bEdges = b.lines.length + b.polygons.length > 0;
  if (!aEdges && !bEdges && a.points.length === 1 && b.points.length === 1) {
    const p = a.points[0] as Position;
    const q = b.points[0] as Position;
    return (
      WGS84.Inverse(p[1] as number, p[0] as number, q[1] as number, q[0] as number, GEO.DISTANCE).s12 ?? Number.NaN
    );
  }
  // The closest pair has a point/vertex on at least one side: with only points on one side, measure from those;
  // with edges on both sides, a proper crossing means 0, otherwise a vertex of one or the other is involved.
  if (!aEdges) return fromVertices(a, b);
  if (!bEdges) return fromVertices(b, a);
  if (edgesCross(a, b)) return 0;
  return Math.min(fromVertices(a, b), fromVertices(b, a));
}

function fromVertices(from: GeometryParts, to: GeometryParts): number {
  let best = Infinity;
  for (const v of vertices(from)) {
    best = Math.min(best, pointPartsDistance(v, to));
    if (best === 0) return 0;
  }
  return best;
}

function* vertices(g: GeometryParts): Generator<Position> {
  yield* g.points;
  for (const l of g.lines) yield* l;
  for (const poly of g.polygons) for (const r of poly) yield* r;
}

function edgeList(g: GeometryParts): [Position, Position][] {
  const out: [Position, Position][] = [];
  const push = (r: Position[]) => {
    for (let i = 0; i + 1 < r.length; i++) out.push([r[i] as Position, r[i + 1] as Position]);
  };
  for (const l of g.lines) push(l);
  for (const poly of g.polygons) for (const r of poly) push(r);
  return out;
}

function edgesCross(a: GeometryParts, b: GeometryParts): boolean {
  const ea = edgeList(a);
  const eb = edgeList(b);
  for (const [p1, p2] of ea) {
    for (const [q1, q2] of eb) if (segmentsIntersect(p1, p2, q1, q2)) return true;
  }
  return false;
}

function orient(a: Position, b: Position, c: Position): number {
  return (
    ((b[0] as number) - (a[0] as number)) * ((c[1] as number) - (a[1] as number)) -
    ((b[1] as number) - (a[1] as number)) * ((c[0] as number) - (a[0] as number))
  );
}

function segmentsIntersect(p1: Position, p2: Position, q1: Position, q2: Position): boolean {
  const d1 = orient(q1, q2, p1);
  const d2 = orient(q1, q2, p2);
  const d3 = orient(p1, p2, q1);
  const d4 = orient(p1, p2, q2);
  // Proper crossings only; touching/collinear cases are caught by the vertex distances (they come out ≈ 0).
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}
