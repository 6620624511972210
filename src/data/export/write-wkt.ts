import type { Geometry, Position } from 'geojson';

const pos = (p: Position) => `${p[0]} ${p[1]}`;
const list = (ps: Position[]) => `(${ps.map(pos).join(', ')})`;
const rings = (rs: Position[][]) => `(${rs.map(list).join(', ')})`;

/** WKT of a GeoJSON geometry (2D), for the 几何 [geometry] column of CSV/XLSX exports. */
export function toWkt(g: Geometry): string {
  switch (g.type) {
    case 'Point':
      return `POINT (${pos(g.coordinates)})`;
    case 'MultiPoint':
      return `MULTIPOINT ${list(g.coordinates)}`;
    case 'LineString':
      return `LINESTRING ${list(g.coordinates)}`;
    case 'MultiLineString':
      return `MULTILINESTRING ${rings(g.coordinates)}`;
    case 'Polygon':
      return `POLYGON ${rings(g.coordinates)}`;
    case 'MultiPolygon':
      return `MULTIPOLYGON (${g.coordinates.map(rings).join(', ')})`;
    case 'GeometryCollection':
      return `GEOMETRYCOLLECTION (${g.geometries.map(toWkt).join(', ')})`;
  }
}
