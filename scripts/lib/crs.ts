import gcoord from 'gcoord';
import type { Geometry, Position } from 'geojson';

export const CRS_NAMES = ['CGCS2000', 'WGS84', 'GCJ02', 'BD09'] as const;
export type CrsName = (typeof CRS_NAMES)[number];

// Spellings seen in ledgers, after upper-casing and dropping everything but letters and digits.
const ALIASES: Record<string, CrsName> = {
  CGCS2000: 'CGCS2000',
  CGCS: 'CGCS2000',
  EPSG4490: 'CGCS2000',
  国家2000: 'CGCS2000',
  WGS84: 'WGS84',
  WGS1984: 'WGS84',
  EPSG4326: 'WGS84',
  GCJ02: 'GCJ02',
  GCJ: 'GCJ02',
  火星坐标: 'GCJ02',
  BD09: 'BD09',
  BD09LL: 'BD09',
  百度坐标: 'BD09',
};

/** Reads a 坐标系 cell or the --crs option; null when it names no supported system. */
export function parseCrs(text: string): CrsName | null {
  const k = text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^0-9A-Z\u4e00-\u9fff]/g, '');
  return ALIASES[k] ?? null;
}

/** Rounds to 7 decimals (≈1 cm): more is noise, and fixed precision keeps the output byte-stable. */
export function round7(x: number): number {
  const r = Math.round(x * 1e7) / 1e7;
  return Object.is(r, -0) ? 0 : r;
}

function mapPositions(g: Geometry, f: (p: Position) => Position): Geometry {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: f(g.coordinates) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: g.coordinates.map((ring) => ring.map(f)) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map((ring) => ring.map(f))) };
    default:
      throw new Error(`unsupported geometry ${g.type}`);
  }
}

/**
 * Converts a geometry in `crs` to WGS84, rounded to 7 decimals. CGCS2000 and WGS84 agree to a few centimetres
 * (below this map's precision), so they are not shifted; GCJ-02 and BD-09 go through gcoord, on a copy because
 * gcoord.transform rewrites its argument in place. Input geometry is never modified.
 */
export function toWgs84<G extends Geometry>(geometry: G, crs: CrsName): G {
  let g: Geometry = geometry;
  if (crs === 'GCJ02' || crs === 'BD09') {
    // gcoord declares its own GeoJSON types; the shapes are the same as @types/geojson's.
    type GcoordInput = Parameters<typeof gcoord.transform>[0];
    const from = crs === 'GCJ02' ? gcoord.GCJ02 : gcoord.BD09;
    g = gcoord.transform(
      structuredClone(geometry) as unknown as GcoordInput,
      from,
      gcoord.WGS84,
    ) as unknown as Geometry;
  }
  return mapPositions(g, (p) => [round7(p[0] ?? Number.NaN), round7(p[1] ?? Number.NaN)]) as G;
}
