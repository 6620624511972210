import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, Position } from 'geojson';
import { around } from 'geokdbush';
import KDBush from 'kdbush';
import type { Rect } from '../../src/data/fgb/types';
import type { ManifestLayer } from '../../src/data/manifest';
import { searchLayerIndex } from '../../src/data/search-index';
import { createAnalysis } from '../../src/data/worker/analysis';
import { createDataApi } from '../../src/data/worker/data-api';
import type { LayerId } from '../../src/domain/layer-ids';
import { mulberry32 } from '../sample/prng';
import { fgbPointsFromIndex, type NationalPaths } from './national-data';
import { type Served, serveStatic } from './national-server';

/**
 * Query timings with the data worker's own functions (src/data/worker/data-api.ts, run here in node: the same
 * code the worker runs), over what the app holds in a city view, read from the national files over HTTP exactly as
 * the app reads them; plus a k-nearest search over all one million hazard positions, to show the index scales.
 */
export interface QueryReadings {
  view: { hazards: number; stations: number; targets: number; readMs: number };
  knnMs: number;
  nearestStationMs: number;
  radiiMs: number;
  sitingMs: number;
  queries: number;
  national: { points: number; loadMs: number; indexMs: number; knnUs: number; queries: number };
  /** the search box over the hazard layer's name and 编号 index (src/data/search-index.ts), by HTTP Range */
  search: { records: number; blockListKb: number; queries: number; ms: number; kb: number; hits: number } | null;
}

const sitesIn = (rect: Rect, n: number, seed: number): Position[] => {
  const r = mulberry32(seed);
  return Array.from({ length: n }, () => [
    rect.minX + r() * (rect.maxX - rect.minX),
    rect.minY + r() * (rect.maxY - rect.minY),
  ]);
};

const per = (n: number, f: () => void): number => {
  const t0 = performance.now();
  f();
  return (performance.now() - t0) / n;
};

export async function timeQueries(
  p: NationalPaths,
  cityRect: Rect,
  hazardCount: number,
  hazardIndex: ManifestLayer['search'] | null,
): Promise<QueryReadings> {
  const server = await serveStatic([{ prefix: '/national/', dir: p.built }]);
  const debug = console.debug;
  console.debug = () => {};
  try {
    const api = createDataApi();
    const url = (f: string) => `${server.url}/national/${f}`;
    const t0 = performance.now();
    const [hz, fs, pt] = await Promise.all([
      api.readLayerBBox(1, 'hazard-sources', url('hazard-sources.fgb'), cityRect),
      api.readLayerBBox(2, 'fire-stations', url('fire-stations.fgb'), cityRect),
      api.readLayerBBox(3, 'protected-targets', url('protected-targets.fgb'), cityRect),
    ]);
    const readMs = performance.now() - t0;
    // the worker's analysis module itself, over the features the worker read (called directly so each query is
    // timed, not the promise around it)
    const byLayer: Partial<Record<LayerId, Feature[]>> = {
      'hazard-sources': hz.valid,
      'fire-stations': fs.valid,
      'protected-targets': pt.valid,
    };
    const analysis = createAnalysis((l) => byLayer[l] ?? []);
    const Q = 1_000;
    const sites = sitesIn(cityRect, Q, 42);
    // first call of each builds its index (once per loaded view): included, amortised over the queries
    const knnMs = per(Q, () => {
      for (const s of sites) analysis.kNearest('hazard-sources', s, 10);
    });
    const nearestStationMs = per(Q, () => {
      for (const s of sites) analysis.nearestFireStation(s);
    });
    const radiiMs = per(Q, () => {
      for (const s of sites) analysis.targetsWithinRadii(s, [500, 1000, 3000]);
    });
    const S = 200;
    const sitingMs = per(S, () => {
      for (const s of sites.slice(0, S)) {
        analysis.checkSiting({
          site: { type: 'Point', coordinates: s },
          development: { category: '学校', people: 1200 },
        });
      }
    });

    // all 1,000,000 hazard positions, from the file's R-tree leaves
    const l0 = performance.now();
    const xy = await fgbPointsFromIndex(join(p.built, 'hazard-sources.fgb'), hazardCount);
    const loadMs = performance.now() - l0;
    const i0 = performance.now();
    const kd = new KDBush(hazardCount);
    for (let i = 0; i < hazardCount; i++) kd.add(xy[2 * i] as number, xy[2 * i + 1] as number);
    kd.finish();
    const indexMs = performance.now() - i0;
    const NQ = 10_000;
    const national = sitesIn({ minX: 100, minY: 22, maxX: 122, maxY: 40 }, NQ, 7);
    const knnUs =
      per(NQ, () => {
        for (const [x, y] of national) around(kd, x as number, y as number, 10);
      }) * 1000;
    const search = hazardIndex ? await timeSearch(p, hazardIndex, url, server.log) : null;
    return {
      view: { hazards: hz.valid.length, stations: fs.valid.length, targets: pt.valid.length, readMs },
      knnMs,
      nearestStationMs,
      radiiMs,
      sitingMs,
      queries: Q,
      national: { points: hazardCount, loadMs, indexMs, knnUs, queries: NQ },
      search,
    };
  } finally {
    console.debug = debug;
    await server.close();
  }
}

/**
 * Search queries as the search box makes them on the hazard layer's index: half exact 编号, half the first two
 * characters of a name (taken from the block list's first keys), one after another over HTTP, after the block list
 * was read once (its size reported apart).
 */
async function timeSearch(
  p: NationalPaths,
  entry: NonNullable<ManifestLayer['search']>,
  url: (f: string) => string,
  log: readonly Served[],
): Promise<QueryReadings['search']> {
  const urls = { file: url(entry.file), blocks: url(entry.blocksFile) };
  const from = log.length;
  await searchLayerIndex('hazard-sources', urls, '\u0000', 10);
  const blockListKb =
    log
      .slice(from)
      .filter((s) => s.path.endsWith(entry.blocksFile))
      .reduce((n, s) => n + s.bytes, 0) / 1024;
  const { blocks } = JSON.parse(readFileSync(join(p.built, entry.blocksFile), 'utf8')) as { blocks: [string][] };
  const r = mulberry32(11);
  const names = blocks.map((b) => b[0]).filter((k) => !k.startsWith('wxy-'));
  const queries: string[] = [];
  for (let i = 0; i < 25; i++) queries.push(`WXY-${String(1 + Math.floor(r() * 999_999)).padStart(7, '0')}`);
  for (let i = 0; i < 25; i++) queries.push((names[Math.floor(r() * names.length)] ?? '化工').slice(0, 2));
  const at = log.length;
  let hits = 0;
  const t0 = performance.now();
  for (const q of queries) hits += (await searchLayerIndex('hazard-sources', urls, q, 10)).length;
  const ms = (performance.now() - t0) / queries.length;
  const kb = log.slice(at).reduce((n, s) => n + s.bytes, 0) / 1024 / queries.length;
  return { records: entry.records, blockListKb, queries: queries.length, ms, kb, hits: hits / queries.length };
}
