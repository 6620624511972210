import gcoord from 'gcoord';
import type { Geometry, Position } from 'geojson';
import proj4 from 'proj4';
import { round7 } from '../../../scripts/lib/crs';

/**
 * Coordinate systems an imported file can be in, named by a string id so a <select>, IndexedDB and the worker
 * can all carry it: the four geographic systems of the ledgers (WGS84, CGCS2000, GCJ02, BD09), a projected EPSG
 * code (`EPSG:4526`), or a proj4 definition read from a .prj we could not name (`PROJ:<definition>`).
 */
export type GeographicCrs = 'WGS84' | 'CGCS2000' | 'GCJ02' | 'BD09';
export type CrsId = GeographicCrs | `EPSG:${number}` | `PROJ:${string}`;

export const GEOGRAPHIC_CRS: readonly GeographicCrs[] = ['CGCS2000', 'WGS84', 'GCJ02', 'BD09'];

export interface ProjectedDef {
  epsg: number;
  /** CGCS2000 / 3-degree Gauss-Kruger zone 38 … */
  name: string;
  /** central meridian, degrees east */
  cm: number;
  /** zone number when the easting carries it (x = zone·10⁶ + 500 000 + e) */
  zone: number | null;
  /** 3° or 6° band */
  band: 3 | 6 | null;
  proj4: string;
}

const tmerc = (cm: number, falseEasting: number) =>
  `+proj=tmerc +lat_0=0 +lon_0=${cm} +k=1 +x_0=${falseEasting} +y_0=0 +ellps=GRS80 +units=m +no_defs`;

/**
 * CGCS2000 Gauss-Krüger zones (standards.md §9), defined here because proj4 ships none of them:
 * 6° EPSG:4491–4501 zones 13–23 (CM = 6·zone − 3, zone in the easting), 4502–4512 CM 75°E…135°E;
 * 3° EPSG:4513–4533 zones 25–45 (CM = 3·zone, zone in the easting), 4534–4554 CM 75°E…135°E.
 */
function gaussKrugerDefs(): ProjectedDef[] {
  const out: ProjectedDef[] = [];
  for (let zone = 13; zone <= 23; zone++) {
    const cm = zone * 6 - 3;
    out.push({
      epsg: 4491 + zone - 13,
      name: `CGCS2000 / Gauss-Kruger zone ${zone}`,
      cm,
      zone,
      band: 6,
      proj4: tmerc(cm, zone * 1e6 + 500000),
    });
  }
  for (let cm = 75; cm <= 135; cm += 6) {
    out.push({
      epsg: 4502 + (cm - 75) / 6,
      name: `CGCS2000 / Gauss-Kruger CM ${cm}E`,
      cm,
      zone: null,
      band: 6,
      proj4: tmerc(cm, 500000),
    });
  }
  for (let zone = 25; zone <= 45; zone++) {
    const cm = zone * 3;
    out.push({
      epsg: 4513 + zone - 25,
      name: `CGCS2000 / 3-degree Gauss-Kruger zone ${zone}`,
      cm,
      zone,
      band: 3,
      proj4: tmerc(cm, zone * 1e6 + 500000),
    });
  }
  for (let cm = 75; cm <= 135; cm += 3) {
    out.push({
      epsg: 4534 + (cm - 75) / 3,
      name: `CGCS2000 / 3-degree Gauss-Kruger CM ${cm}E`,
      cm,
      zone: null,
      band: 3,
      proj4: tmerc(cm, 500000),
    });
  }
  return out;
}

export const PROJECTED_DEFS: readonly ProjectedDef[] = [
  ...gaussKrugerDefs(),
  {
    epsg: 3857,
    name: 'WGS 84 / Pseudo-Mercator',
    cm: 0,
    zone: null,
    band: null,
    proj4:
      '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs',
  },
];

const BY_EPSG = new Map(PROJECTED_DEFS.map((d) => [d.epsg, d]));

export const projectedDef = (epsg: number): ProjectedDef | undefined => BY_EPSG.get(epsg);

/** Registers the zones with proj4 once, so `proj4('EPSG:4526', …)` works for anyone sharing the instance (shpjs). */
let registered = false;
export function registerProj4Defs(): void {
  if (registered) return;
  registered = true;
  proj4.defs('EPSG:4490', '+proj=longlat +ellps=GRS80 +no_defs +type=crs');
  for (const d of PROJECTED_DEFS) proj4.defs(`EPSG:${d.epsg}`, d.proj4);
}

