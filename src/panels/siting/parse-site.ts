import { kml } from '@tmcw/togeojson';
import type { Feature, Geometry, Position } from 'geojson';
import Papa from 'papaparse';
import type { sitingZh } from '../../i18n/siting';
import { parseCoordinates } from '../../lib/parse-coordinates';
import type { SiteGeometry } from '../../state/siting-store';

/**
 * Step 1 input readers: a GeoJSON / KML / CSV file, or typed coordinates → one Point or Polygon site. Pure apart
 * from DOMParser (KML), so the same code runs in the browser and in jsdom tests. Errors are dictionary keys with
 * values, so the panel says them in the user's language.
 */

export type SitingKey = keyof typeof sitingZh;
export interface SiteParseError {
  key: SitingKey;
  vars?: Record<string, string | number>;
}
export type SiteParse =
  | { ok: true; geometry: SiteGeometry /** e.g. "file had 3 features, the first was used" */; note?: SiteParseError }
  | { ok: false; error: SiteParseError };

const fail = (key: SitingKey, vars?: Record<string, string | number>): SiteParse => ({
  ok: false,
  error: vars ? { key, vars } : { key },
});

const inRange = (lon: number, lat: number) =>
  Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;

/** Closes the ring and checks it has three distinct vertices, all valid lon/lat. */
export function polygonFrom(points: readonly Position[]): SiteParse {
  const ring = points.map((p) => [p[0] as number, p[1] as number]);
  const bad = ring.findIndex(([lon, lat]) => !inRange(lon as number, lat as number));
  if (bad >= 0) return fail('siting.err.range', { n: bad + 1 });
  const first = ring[0];
  const last = ring.at(-1);
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push([...first]);
  const distinct = new Set(ring.map((p) => `${p[0]},${p[1]}`));
  if (distinct.size < 3) return fail('siting.err.tooFewVertices');
  return { ok: true, geometry: { type: 'Polygon', coordinates: [ring] } };
}

/**
 * The site in a GeoJSON object, read the way scripts/siting.ts reads `--site` (the first feature's geometry), so
 * the app and the CLI judge the same file the same way. Point, Polygon and MultiPolygon only.
 */
export function siteFromGeoJson(value: unknown): SiteParse {
  const o = value as { type?: unknown; features?: unknown; geometry?: unknown };
  let features: Feature[];
  if (o?.type === 'FeatureCollection' && Array.isArray(o.features)) features = o.features as Feature[];
  else if (o?.type === 'Feature') features = [o as Feature];
  else if (typeof o?.type === 'string') features = [{ type: 'Feature', geometry: o as Geometry, properties: {} }];
  else return fail('siting.err.notGeoJson');
  const geometry = features[0]?.geometry;
  if (!geometry) return fail('siting.err.noGeometry');
  return fromGeometry(geometry, features.length);
}

function fromGeometry(geometry: Geometry, count: number): SiteParse {
  if (geometry.type !== 'Point' && geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
    return fail('siting.err.geometryType', { type: geometry.type });
  }
  const positions =
    geometry.type === 'Point'
      ? [geometry.coordinates]
      : geometry.type === 'Polygon'
        ? geometry.coordinates.flat()
        : geometry.coordinates.flat(2);
  const bad = positions.findIndex((p) => !inRange(p[0] as number, p[1] as number));
  if (positions.length === 0 || bad >= 0) return fail('siting.err.range', { n: Math.max(1, bad + 1) });
  return count > 1
    ? { ok: true, geometry, note: { key: 'siting.note.firstFeature', vars: { n: count } } }
    : { ok: true, geometry };
}

/** KML (Google Earth, 奥维互动地图 exports): the first placemark with a point or polygon. */
export function siteFromKml(text: string): SiteParse {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) return fail('siting.err.badKml');
  const usable = kml(doc).features.filter(
    (f): f is Feature<Geometry> =>
      f.geometry !== null && ['Point', 'Polygon', 'MultiPolygon'].includes(f.geometry.type),
  );
  const first = usable[0];
  if (!first) return fail('siting.err.noGeometry');
  return fromGeometry(first.geometry, usable.length);
}

const LON_HEADERS = ['lon', 'lng', 'long', 'longitude', 'x', '经度'];
const LAT_HEADERS = ['lat', 'latitude', 'y', '纬度'];

/**
 * CSV of coordinates, one `lon,lat` a row, with or without a header (lon/lng/longitude/x/经度 and lat/latitude/y/纬度
 * in any column order when there is one). One row → point; three or more → polygon (closed for you).
 */
export function siteFromCsv(text: string): SiteParse {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data.map((r) =>
    r.map((c) => c.trim()),
  );
  if (rows.length === 0) return fail('siting.err.emptyFile');
  let lonCol = 0;
  let latCol = 1;
  const head = rows[0] ?? [];
  if (!Number.isFinite(Number.parseFloat(head[0] ?? '')) || !Number.isFinite(Number.parseFloat(head[1] ?? ''))) {
    const lower = head.map((h) => h.toLowerCase());
    lonCol = lower.findIndex((h) => LON_HEADERS.includes(h));
    latCol = lower.findIndex((h) => LAT_HEADERS.includes(h));
    if (lonCol < 0 || latCol < 0) return fail('siting.err.csvHeader');
    rows.shift();
  }
  const points: Position[] = [];
  for (const [i, r] of rows.entries()) {
    const lon = Number(r[lonCol]);
    const lat = Number(r[latCol]);
    if (r[lonCol] === '' || r[latCol] === '' || !inRange(lon, lat)) return fail('siting.err.range', { n: i + 1 });
    points.push([lon, lat]);
  }
  if (points.length === 1) return { ok: true, geometry: { type: 'Point', coordinates: points[0] as Position } };
  if (points.length === 2) return fail('siting.err.tooFewVertices');
  return polygonFrom(points);
}

/**
 * Typed coordinates: `113.12,29.36` is a point; several pairs separated by `;` or new lines are a polygon. Each pair
 * is read like the search box reads one (src/lib/parse-coordinates: lon,lat; an unambiguous lat,lon is swapped).
 */
export function siteFromText(text: string): SiteParse {
  const trimmed = text.trim();
  if (!trimmed) return fail('siting.err.emptyCoords');
  const one = parseCoordinates(trimmed);
  if (one) return { ok: true, geometry: { type: 'Point', coordinates: [one.lon, one.lat] } };
  const pairs = trimmed.split(/[\n;；]+/).filter((p) => p.trim() !== '');
  const points: Position[] = [];
  for (const [i, p] of pairs.entries()) {
    const c = parseCoordinates(p);
    if (!c) return fail('siting.err.badPair', { n: i + 1, text: p.trim() });
    points.push([c.lon, c.lat]);
  }
  if (points.length < 3) return fail('siting.err.tooFewVertices');
  return polygonFrom(points);
}

/** Dispatches on the file name's extension (content sniffing for .json/.txt). */
export function siteFromFile(name: string, text: string): SiteParse {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'kml') return siteFromKml(text);
  if (ext === 'csv' || ext === 'txt') return siteFromCsv(text);
  if (ext === 'geojson' || ext === 'json') {
    try {
      return siteFromGeoJson(JSON.parse(text));
    } catch {
      return fail('siting.err.notGeoJson');
    }
  }
  return fail('siting.err.fileType', { ext: ext || name });
}
