import type { Geometry, Position } from 'geojson';

export type BBox = [minX: number, minY: number, maxX: number, maxY: number];

/**
 * A geometry split into what distance code needs: isolated points, open polylines and polygons (rings, outer
 * first), plus its bbox. Edges are taken as geodesics between consecutive vertices.
 */
export interface GeometryParts {
  points: Position[];
  lines: Position[][];
  polygons: Position[][][];
  bbox: BBox;
}

/**
 * Splits a GeoJSON geometry (Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon,
 * GeometryCollection) into parts. Closing vertices of rings are kept; repeated positions do no harm.
 *
 * @throws on an empty geometry or a non-finite coordinate
 * @example geometryParts({ type: 'Point', coordinates: [113.1, 29.4] }).points // [[113.1, 29.4]]
 */
export function geometryParts(geometry: Geometry): GeometryParts {
  const parts: GeometryParts = {
    points: [],
    lines: [],
    polygons: [],
    bbox: [Infinity, Infinity, -Infinity, -Infinity],
  };
  add(geometry, parts);
  const b = parts.bbox;
  if (!(b[0] <= b[2] && b[1] <= b[3]))
    throw new Error(`空几何或坐标无效 (empty geometry or bad coordinates): ${geometry.type}`);
  return parts;
}

function grow(parts: GeometryParts, ps: readonly Position[]): void {
  const b = parts.bbox;
  for (const p of ps) {
    const x = p[0] as number;
    const y = p[1] as number;
    if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`坐标无效 (bad coordinate): ${JSON.stringify(p)}`);
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
  }
}

function add(g: Geometry, parts: GeometryParts): void {
  switch (g.type) {
    case 'Point':
      grow(parts, [g.coordinates]);
      parts.points.push(g.coordinates);
      return;
    case 'MultiPoint':
      grow(parts, g.coordinates);
      parts.points.push(...g.coordinates);
      return;
    case 'LineString':
      grow(parts, g.coordinates);
      parts.lines.push(g.coordinates);
      return;
    case 'MultiLineString':
      for (const l of g.coordinates) add({ type: 'LineString', coordinates: l }, parts);
      return;
    case 'Polygon':
      for (const r of g.coordinates) grow(parts, r);
      if (g.coordinates.length > 0) parts.polygons.push(g.coordinates);
      return;
    case 'MultiPolygon':
      for (const p of g.coordinates) add({ type: 'Polygon', coordinates: p }, parts);
      return;
    case 'GeometryCollection':
      for (const x of g.geometries) add(x, parts);
      return;
  }
}