export const isGeographic = (crs: CrsId): crs is GeographicCrs => (GEOGRAPHIC_CRS as readonly string[]).includes(crs);

export function epsgOf(crs: CrsId): number | null {
  const m = /^EPSG:(\d+)$/.exec(crs);
  return m ? Number(m[1]) : null;
}

/** The CrsId for an EPSG code we know (geographic 4326/4490 included); null for an unknown code. */
export function crsFromEpsg(code: number): CrsId | null {
  if (code === 4326) return 'WGS84';
  if (code === 4490) return 'CGCS2000';
  return BY_EPSG.has(code) ? `EPSG:${code}` : null;
}

/** A position converter to WGS84 (lon, lat); the result is not rounded or range-checked. */
export function positionToWgs84(crs: CrsId): (p: readonly number[]) => [number, number] {
  if (crs === 'WGS84' || crs === 'CGCS2000') {
    // CGCS2000 and WGS84 agree to a few centimetres (standards.md §9): not shifted, like the data build.
    return (p) => [p[0] ?? Number.NaN, p[1] ?? Number.NaN];
  }
  if (crs === 'GCJ02' || crs === 'BD09') {
    const from = crs === 'GCJ02' ? gcoord.GCJ02 : gcoord.BD09;
    // A fresh array each time: gcoord.transform rewrites what it is given (stack notes §C).
    return (p) => gcoord.transform([p[0] ?? Number.NaN, p[1] ?? Number.NaN], from, gcoord.WGS84) as [number, number];
  }
  registerProj4Defs();
  const def = crs.startsWith('PROJ:') ? crs.slice(5) : crs;
  const converter = proj4(def, 'EPSG:4326');
  return (p) => converter.forward([p[0] ?? Number.NaN, p[1] ?? Number.NaN]) as [number, number];
}

/** WGS84 → the given system (exports to 高德/百度 SDKs, and the round-trip tests). */
export function positionFromWgs84(crs: CrsId): (p: readonly number[]) => [number, number] {
  if (crs === 'WGS84' || crs === 'CGCS2000') return (p) => [p[0] ?? Number.NaN, p[1] ?? Number.NaN];
  if (crs === 'GCJ02' || crs === 'BD09') {
    const to = crs === 'GCJ02' ? gcoord.GCJ02 : gcoord.BD09;
    return (p) => gcoord.transform([p[0] ?? Number.NaN, p[1] ?? Number.NaN], gcoord.WGS84, to) as [number, number];
  }
  registerProj4Defs();
  const def = crs.startsWith('PROJ:') ? crs.slice(5) : crs;
  const converter = proj4('EPSG:4326', def);
  return (p) => converter.forward([p[0] ?? Number.NaN, p[1] ?? Number.NaN]) as [number, number];
}

/** Applies `f` to every position of any GeoJSON geometry (GeometryCollection included), returning a new one. */
export function mapGeometry(g: Geometry, f: (p: Position) => Position): Geometry {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: f(g.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { type: g.type, coordinates: g.coordinates.map(f) } as Geometry;
    case 'MultiLineString':
    case 'Polygon':
      return { type: g.type, coordinates: g.coordinates.map((r) => r.map(f)) } as Geometry;
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(f))) };
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: g.geometries.map((x) => mapGeometry(x, f)) };
  }
}

/** Converts a geometry to WGS84, 7 decimals (≈1 cm, like the build). Never modifies its argument. */
export function geometryToWgs84<G extends Geometry>(g: G, crs: CrsId): G {
  const to = positionToWgs84(crs);
  return mapGeometry(g, (p) => {
    const [x, y] = to(p);
    return [round7(x), round7(y)];
  }) as G;
}

export function crsLabel(crs: CrsId): string {
  if (crs === 'WGS84') return 'WGS84 (EPSG:4326)';
  if (crs === 'CGCS2000') return 'CGCS2000 (EPSG:4490)';
  if (crs === 'GCJ02') return 'GCJ-02';
  if (crs === 'BD09') return 'BD-09';
  const code = epsgOf(crs);
  if (code !== null) return `${crs} ${projectedDef(code)?.name ?? ''}`.trim();
  return `proj4: ${crs.slice(5, 80)}`;
}
