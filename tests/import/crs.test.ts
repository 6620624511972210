import gcoord from 'gcoord';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import {
  crsFromEpsg,
  geometryToWgs84,
  PROJECTED_DEFS,
  positionFromWgs84,
  positionToWgs84,
  projectedDef,
} from '../../src/data/import/crs';
import { crsFromGeojsonName, crsFromPrj, suggestCrsFromValues } from '../../src/data/import/crs-detect';
import {
  esriCgcs2000GeographicPrj,
  esriGk3ZonePrj,
  esriGk6ZonePrj,
  ogcGk3CmPrj,
} from '../fixtures/import/make-shapefile';
import { importWith, lonLatOf, utf8 } from './helpers';

// Points around 岳阳 and across China (Kashgar, Harbin, Sanya, Shanghai).
const POINTS: [number, number][] = [
  [113.1289, 29.3572],
  [112.5604, 28.6934],
  [75.99, 39.47],
  [126.64, 45.75],
  [109.51, 18.25],
  [121.47, 31.23],
];

describe('CGCS2000 Gauss-Krüger definitions (standards.md §9)', () => {
  it('covers EPSG:4491–4512 (6°) and 4513–4554 (3°), every code once', () => {
    const codes = PROJECTED_DEFS.map((d) => d.epsg).filter((c) => c !== 3857);
    expect(codes).toEqual(Array.from({ length: 4554 - 4491 + 1 }, (_, i) => 4491 + i));
  });

  it('numbers zones and meridians as EPSG does', () => {
    expect(projectedDef(4491)).toMatchObject({ zone: 13, cm: 75, band: 6 });
    expect(projectedDef(4497)).toMatchObject({ zone: 19, cm: 111, band: 6 });
    expect(projectedDef(4502)).toMatchObject({ zone: null, cm: 75, band: 6 });
    expect(projectedDef(4512)).toMatchObject({ zone: null, cm: 135, band: 6 });
    expect(projectedDef(4513)).toMatchObject({ zone: 25, cm: 75, band: 3 });
    expect(projectedDef(4526)).toMatchObject({ zone: 38, cm: 114, band: 3 });
    expect(projectedDef(4533)).toMatchObject({ zone: 45, cm: 135, band: 3 });
    expect(projectedDef(4534)).toMatchObject({ zone: null, cm: 75, band: 3 });
    expect(projectedDef(4547)).toMatchObject({ zone: null, cm: 114, band: 3 });
    expect(projectedDef(4554)).toMatchObject({ zone: null, cm: 135, band: 3 });
    expect(projectedDef(4526)?.proj4).toBe(
      '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=38500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
    );
  });

  it('converts like proj4 with the same definition written out by hand', () => {
    for (const [epsg, cm, fe] of [
      [4526, 114, 38500000],
      [4547, 114, 500000],
      [4497, 111, 19500000],
      [4508, 111, 500000],
    ] as const) {
      const ref = proj4(`+proj=tmerc +lat_0=0 +lon_0=${cm} +k=1 +x_0=${fe} +y_0=0 +ellps=GRS80 +units=m +no_defs`);
      const [x, y] = ref.forward([113.1289, 29.3572]);
      const back = positionToWgs84(`EPSG:${epsg}`)([x, y]);
      expect(back[0]).toBeCloseTo(113.1289, 9);
      expect(back[1]).toBeCloseTo(29.3572, 9);
      const fwd = positionFromWgs84(`EPSG:${epsg}`)([113.1289, 29.3572]);
      expect(fwd[0]).toBeCloseTo(x, 6);
      expect(fwd[1]).toBeCloseTo(y, 6);
    }
  });

  it('puts 岳阳 at a plausible 3° zone 38 easting/northing', () => {
    const [x, y] = positionFromWgs84('EPSG:4526')([113.1289, 29.3572]);
    expect(Math.floor(x / 1e6)).toBe(38);
    expect(x - 38e6).toBeGreaterThan(400000);
    expect(x - 38e6).toBeLessThan(500000);
    expect(y).toBeGreaterThan(3.2e6);
    expect(y).toBeLessThan(3.3e6);
  });
});

