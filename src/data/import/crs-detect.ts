import proj4 from 'proj4';
import { type CrsId, crsFromEpsg, isGeographic, PROJECTED_DEFS, registerProj4Defs } from './crs';

export interface DetectedCrs {
  crs: CrsId;
  /** how it was found, for the panel: `.prj: CGCS2000_3_Degree_GK_Zone_38` */
  basis: string;
  /** a guess the user should confirm (e.g. a zone picked from the loaded data's longitude) */
  guess?: boolean;
}

const num = (wkt: string, name: string): number | null => {
  const m = new RegExp(`PARAMETER\\s*\\[\\s*"${name}"\\s*,\\s*([-+\\d.eE]+)`, 'i').exec(wkt);
  return m ? Number(m[1]) : null;
};

const byZone = (band: 3 | 6, zone: number) => PROJECTED_DEFS.find((d) => d.band === band && d.zone === zone);
const byCm = (band: 3 | 6, cm: number) => PROJECTED_DEFS.find((d) => d.band === band && d.zone === null && d.cm === cm);
const asId = (epsg: number): CrsId => `EPSG:${epsg}`;

/**
 * Names the coordinate system of a shapefile's .prj (ESRI or OGC WKT). CGCS2000 Gauss-Krüger is matched by
 * EPSG authority, by its parameters (transverse Mercator, central meridian, false easting, k = 1 on CGCS2000/GRS80)
 * or by name (`CGCS2000_3_Degree_GK_Zone_38`, `CGCS2000 / 3-degree Gauss-Kruger CM 114E`); anything else proj4 can
 * read is kept as its own definition. Null when nothing fits.
 */
export function crsFromPrj(wkt: string): DetectedCrs | null {
  const text = wkt.trim();
  if (!text) return null;
  const name = /^\s*(?:PROJCS|PROJCRS|GEOGCS|GEOGCRS)\s*\[\s*"([^"]*)"/i.exec(text)?.[1] ?? '';
  const basis = `.prj: ${name || text.slice(0, 40)}`;
  // The outermost AUTHORITY is the last one in WKT1.
  const auths = [...text.matchAll(/AUTHORITY\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]/gi)];
  const outer = auths.length > 0 ? Number(auths[auths.length - 1]?.[1]) : null;
  const projected = /^\s*PROJ/i.test(text);
  if (outer !== null) {
    const known = crsFromEpsg(outer);
    // A projected WKT whose own authority is missing ends with its GEOGCS's: that code is not the file's system.
    if (known && !(projected && isGeographic(known))) return { crs: known, basis };
  }
  if (!projected) {
    if (/WGS[ _-]?(19)?84/i.test(text)) return { crs: 'WGS84', basis };
    if (/CGCS[ _-]?2000|China[ _]Geodetic[ _]Coordinate[ _]System[ _]2000|China[ _]2000/i.test(text)) {
      return { crs: 'CGCS2000', basis };
    }
  }
  // The parameters are what a reader applies; a name can be stale after someone edited them.
  if (
    projected &&
    /Transverse[ _]Mercator|Gauss[ _]Kruger/i.test(text) &&
    /CGCS|China[ _]2000|GRS[ _]?1980|GRS80/i.test(text)
  ) {
    const cm = num(text, 'Central_Meridian') ?? num(text, 'central_meridian');
    const fe = num(text, 'False_Easting') ?? 0;
    const k = num(text, 'Scale_Factor') ?? 1;
    if (cm !== null && k === 1) {
      const table = PROJECTED_DEFS.find((d) => d.cm === cm && d.band !== null && d.proj4.includes(`+x_0=${fe} `));
      if (table) return { crs: asId(table.epsg), basis };
      return {
        crs: `PROJ:+proj=tmerc +lat_0=0 +lon_0=${cm} +k=1 +x_0=${fe} +y_0=0 +ellps=GRS80 +units=m +no_defs`,
        basis,
      };
    }
  }
  const n = name.replace(/[\s/_-]+/g, ' ');
  const zone3 = /CGCS ?2000 .*3 ?degree .*(?:GK|Gauss Kruger) Zone (\d+)/i.exec(n);
  const cm3 = /CGCS ?2000 .*3 ?degree .*(?:GK|Gauss Kruger) CM (\d+) ?E/i.exec(n);
  const zone6 = /CGCS ?2000 (?:GK|Gauss Kruger) Zone (\d+)/i.exec(n);
  const cm6 = /CGCS ?2000 (?:GK|Gauss Kruger) CM (\d+) ?E/i.exec(n);
  const hit =
    (zone3 && byZone(3, Number(zone3[1]))) ||
    (cm3 && byCm(3, Number(cm3[1]))) ||
    (zone6 && byZone(6, Number(zone6[1]))) ||
    (cm6 && byCm(6, Number(cm6[1])));
  if (hit) return { crs: asId(hit.epsg), basis };

  // Last resort: proj4's own WKT reader (UTM, Web Mercator, other datums).
  try {
    registerProj4Defs();
    proj4(text, 'EPSG:4326').forward([0, 0]);
    return { crs: `PROJ:${text}`, basis };
  } catch {
    return null;
  }
}

