import type { Feature, Point } from 'geojson';
import { layerAggregates } from '../../scripts/lib/aggregates';
import { layerFgb } from '../../scripts/lib/fgb-output';
import type { LedgerTable } from '../../scripts/lib/ledger-table';
import { type BuiltFeature, processLayer } from '../../scripts/lib/process-layer';
import type { CsvCell } from '../../scripts/national/csv-writer';
import { FIRE_HEADERS, fireStationRecord } from '../../scripts/national/fire-stations';
import { HAZARD_HEADERS, hazardRecord } from '../../scripts/national/hazard-sources';
import { chinaPlaces } from '../../scripts/national/places';
import { protectedTargetRecord, TARGET_HEADERS } from '../../scripts/national/protected-targets';
import { jitter, PlaceSampler } from '../../scripts/national/sampler';
import { createRng, mulberry32, type Rng } from '../../scripts/sample/prng';
import type { LayerId } from '../../src/domain/layer-ids';

/**
 * National-style features for tests: rows from the national generator (population-weighted places, valid
 * GB 18218 inventories) converted by the data build's own processLayer, so every feature is what the build would
 * write and passes the app's propsSchema. Only the first TEMPLATES rows go through the build (the rest would
 * cost seconds): later features reuse a template's properties with their own id, name and generated position.
 * Seeded: the same call gives the same features.
 */
type RecordFn = (
  rng: Rng,
  n: number,
  pos: [number, number],
  updated: string,
  source: string,
) => Record<string, CsvCell>;

const GENERATORS: Partial<Record<LayerId, { headers: readonly string[]; record: RecordFn; prefix: string }>> = {
  'hazard-sources': { headers: HAZARD_HEADERS, record: hazardRecord, prefix: 'WXY' },
  'fire-stations': { headers: FIRE_HEADERS, record: fireStationRecord, prefix: 'XFZ' },
  'protected-targets': { headers: TARGET_HEADERS, record: protectedTargetRecord, prefix: 'FHMB' },
};

const TEMPLATES = 400;
let places: ReturnType<typeof chinaPlaces> | undefined;

export function nationalFeatures(layer: LayerId, count: number, seed: number): BuiltFeature[] {
  const gen = GENERATORS[layer];
  if (!gen) throw new Error(`no test generator for ${layer}`);
  places ??= chinaPlaces();
  const rng = createRng(seed, layer);
  const sampler = new PlaceSampler(places);
  const rows = [];
  for (let i = 1; i <= Math.min(count, TEMPLATES); i++) {
    const record = gen.record(rng, i, jitter(rng, sampler.pick(rng)), '2026-11-22', '示例数据（测试）');
    rows.push({ rowNumber: i + 1, cells: gen.headers.map((h) => String(record[h] ?? '')) });
  }
  const table: LedgerTable = { file: `${layer}.csv`, format: 'csv', headers: [...gen.headers], rows, sha256: '' };
  const outcome = processLayer(layer, table, 'CGCS2000');
  if (outcome.issues.length > 0) throw new Error(`fixture rows rejected: ${outcome.issues[0]?.reason}`);
  const out = [...outcome.features];
  for (let i = out.length + 1; i <= count; i++) {
    const template = out[i % TEMPLATES] as BuiltFeature;
    const [lon, lat] = jitter(rng, sampler.pick(rng));
    out.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [Number(lon.toFixed(5)), Number(lat.toFixed(5))] },
      properties: { ...template.properties, id: `${gen.prefix}-T${String(i).padStart(7, '0')}`, name: `测试点${i}` },
    });
  }
  return out;
}

export const fixtureFgb = (layer: LayerId, features: readonly BuiltFeature[]): Uint8Array =>
  layerFgb(layer, features, false);

export interface Rect {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Ids of the point features inside `rect`, edges included (what a bbox read must return), sorted. */
export function idsInRect(features: readonly Feature[], rect: Rect): string[] {
  return features
    .filter((f) => {
      const [x = Number.NaN, y = Number.NaN] = (f.geometry as Point).coordinates;
      return x >= rect.minX && x <= rect.maxX && y >= rect.minY && y <= rect.maxY;
    })
    .map((f) => String(f.properties?.id))
    .sort();
}

/** mulberry32 (the generators' own), for picking test views */
export const seeded = mulberry32;

/** `[lon, lat]` of a point feature (NaN when there is none, which a test then reports). */
export function coordsOf(f: Feature | undefined): [number, number] {
  const c = f?.geometry?.type === 'Point' ? f.geometry.coordinates : [];
  return [c[0] ?? Number.NaN, c[1] ?? Number.NaN];
}

/**
 * A national-style dataset of one streamed hazard layer as a server holds it: the indexed file, its grid levels
 * (the build's own aggregates) and a manifest listing them, plus whatever `more` entries and files a test adds.
 */
export function streamedHazardDataset(count: number, seed: number) {
  const hazards = nationalFeatures('hazard-sources', count, seed);
  const agg = layerAggregates('hazard-sources', hazards);
  const files = new Map<string, Uint8Array>([['hazard-sources.fgb', fixtureFgb('hazard-sources', hazards)]]);
  for (const [name, bytes] of agg?.files ?? []) files.set(name, bytes);
  const manifest = {
    schemaVersion: 1,
    dataVersion: '2026-11-22',
    synthetic: true,
    public: false,
    layers: {
      'hazard-sources': {
        file: 'hazard-sources.fgb',
        featureCount: hazards.length,
        bytes: files.get('hazard-sources.fgb')?.byteLength,
        aggregates: agg?.entry,
      },
    } as Record<string, object>,
  };
  return { hazards, agg, files, manifest };
}
