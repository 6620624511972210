import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { distance } from '@turf/distance';
import { updatedDate } from '../sample/common';
import { createRng, type Rng } from '../sample/prng';
import { chemicalParkFeature } from './chemical-parks';
import { type CsvCell, CsvWriter } from './csv-writer';
import { FIRE_HEADERS, fireStationRecord, NEAR_PARK_KM, rescueBaseCount, rescueBaseRecord } from './fire-stations';
import { HAZARD_HEADERS, hazardRecord } from './hazard-sources';
import { chinaPlaces, type Place } from './places';
import { protectedTargetRecord, TARGET_HEADERS } from './protected-targets';
import { jitter, type LonLat, offsetKm, PlaceSampler } from './sampler';
import { TAILINGS_HEADERS, tailingsRecord } from './tailings-ponds';

/** The national scale (P2): a million risk points and the layers around them. */
export const NATIONAL_COUNTS = {
  'hazard-sources': 1_000_000,
  'tailings-ponds': 8_000,
  'chemical-parks': 700,
  'fire-stations': 10_000,
  'protected-targets': 200_000,
} as const;

export type NationalLayer = keyof typeof NATIONAL_COUNTS;
export const DEFAULT_NATIONAL_SEED = 20_250_601;
/** Marks every row as synthetic: the manifest's `synthetic` flag keys on 示例数据. */
export const NATIONAL_SOURCE = '示例数据（模拟，全国规模）';

export interface GenerateOptions {
  outDir: string;
  seed?: number;
  /** multiplies every count (tests and the e2e run use a small fraction); at least 1 row a layer */
  scale?: number;
  places?: readonly Place[];
}

export interface GeneratedLayer {
  layer: NationalLayer;
  file: string;
  rows: number;
  bytes: number;
  ms: number;
}

type RecordFn = (
  rng: Rng,
  n: number,
  pos: [number, number],
  updated: string,
  source: string,
) => Record<string, CsvCell>;

interface PointLayerPlan {
  layer: Exclude<NationalLayer, 'chemical-parks'>;
  headers: readonly string[];
  record: RecordFn;
  /** where the layer's points gather: weight of a place and spread around it (× spreadKm) */
  weight: (p: Place) => number;
  spread: number;
}

// Risk points, stations and targets follow population; tailings ponds follow it loosely (√population) and lie
// further out, since mines are in the hills around towns rather than in them.
const POINT_LAYERS: readonly PointLayerPlan[] = [
  { layer: 'hazard-sources', headers: HAZARD_HEADERS, record: hazardRecord, weight: (p) => p.population, spread: 1 },
  {
    layer: 'tailings-ponds',
    headers: TAILINGS_HEADERS,
    record: tailingsRecord,
    weight: (p) => Math.sqrt(p.population),
    spread: 3,
  },
  {
    layer: 'fire-stations',
    headers: FIRE_HEADERS,
    record: fireStationRecord,
    weight: (p) => p.population,
    spread: 0.8,
  },
  {
    layer: 'protected-targets',
    headers: TARGET_HEADERS,
    record: protectedTargetRecord,
    weight: (p) => p.population,
    spread: 1,
  },
];

/** Whether any of `centres` lies within `km` of `p`: a latitude test first (0.01° ≈ 1.1 km, so none within `km`
 * fails it), then the distance; 700 parks × 10,000 stations is fast enough without an index. */
const nearAny = (centres: readonly LonLat[], p: LonLat, km: number): boolean =>
  centres.some((c) => Math.abs(c[1] - p[1]) < km / 100 && distance(c, p, { units: 'kilometers' }) <= km);

const countOf = (layer: NationalLayer, scale: number) => Math.max(1, Math.round(NATIONAL_COUNTS[layer] * scale));

/** The chemical parks (GeoJSON outlines), at the edge of bigger places (by population, 1.5 × the usual spread). */
function writeParks(
  outDir: string,
  seed: number,
  scale: number,
  places: readonly Place[],
): { parks: GeneratedLayer; parkCentres: LonLat[] } {
  const t0 = performance.now();
  const rng = createRng(seed, 'chemical-parks');
  const sampler = new PlaceSampler(places);
  const parkCentres: LonLat[] = [];
  const features: string[] = [];
  for (let i = 1; i <= countOf('chemical-parks', scale); i++) {
    const centre = jitter(rng, sampler.pick(rng), 1.5);
    parkCentres.push(centre);
    features.push(chemicalParkFeature(rng, i, centre, i === 1 ? '2026-11-22' : updatedDate(rng), NATIONAL_SOURCE));
  }
  const text = `{"type":"FeatureCollection","features":[\n${features.join(',\n')}\n]}\n`;
  const file = 'chemical-parks.geojson';
  writeFileSync(join(outDir, file), text);
  const parks: GeneratedLayer = {
    layer: 'chemical-parks',
    file,
    rows: parkCentres.length,
    bytes: Buffer.byteLength(text),
    ms: performance.now() - t0,
  };
  return { parks, parkCentres };
}

/**
 * Writes the national ledgers (CSV, GeoJSON for the park outlines) into `outDir`: seeded, so the same seed and
 * scale give byte-identical files. Every layer draws from its own random stream (createRng labels), so changing
 * one layer's generator leaves the others as they were.
 */
export function generateNational(opts: GenerateOptions): GeneratedLayer[] {
  const seed = opts.seed ?? DEFAULT_NATIONAL_SEED;
  const scale = opts.scale ?? 1;
  const places = opts.places ?? chinaPlaces();
  mkdirSync(opts.outDir, { recursive: true });
  const out: GeneratedLayer[] = [];

  // parks first: the fire stations put their 危化 rescue bases beside some of them
  const { parks, parkCentres } = writeParks(opts.outDir, seed, scale, places);

  for (const plan of POINT_LAYERS) {
    const t0 = performance.now();
    const rng = createRng(seed, plan.layer);
    const sampler = new PlaceSampler(places, plan.weight);
    const file = `${plan.layer}.csv`;
    const w = new CsvWriter(join(opts.outDir, file), plan.headers);
    const total = countOf(plan.layer, scale);
    // the layer's count holds the rescue bases too, so it stays the number
    const bases = plan.layer === 'fire-stations' ? Math.min(total, rescueBaseCount(parkCentres.length)) : 0;
    const record: RecordFn =
      plan.layer === 'fire-stations'
        ? (r, n, pos, updated, source) =>
            fireStationRecord(r, n, pos, updated, source, nearAny(parkCentres, pos, NEAR_PARK_KM))
        : plan.record;
    let i = 1;
    for (; i <= total - bases; i++) {
      const pos: LonLat = jitter(rng, sampler.pick(rng), plan.spread);
      // the first row carries the latest date, so every layer alone gives the same dataVersion
      const updated = i === 1 ? '2026-11-22' : updatedDate(rng);
      w.add(record(rng, i, pos, updated, NATIONAL_SOURCE));
    }
    // every PARKS_PER_RESCUE_BASE-th park gets a base 2–4 km from its centre (outside its 0.7–2.6 km outline)
    for (let b = 0; b < bases; i++, b++) {
      const park = Math.floor((b * parkCentres.length) / bases);
      const at = offsetKm(parkCentres[park] as LonLat, rng.range(2, 4), rng.range(0, 360));
      w.add(rescueBaseRecord(rng, i, at, park + 1, i === 1 ? '2026-11-22' : updatedDate(rng), NATIONAL_SOURCE));
    }
    w.close();
    out.push({ layer: plan.layer, file, rows: w.rows, bytes: w.bytes, ms: performance.now() - t0 });
  }
  out.push(parks);
  return out;
}