/** The legacy GeoJSON `crs` member (`urn:ogc:def:crs:EPSG::4526`, `EPSG:4490`, `…OGC:1.3:CRS84`). */
export function crsFromGeojsonName(name: string): DetectedCrs | null {
  if (/CRS84$/i.test(name)) return { crs: 'WGS84', basis: `GeoJSON crs: ${name}` };
  const m = /EPSG:{1,2}(\d+)$/i.exec(name.trim());
  if (!m) return null;
  const crs = crsFromEpsg(Number(m[1]));
  return crs ? { crs, basis: `GeoJSON crs: ${name}` } : null;
}

export interface CoordinateSample {
  xs: readonly number[];
  ys: readonly number[];
}

const median = (v: readonly number[]): number => {
  const s = [...v].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : (s[Math.floor(s.length / 2)] as number);
};
const mostly = (v: readonly number[], test: (x: number) => boolean) =>
  v.length > 0 && v.filter(test).length >= v.length * 0.8;

export interface ValueSuggestion extends DetectedCrs {
  /** the two columns look exchanged (lat/lon, or surveyors' X = north) */
  swap: boolean;
}

/**
 * Guesses the system from the numbers themselves (CSV/XLSX carry no metadata): degrees stay geographic
 * (CGCS2000, the build's default); an 8-digit easting names its Gauss-Krüger zone (38 512 345 → 3° zone 38);
 * a 6-digit easting needs a central meridian, taken from `nearLon` (the loaded data) and marked as a guess.
 * GCJ-02 and BD-09 cannot be told from WGS84 by the numbers: never suggested.
 */
export function suggestCrsFromValues(sample: CoordinateSample, nearLon: number): ValueSuggestion | null {
  const { xs, ys } = sample;
  if (xs.length === 0 || ys.length === 0) return null;
  const deg = (lonLike: readonly number[], latLike: readonly number[]) =>
    mostly(lonLike, (x) => Math.abs(x) <= 180) && mostly(latLike, (y) => Math.abs(y) <= 90);
  if (deg(xs, ys)) {
    // China: lon 73–135, lat 18–54. Swapped columns put the lon-like values (> 54) in the lat column.
    const swapped = mostly(xs, (x) => x > 3 && x < 55) && mostly(ys, (y) => y > 70 && y < 136);
    return { crs: 'CGCS2000', basis: 'degrees', swap: swapped };
  }
  if (deg(ys, xs)) return { crs: 'CGCS2000', basis: 'degrees', swap: true };

  const zoned = (v: readonly number[]) => mostly(v, (x) => x >= 13e6 && x < 46e6);
  const easting = (v: readonly number[]) => mostly(v, (x) => x > 0 && x < 1e6);
  const northing = (v: readonly number[]) => mostly(v, (y) => y > 1e6 && y < 6.5e6);
  for (const [e, nth, swap] of [
    [xs, ys, false],
    [ys, xs, true],
  ] as const) {
    if (zoned(e) && northing(nth)) {
      const zone = Math.floor(median(e) / 1e6);
      const def = byZone(zone >= 25 ? 3 : 6, zone);
      if (def) return { crs: asId(def.epsg), basis: `zone ${zone}`, swap };
    }
  }
  for (const [e, nth, swap] of [
    [xs, ys, false],
    [ys, xs, true],
  ] as const) {
    if (easting(e) && northing(nth)) {
      const cm = Math.min(135, Math.max(75, Math.round(nearLon / 3) * 3));
      const def = byCm(3, cm);
      if (def) return { crs: asId(def.epsg), basis: `CM ${cm}E`, swap, guess: true };
    }
  }
  const webMercator =
    mostly(xs, (x) => Math.abs(x) > 180 && Math.abs(x) <= 20037509) && mostly(ys, (y) => Math.abs(y) > 90);
  if (webMercator && mostly(xs, (x) => x > 8e6 && x < 15.1e6))
    return { crs: 'EPSG:3857', basis: 'Web Mercator', swap: false, guess: true };
  return null;
}
