import { area } from '@turf/area';
import type { Polygon } from 'geojson';
import { provenance } from './common';
import { type County, countyByName, type LonLat, offsetM, pointInRing } from './geo';
import type { Rng } from './prng';

export interface Park {
  id: string;
  name: string;
  county: County;
  center: LonLat;
  /** closed exterior ring, counter-clockwise (RFC 7946), coordinates rounded to 5 decimals */
  ring: LonLat[];
  areaKm2: number;
  props: Record<string, string | number>;
}

/**
 * Parks named in public plans (云溪/长岭 is the 岳阳绿色化工高新区 of seed 003); outlines, scores and status are
 * invented, hence "（示例）" in every name. Scores spread A–D (修订版导则 bands): mostly C/D, one B, one A.
 */
const PARK_SPECS = [
  {
    name: '岳阳绿色化工产业园·云溪片区（示例）',
    county: '云溪区',
    center: [113.3, 29.455],
    radiusM: 2600,
    score: 76.5,
    recognition: '已认定',
  },
  {
    name: '临湘工业园·滨江片区（示例）',
    county: '临湘市',
    center: [113.4, 29.57],
    radiusM: 1600,
    score: 64,
    recognition: '未认定',
  },
  {
    name: '华容工业园（示例）',
    county: '华容县',
    center: [112.575, 29.515],
    radiusM: 1300,
    score: 87.5,
    recognition: '已认定',
  },
  {
    name: '汨罗循环经济产业园（示例）',
    county: '汨罗市',
    center: [113.095, 28.835],
    radiusM: 1700,
    score: 81,
    recognition: '已认定',
  },
  {
    name: '湘阴工业园（示例）',
    county: '湘阴县',
    center: [112.935, 28.705],
    radiusM: 1300,
    score: 57.5,
    recognition: '未认定',
  },
] as const;

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

/** A star-shaped ring (angles increase → counter-clockwise, never self-intersecting) of 10–14 vertices. */
function irregularRing(rng: Rng, center: LonLat, radiusM: number): LonLat[] {
  const n = rng.int(10, 14);
  const ring: LonLat[] = [];
  for (let i = 0; i < n; i++) {
    const t = ((i + rng.range(-0.3, 0.3)) / n) * 2 * Math.PI;
    const r = radiusM * rng.range(0.78, 1.2);
    const p = offsetM(center, r * Math.cos(t), r * Math.sin(t));
    ring.push([round5(p[0]), round5(p[1])]);
  }
  const first = ring[0] as LonLat;
  ring.push([first[0], first[1]]);
  return ring;
}

export function generateParks(rng: Rng, counties: readonly County[]): Park[] {
  return PARK_SPECS.map((spec, i) => {
    const id = `HGYQ-${String(i + 1).padStart(2, '0')}`;
    const county = countyByName(counties, spec.county);
    const center: LonLat = [spec.center[0], spec.center[1]];
    const ring = irregularRing(rng, center, spec.radiusM);
    const geometry: Polygon = { type: 'Polygon', coordinates: [ring] };
    const geomKm2 = area(geometry) / 1e6;
    // A declared planning area, close to but not equal to the drawn outline (the build checks ±10 %).
    const areaKm2 = Math.round(geomKm2 * rng.range(0.96, 1.04) * 100) / 100;
    const props = {
      编号: id,
      名称: spec.name,
      行政区划代码: county.adcode,
      安全风险评估得分: spec.score,
      认定状态: spec.recognition,
      '面积(km²)': areaKm2,
      ...provenance(rng, i),
    };
    return { id, name: spec.name, county, center, ring, areaKm2: geomKm2, props };
  });
}

export const inPark = (park: Park, p: LonLat): boolean => pointInRing(p, park.ring);

/** One feature per line: diffable, and still a valid GeoJSON FeatureCollection. */
export function parksGeoJson(parks: readonly Park[]): string {
  const features = parks.map((p) =>
    JSON.stringify({ type: 'Feature', properties: p.props, geometry: { type: 'Polygon', coordinates: [p.ring] } }),
  );
  return `{"type":"FeatureCollection","features":[\n${features.join(',\n')}\n]}\n`;
}
