import area from '@turf/area';
import type { Polygon } from 'geojson';
import type { Rng } from '../sample/prng';

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;
const M_PER_DEG_LAT = 111_200;

/** A star-shaped ring (angles increase: counter-clockwise, never self-intersecting) of 10–14 vertices. */
function irregularRing(rng: Rng, [lon, lat]: [number, number], radiusM: number): [number, number][] {
  const n = rng.int(10, 14);
  const ring: [number, number][] = [];
  const mPerDegLon = M_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180);
  for (let i = 0; i < n; i++) {
    const t = ((i + rng.range(-0.3, 0.3)) / n) * 2 * Math.PI;
    const r = radiusM * rng.range(0.78, 1.2);
    ring.push([round5(lon + (r * Math.cos(t)) / mPerDegLon), round5(lat + (r * Math.sin(t)) / M_PER_DEG_LAT)]);
  }
  const first = ring[0] as [number, number];
  ring.push([first[0], first[1]]);
  return ring;
}

/** One park as a GeoJSON ledger feature (Chinese property names, as a GIS export would carry them). */
export function chemicalParkFeature(
  rng: Rng,
  n: number,
  centre: [number, number],
  updated: string,
  source: string,
): string {
  const geometry: Polygon = { type: 'Polygon', coordinates: [irregularRing(rng, centre, rng.range(700, 2600))] };
  const geomKm2 = area(geometry) / 1e6;
  const props = {
    编号: `HGYQ-${String(n).padStart(4, '0')}`,
    名称: `化工园区${n}（示例）`,
    安全风险评估得分: Math.round(rng.range(35, 95) * 2) / 2,
    认定状态: rng.chance(0.7) ? '已认定' : '未认定',
    // a declared planning area close to, not equal to, the drawn outline (the build allows ±20 %)
    '面积(km²)': Math.round(geomKm2 * rng.range(0.96, 1.04) * 100) / 100,
    数据来源: source,
    更新日期: updated,
  };
  return JSON.stringify({ type: 'Feature', properties: props, geometry });
}
