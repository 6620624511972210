import type { Rng } from '../sample/prng';
import type { Place } from './places';

export type LonLat = [number, number];

/**
 * Draws places with probability proportional to population (a cumulative table + binary search: O(log n) a draw
 * for a million draws), then a point around the place: a 2-D Gaussian whose spread grows with the square root of
 * the population, since a big city's built-up area, and its industry, reach further out.
 */
export class PlaceSampler {
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(
    readonly places: readonly Place[],
    weight: (p: Place) => number = (p) => p.population,
  ) {
    if (places.length === 0) throw new Error('PlaceSampler: no places');
    this.cumulative = new Float64Array(places.length);
    let sum = 0;
    places.forEach((p, i) => {
      sum += Math.max(0, weight(p));
      this.cumulative[i] = sum;
    });
    if (!(sum > 0)) throw new Error('PlaceSampler: all weights are zero');
    this.total = sum;
  }

  pick(rng: Rng): Place {
    const r = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] as number) > r) hi = mid;
      else lo = mid + 1;
    }
    return this.places[lo] as Place;
  }
}

/** Spread (1 σ, km) of points around a place: 2 km for a small town, ~6 km for a 1M city, ~21 km for Shanghai. */
export const spreadKm = (population: number, factor = 1): number => factor * (2 + 4 * Math.sqrt(population / 1e6));

const KM_PER_DEG_LAT = 111.2;

/** A Gaussian point around `p` (σ = spreadKm), cut at 3 σ so no point lands absurdly far from its place. */
export function jitter(rng: Rng, p: Place, factor = 1): LonLat {
  const sigma = spreadKm(p.population, factor);
  let dx = 0;
  let dy = 0;
  do {
    // Box–Muller
    const u = 1 - rng.next();
    const v = rng.next();
    const r = Math.sqrt(-2 * Math.log(u));
    dx = r * Math.cos(2 * Math.PI * v);
    dy = r * Math.sin(2 * Math.PI * v);
  } while (dx * dx + dy * dy > 9);
  const lat = p.lat + (dy * sigma) / KM_PER_DEG_LAT;
  const lon = p.lon + (dx * sigma) / (KM_PER_DEG_LAT * Math.cos((p.lat * Math.PI) / 180));
  return [lon, lat];
}

/** `p` moved `km` towards `bearingDeg` (clockwise from north), on the same local flat approximation as jitter. */
export function offsetKm([lon, lat]: LonLat, km: number, bearingDeg: number): LonLat {
  const b = (bearingDeg * Math.PI) / 180;
  return [
    lon + (km * Math.sin(b)) / (KM_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180)),
    lat + (km * Math.cos(b)) / KM_PER_DEG_LAT,
  ];
}

export const fmtCoord = (deg: number): string => deg.toFixed(5);
