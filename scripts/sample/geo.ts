import { readFileSync } from 'node:fs';
import type { Rng } from './prng';

export type LonLat = [number, number];

export interface County {
  name: string;
  adcode: string;
  seat: string;
  lon: number;
  lat: number;
}

/** County seats are the anchor of every synthetic position (data/places is WGS84, ±1–2 km). */
export function loadCounties(): County[] {
  const url = new URL('../../data/places/yueyang-county-seats.json', import.meta.url);
  const json = JSON.parse(readFileSync(url, 'utf8')) as { counties: County[] };
  return json.counties.map(({ name, adcode, seat, lon, lat }) => ({ name, adcode, seat, lon, lat }));
}

export function countyByName(counties: readonly County[], name: string): County {
  const c = counties.find((x) => x.name === name);
  if (!c) throw new Error(`unknown county ${name}`);
  return c;
}

const M_PER_DEG_LAT = 111_320;
const mPerDegLon = (lat: number) => M_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180);

/** Equirectangular distance: plenty for a 200 km wide city, and cheaper to reason about than geodesics. */
export function distanceM(a: LonLat, b: LonLat): number {
  const dx = (a[0] - b[0]) * mPerDegLon((a[1] + b[1]) / 2);
  const dy = (a[1] - b[1]) * M_PER_DEG_LAT;
  return Math.hypot(dx, dy);
}

export function offsetM(p: LonLat, eastM: number, northM: number): LonLat {
  return [p[0] + eastM / mPerDegLon(p[1]), p[1] + northM / M_PER_DEG_LAT];
}

/** 行政区划代码 by nearest county seat: the rule the brief asks for (no boundary polygons exist yet). */
export function nearestCounty(counties: readonly County[], p: LonLat): County {
  let best: County | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const c of counties) {
    const d = distanceM(p, [c.lon, c.lat]);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  if (!best) throw new Error('no counties');
  return best;
}

export function pointInRing(p: LonLat, ring: readonly LonLat[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i] as LonLat;
    const b = ring[j] as LonLat;
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

/**
 * Rough outlines of 东洞庭湖 and 南洞庭湖 (the lake spans ~112.6–113.1E, 28.9–29.4N). Deliberately generous:
 * their only job is to keep synthetic sites off the water, not to draw the shoreline.
 */
const LAKE_RINGS: readonly (readonly LonLat[])[] = [
  [
    [112.8, 29.43],
    [113.05, 29.42],
    [113.085, 29.365],
    [113.06, 29.2],
    [113.02, 29.05],
    [112.92, 28.97],
    [112.8, 29.05],
    [112.74, 29.25],
  ],
  [
    [112.55, 29.05],
    [112.8, 29.05],
    [112.92, 28.96],
    [112.95, 28.885],
    [112.85, 28.858],
    [112.65, 28.88],
    [112.5, 28.95],
  ],
];

export const inLake = (p: LonLat): boolean => LAKE_RINGS.some((ring) => pointInRing(p, ring));

/** Uniform-in-area point in an annulus around `c`, re-drawn until it is on land. */
export function pointAround(rng: Rng, c: LonLat, minM: number, maxM: number): LonLat {
  for (let tries = 0; tries < 1000; tries++) {
    const r = Math.sqrt(rng.range(minM * minM, maxM * maxM));
    const t = rng.range(0, 2 * Math.PI);
    const p = offsetM(c, r * Math.cos(t), r * Math.sin(t));
    if (!inLake(p)) return p;
  }
  throw new Error(`no land point around ${c.join(',')}`);
}

/** Rejection sampling in a lon/lat box, with a minimum spacing to the points already placed. */
export function pointInBox(
  rng: Rng,
  box: { minLon: number; maxLon: number; minLat: number; maxLat: number },
  taken: readonly LonLat[],
  minSpacingM: number,
  accept: (p: LonLat) => boolean = () => true,
): LonLat {
  for (let tries = 0; tries < 5000; tries++) {
    const p: LonLat = [rng.range(box.minLon, box.maxLon), rng.range(box.minLat, box.maxLat)];
    if (inLake(p) || !accept(p)) continue;
    if (taken.every((q) => distanceM(p, q) >= minSpacingM)) return p;
  }
  throw new Error('pointInBox: box too crowded');
}

/** 5 decimals ≈ 1 m: the precision ledgers usually carry. */
export const fmtCoord = (deg: number): string => deg.toFixed(5);

/** `113°05'12.3"`: the DMS style agencies copy from survey sheets (data-contract.md accepts it). */
export function toDms(deg: number): string {
  const tenths = Math.round(Math.abs(deg) * 36000);
  const d = Math.floor(tenths / 36000);
  const m = Math.floor((tenths % 36000) / 600);
  const s = (tenths % 600) / 10;
  const sign = deg < 0 ? '-' : '';
  return `${sign}${d}°${String(m).padStart(2, '0')}'${s.toFixed(1).padStart(4, '0')}"`;
}
