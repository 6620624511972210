import { intersect } from '@turf/intersect';
import { voronoi } from '@turf/voronoi';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { SAMPLE_DATA_VERSION, SAMPLE_SOURCE, updatedDate } from './common';
import type { County, LonLat } from './geo';
import type { Rng } from './prng';

/**
 * A rough outline of 岳阳市 (112.3–114.15°E, 28.4–29.85°N), drawn by hand around the county seats and the sample's
 * data. It is NOT the official boundary (which needs 审图 clearance to publish, standards.md §10): its one job is to
 * clip the approximate county areas below to something city-shaped, and every sample point lies inside it.
 */
export const CITY_OUTLINE: readonly LonLat[] = [
  [112.3, 29.45],
  [112.33, 29.7],
  [112.55, 29.85],
  [112.9, 29.72],
  [113.1, 29.55],
  [113.3, 29.68],
  [113.55, 29.85],
  [113.85, 29.8],
  [114.15, 29.55],
  [114.1, 29.15],
  [114.05, 28.85],
  [113.95, 28.45],
  [113.55, 28.4],
  [113.2, 28.45],
  [112.9, 28.42],
  [112.62, 28.55],
  [112.6, 28.8],
  [112.45, 28.95],
  [112.4, 29.2],
  [112.3, 29.45],
];

// The sample's 行政区划代码 come from the nearest county seat in an equirectangular metric (geo.ts nearestCounty),
// so the Voronoi cells are drawn in the same metric: longitudes scaled by cos(latitude) at the city's middle.
const K = Math.cos((29.1 * Math.PI) / 180);
const scale = (p: Position): Position => [(p[0] as number) * K, p[1] as number];
const unscale = (p: Position): Position => [
  Math.round(((p[0] as number) / K) * 1e5) / 1e5,
  Math.round((p[1] as number) * 1e5) / 1e5,
];

function mapRings(g: Polygon | MultiPolygon, f: (p: Position) => Position): Polygon | MultiPolygon {
  const ring = (r: Position[]) =>
    r.map(f).filter((p, i, a) => i === 0 || p[0] !== a[i - 1]?.[0] || p[1] !== a[i - 1]?.[1]);
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(ring)) };
}

export interface CountyArea {
  county: County;
  geometry: Polygon | MultiPolygon;
}

/** Voronoi cells of the county seats, clipped to CITY_OUTLINE: approximate county areas (示意). */
export function countyAreas(counties: readonly County[]): CountyArea[] {
  const seats = {
    type: 'FeatureCollection' as const,
    features: counties.map((c) => ({
      type: 'Feature' as const,
      properties: {},
      geometry: { type: 'Point' as const, coordinates: scale([c.lon, c.lat]) },
    })),
  };
  const cells = voronoi(seats, { bbox: [111.5 * K, 27.5, 115 * K, 30.5] });
  const outline: Feature<Polygon> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: [CITY_OUTLINE.map((p) => scale(p))] },
  };
  return counties.map((county, i) => {
    const cell = cells.features[i];
    if (!cell) throw new Error(`no Voronoi cell for ${county.name}`);
    const clipped = intersect({ type: 'FeatureCollection', features: [cell, outline] });
    if (!clipped) throw new Error(`${county.name}: cell outside the city outline`);
    return { county, geometry: mapRings(clipped.geometry, unscale) };
  });
}

const CITY_ADCODE = 430600;

/**
 * boundaries.geojson the way DataV.GeoAtlas writes a city's counties (standards.md §10): `adcode` a number (one
 * of them a string, as mixed files have), `level: "district"`, `parent: {"adcode": 430600}`, plus the ledger's own
 * 示意 / 数据来源 / 更新日期 columns and a GeoJSON-2008 `crs` member declaring CRS84 (WGS84), as QGIS writes it.
 */
export function boundariesGeoJson(rng: Rng, counties: readonly County[]): string {
  const features = countyAreas(counties).map(({ county, geometry }, i) =>
    JSON.stringify({
      type: 'Feature',
      properties: {
        // 屈原管理区 has no GB/T 2260 code; data/places gives its 统计用区划代码 430671, kept as text here
        adcode: county.adcode === '430671' ? county.adcode : Number(county.adcode),
        name: county.name,
        level: 'district',
        parent: { adcode: CITY_ADCODE },
        示意: '是',
        数据来源: SAMPLE_SOURCE,
        更新日期: i === 0 ? SAMPLE_DATA_VERSION : updatedDate(rng),
        备注: '由县级政府驻地的泰森多边形裁剪至城市示意轮廓生成，非官方界线',
      },
      geometry,
    }),
  );
  const head =
    '{"type":"FeatureCollection","name":"岳阳市县级行政区（示意）",' +
    '"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},"features":[\n';
  return `${head}${features.join(',\n')}\n]}\n`;
}
