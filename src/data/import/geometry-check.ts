import type { Geometry, Position } from 'geojson';

const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);

function positionsProblem(ps: unknown, min: number, what: string): string | null {
  if (!Array.isArray(ps)) return `${what}坐标不是数组 (${what} coordinates are not an array)`;
  if (ps.length < min) return `${what}少于 ${min} 个点 (${what} has fewer than ${min} positions)`;
  for (const p of ps)
    if (!isPosition(p)) return `坐标不是数字对: ${JSON.stringify(p)?.slice(0, 40)} (not a pair of numbers)`;
  return null;
}

function ringsProblem(rings: unknown): string | null {
  if (!Array.isArray(rings) || rings.length === 0) return '多边形没有环 (polygon has no rings)';
  for (const ring of rings) {
    const p = positionsProblem(ring, 4, '环');
    if (p) return p;
    const r = ring as Position[];
    const a = r[0] as Position;
    const b = r[r.length - 1] as Position;
    if (a[0] !== b[0] || a[1] !== b[1]) return '环未闭合 (a ring is not closed)';
  }
  return null;
}

const listOf = (v: unknown, each: (x: unknown) => string | null, what: string): string | null => {
  if (!Array.isArray(v) || v.length === 0) return `${what}为空 (empty ${what})`;
  for (const x of v) {
    const p = each(x);
    if (p) return p;
  }
  return null;
};

/**
 * Why a geometry as read from a file cannot be used (null when fine): any GeoJSON type but GeometryCollection,
 * positions finite number pairs, lines ≥ 2 positions, polygon rings closed with ≥ 4 (as the build checks them).
 */
export function geometryProblem(g: unknown): string | null {
  if (g === null || typeof g !== 'object') return '没有几何 (no geometry)';
  const { type, coordinates } = g as { type?: unknown; coordinates?: unknown };
  switch (type) {
    case 'Point':
      return isPosition(coordinates) ? null : '点坐标无效 (invalid point coordinates)';
    case 'MultiPoint':
      return positionsProblem(coordinates, 1, '多点');
    case 'LineString':
      return positionsProblem(coordinates, 2, '线');
    case 'MultiLineString':
      return listOf(coordinates, (l) => positionsProblem(l, 2, '线'), 'MultiLineString');
    case 'Polygon':
      return ringsProblem(coordinates);
    case 'MultiPolygon':
      return listOf(coordinates, ringsProblem, 'MultiPolygon');
    default:
      return `不支持的几何类型 ${String(type)} (unsupported geometry type ${String(type)})`;
  }
}

/** First position outside lon ±180 / lat ±90 (or not finite), for the after-conversion check. */
export function outOfRange(g: Geometry): Position | null {
  let bad: Position | null = null;
  const visit = (c: unknown): void => {
    if (bad) return;
    if (isPosition(c) && typeof c[0] === 'number') {
      if (Math.abs(c[0]) > 180 || Math.abs(c[1] as number) > 90) bad = c;
      return;
    }
    if (Array.isArray(c)) for (const x of c) visit(x);
    else if (!Array.isArray(c)) bad = [Number.NaN, Number.NaN];
  };
  if (g.type === 'GeometryCollection') return [Number.NaN, Number.NaN];
  visit(g.coordinates);
  return bad;
}

/** A point to stand for the geometry in location checks: the point itself, else its first position. */
export function anchorOf(g: Geometry | null): Position | null {
  if (!g || g.type === 'GeometryCollection') return null;
  let c: unknown = g.coordinates;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return isPosition(c) ? c : null;
}