describe('GCJ-02 and BD-09 against gcoord', () => {
  it('converts every point exactly as gcoord does, never touching the input', () => {
    for (const [crs, from] of [
      ['GCJ02', gcoord.GCJ02],
      ['BD09', gcoord.BD09],
    ] as const) {
      for (const p of POINTS) {
        const shifted = gcoord.transform([...p] as [number, number], gcoord.WGS84, from) as [number, number];
        const input = { type: 'Point' as const, coordinates: [...shifted] };
        const out = geometryToWgs84(input, crs);
        const expected = gcoord.transform([...shifted] as [number, number], from, gcoord.WGS84) as number[];
        expect(out.coordinates[0]).toBeCloseTo(expected[0] as number, 7);
        expect(out.coordinates[1]).toBeCloseTo(expected[1] as number, 7);
        expect(input.coordinates).toEqual(shifted);
        // the round trip lands back on the original point (gcoord's inverse is iterative, ≤ 1e-6°)
        expect(Math.abs((out.coordinates[0] as number) - p[0])).toBeLessThan(2e-6);
        expect(Math.abs((out.coordinates[1] as number) - p[1])).toBeLessThan(2e-6);
      }
    }
  });

  it('imports a CSV of GCJ-02 points (高德) and a CSV of BD-09 points (百度) back to WGS84', async () => {
    for (const [crs, from] of [
      ['GCJ02', gcoord.GCJ02],
      ['BD09', gcoord.BD09],
    ] as const) {
      const rows = POINTS.map((p, i) => {
        const [x, y] = gcoord.transform([...p] as [number, number], gcoord.WGS84, from) as number[];
        return `P${i},点${i},${x},${y}`;
      });
      const { result } = await importWith(`${crs}.csv`, utf8(`编号,名称,经度,纬度\n${rows.join('\n')}\n`), { crs });
      expect(result.features).toHaveLength(POINTS.length);
      result.features.forEach((f, i) => {
        const [lon, lat] = lonLatOf(f);
        const [x, y] = POINTS[i] as [number, number];
        expect(Math.abs(lon - x)).toBeLessThan(2e-6);
        expect(Math.abs(lat - y)).toBeLessThan(2e-6);
      });
    }
  });

  it('leaves WGS84 and CGCS2000 unshifted (they agree to centimetres)', () => {
    for (const crs of ['WGS84', 'CGCS2000'] as const) {
      expect(positionToWgs84(crs)([113.1289, 29.3572])).toEqual([113.1289, 29.3572]);
    }
  });
});

describe('naming a .prj', () => {
  it('reads ESRI 3° zone names, OGC CM names with EPSG authority, 6° zones and geographic CGCS2000', () => {
    expect(crsFromPrj(esriGk3ZonePrj(38))?.crs).toBe('EPSG:4526');
    expect(crsFromPrj(esriGk3ZonePrj(25))?.crs).toBe('EPSG:4513');
    expect(crsFromPrj(ogcGk3CmPrj(114))?.crs).toBe('EPSG:4547');
    expect(crsFromPrj(esriGk6ZonePrj(19))?.crs).toBe('EPSG:4497');
    expect(crsFromPrj(esriCgcs2000GeographicPrj)?.crs).toBe('CGCS2000');
    expect(
      crsFromPrj('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]]]')?.crs,
    ).toBe('WGS84');
  });

  it('builds a definition from the parameters when the name is unknown', () => {
    const prj = esriGk3ZonePrj(38).replace('CGCS2000_3_Degree_GK_Zone_38', 'My_Local_Grid');
    expect(crsFromPrj(prj)?.crs).toBe('EPSG:4526');
    const odd = esriGk3ZonePrj(38).replace('Central_Meridian",114.0', 'Central_Meridian",113.5');
    expect(crsFromPrj(odd)?.crs).toMatch(/^PROJ:\+proj=tmerc .*\+lon_0=113\.5 /);
  });

  it('returns null for text that is no WKT', () => {
    expect(crsFromPrj('')).toBeNull();
    expect(crsFromPrj('not a projection')).toBeNull();
  });

  it('reads the legacy GeoJSON crs member and EPSG codes', () => {
    expect(crsFromGeojsonName('urn:ogc:def:crs:EPSG::4526')?.crs).toBe('EPSG:4526');
    expect(crsFromGeojsonName('urn:ogc:def:crs:OGC:1.3:CRS84')?.crs).toBe('WGS84');
    expect(crsFromEpsg(4490)).toBe('CGCS2000');
    expect(crsFromEpsg(4326)).toBe('WGS84');
    expect(crsFromEpsg(2000)).toBeNull();
  });
});

describe('guessing the system from the numbers', () => {
  const gk = (epsg: number) => POINTS.slice(0, 2).map((p) => positionFromWgs84(`EPSG:${epsg}`)(p));

  it('keeps degrees geographic and notices swapped lon/lat', () => {
    expect(suggestCrsFromValues({ xs: [113.1, 113.2], ys: [29.3, 29.4] }, 113)).toMatchObject({
      crs: 'CGCS2000',
      swap: false,
    });
    expect(suggestCrsFromValues({ xs: [29.3, 29.4], ys: [113.1, 113.2] }, 113)).toMatchObject({
      crs: 'CGCS2000',
      swap: true,
    });
  });

  it('reads the zone from an 8-digit easting, and surveyors’ X = north as a swap', () => {
    const ps = gk(4526);
    expect(suggestCrsFromValues({ xs: ps.map((p) => p[0]), ys: ps.map((p) => p[1]) }, 113)).toMatchObject({
      crs: 'EPSG:4526',
      swap: false,
    });
    expect(suggestCrsFromValues({ xs: ps.map((p) => p[1]), ys: ps.map((p) => p[0]) }, 113)).toMatchObject({
      crs: 'EPSG:4526',
      swap: true,
    });
  });

  it('guesses the central meridian of a 6-digit easting from the loaded data, marked as a guess', () => {
    const ps = gk(4547);
    expect(suggestCrsFromValues({ xs: ps.map((p) => p[0]), ys: ps.map((p) => p[1]) }, 113.2)).toMatchObject({
      crs: 'EPSG:4547',
      guess: true,
    });
  });
});
