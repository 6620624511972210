import type { Feature, Geometry, Position } from 'geojson';
import { publicProps } from './export-table';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const coords = (ps: Position[]) => ps.map((p) => `${p[0]},${p[1]}`).join(' ');
const ring = (r: Position[]) => `<LinearRing><coordinates>${coords(r)}</coordinates></LinearRing>`;
const polygon = (rs: Position[][]) =>
  `<Polygon><outerBoundaryIs>${ring(rs[0] ?? [])}</outerBoundaryIs>${rs
    .slice(1)
    .map((r) => `<innerBoundaryIs>${ring(r)}</innerBoundaryIs>`)
    .join('')}</Polygon>`;

function geometry(g: Geometry): string {
  switch (g.type) {
    case 'Point':
      return `<Point><coordinates>${coords([g.coordinates])}</coordinates></Point>`;
    case 'LineString':
      return `<LineString><coordinates>${coords(g.coordinates)}</coordinates></LineString>`;
    case 'Polygon':
      return polygon(g.coordinates);
    case 'MultiPoint':
      return `<MultiGeometry>${g.coordinates.map((p) => geometry({ type: 'Point', coordinates: p })).join('')}</MultiGeometry>`;
    case 'MultiLineString':
      return `<MultiGeometry>${g.coordinates.map((l) => geometry({ type: 'LineString', coordinates: l })).join('')}</MultiGeometry>`;
    case 'MultiPolygon':
      return `<MultiGeometry>${g.coordinates.map(polygon).join('')}</MultiGeometry>`;
    case 'GeometryCollection':
      return `<MultiGeometry>${g.geometries.map(geometry).join('')}</MultiGeometry>`;
  }
}

const text = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));

/** KML 2.2 (WGS84 by definition): one Placemark per feature, name from `name`, every property in ExtendedData. */
export function featuresToKml(features: readonly Feature<Geometry | null>[], name: string): Uint8Array {
  const placemarks = features.map((f) => {
    const p = publicProps(f);
    const data = Object.entries(p)
      .map(([k, v]) => `<Data name="${esc(k)}"><value>${esc(text(v))}</value></Data>`)
      .join('');
    const title = text(p.name ?? p.id ?? '');
    return `<Placemark><name>${esc(title)}</name><ExtendedData>${data}</ExtendedData>${f.geometry ? geometry(f.geometry) : ''}</Placemark>`;
  });
  const doc = `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>${esc(name)}</name>\n${placemarks.join('\n')}\n</Document></kml>\n`;
  return new TextEncoder().encode(doc);
}
