import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rect } from '../../src/data/fgb/types';
import { parseManifest } from '../../src/data/manifest';
import { browserReadings } from './national-browser';
import { cityViewRows } from './national-city-view-rows';
import { naiveGeojson, nationalPaths, readTimings } from './national-data';
import { timeQueries } from './national-queries';
import { MB, mb, NATIONAL_CITY_VIEW } from './national-targets';
import { ensureDist } from './preview-server';
import { type BenchRow, errorRow, fmt, row } from './report';

/**
 * Bench rows `n` (P2, national scale), from `npm run data:national`'s output. Without it: one row saying
 * "skipped: run npm run data:national" (generating and building a million rows takes minutes, so the bench never
 * does it by itself). Targets from the issue: first city view ≤ 2 s and ≤ 5 MB, ≥ 20× fewer bytes than the naive
 * GeoJSON, no main-thread task over 200 ms while panning, memory < 500 MB.
 */
/** the bench's city box (bench.ts CITY_RECT, 岳阳 1.9° × 1.5°) for the query rows */
const QUERY_RECT: Rect = { minX: 112.3, minY: 28.4, maxX: 114.2, maxY: 29.9 };

export const SKIPPED = 'skipped: run npm run data:national';

/** dist/ must carry the national switch (a dist/ built before it would measure the old app). */
function checkDist(root: string): void {
  const assets = join(root, 'dist', 'assets');
  const has =
    existsSync(assets) &&
    readdirSync(assets).some(
      (f) => f.endsWith('.js') && readFileSync(join(assets, f), 'utf8').includes('riskatlas-data'),
    );
  if (!has) throw new Error('dist/ predates the national data switch: run `npx vite build` first');
}

export async function nationalRows(opts: {
  root: string;
  dir: string;
  runs: number;
  log: (s: string) => void;
}): Promise<BenchRow[]> {
  const p = nationalPaths(opts.dir);
  if (!existsSync(p.manifest)) {
    return [row({ id: 'n', what: `national scale (${p.built})`, value: SKIPPED, unit: '', target: '' })];
  }
  const manifest = parseManifest(readFileSync(p.manifest, 'utf8'));
  const hazardCount = manifest.layers['hazard-sources']?.featureCount ?? 0;
  const rows: BenchRow[] = [];
  const attempt = async (what: string, fn: () => Promise<BenchRow[]>) => {
    try {
      rows.push(...(await fn()));
    } catch (e) {
      rows.push(errorRow('n', what, e));
    }
  };

  // build: recorded by the generator (it is the measurement: the bench does not re-run a multi-minute build)
  const t = readTimings(p);
  const counts = Object.entries(manifest.layers).map(([l, m]) => `${l} ${m.featureCount.toLocaleString('en-US')}`);
  rows.push(
    row({
      id: 'n',
      what: `data build (runBuild), national: ${counts.join(', ')}; from timings.json`,
      value: t?.buildMs ? fmt(t.buildMs / 1000, 1) : 'not recorded',
      unit: 's',
      target: '',
    }),
  );
  if (t?.buildCpuMs) {
    rows.push(
      row({
        id: 'n',
        what: 'data build CPU time (user + system)',
        value: fmt(t.buildCpuMs / 1000, 1),
        unit: 's',
        target: '',
      }),
    );
  }
  if (t?.maxRssBytes) {
    rows.push(
      row({
        id: 'n',
        what: 'data build peak resident memory',
        value: fmt(t.maxRssBytes / MB / 1024, 2),
        unit: 'GB',
        target: '',
      }),
    );
  }
  const built = Object.values(manifest.layers).reduce((n, l) => n + (l.bytes ?? 0), 0);
  rows.push(
    row({
      id: 'n',
      what: 'built FlatGeobuf, all layers (aggregates not included)',
      value: mb(built),
      unit: 'MB',
      target: '',
    }),
  );

  await attempt('city view vs naive GeoJSON (browser)', async () => {
    await ensureDist(opts.root);
    checkDist(opts.root);
    const naiveFile = await naiveGeojson(p, opts.log);
    const r = await browserReadings({
      root: opts.root,
      paths: p,
      naive: naiveFile,
      view: NATIONAL_CITY_VIEW,
      runs: opts.runs,
      log: opts.log,
    });
    return cityViewRows(r, naiveFile, opts.runs);
  });

  await attempt('queries', async () => {
    const q = await timeQueries(p, QUERY_RECT, hazardCount, manifest.layers['hazard-sources']?.search ?? null);
    const v = q.view;
    return [
      row({
        id: 'n',
        what: `data worker API over a city box read by bbox (${v.hazards} hazards, ${v.stations} stations, ${v.targets} targets; read ${fmt(v.readMs, 0)} ms): 10 nearest hazards`,
        value: fmt(q.knnMs, 3),
        unit: 'ms/query',
        target: '',
      }),
      row({
        id: 'n',
        what: '  nearest fire station (exact geodesic)',
        value: fmt(q.nearestStationMs, 3),
        unit: 'ms/query',
        target: '',
      }),
      row({
        id: 'n',
        what: '  protected targets within 500 / 1000 / 3000 m',
        value: fmt(q.radiiMs, 3),
        unit: 'ms/query',
        target: '',
      }),
      row({
        id: 'n',
        what: '  siting check (学校, 1200 people) against every hazard layer',
        value: fmt(q.sitingMs, 3),
        unit: 'ms/query',
        target: '',
      }),
      row({
        id: 'n',
        what: `all ${q.national.points.toLocaleString('en-US')} hazard positions (from the R-tree leaves, ${fmt(q.national.loadMs, 0)} ms) in kdbush: index build`,
        value: fmt(q.national.indexMs, 0),
        unit: 'ms',
        target: '',
      }),
      row({
        id: 'n',
        what: `  10 nearest of 1M (geokdbush, ${q.national.queries.toLocaleString('en-US')} queries)`,
        value: fmt(q.national.knnUs, 1),
        unit: 'µs/query',
        target: '',
      }),
      ...(q.search
        ? [
            row({
              id: 'n',
              what: `search box over the hazards' name and 编号 index (${q.search.records.toLocaleString('en-US')} records; ${q.search.queries} queries, exact 编号 and 2-character name prefixes, ${fmt(q.search.hits, 1)} hits each, HTTP Range): time per query`,
              value: fmt(q.search.ms, 1),
              unit: 'ms/query',
              target: '',
            }),
            row({
              id: 'n',
              what: `  bytes read per query (and once, before the first: the block list, ${fmt(q.search.blockListKb, 0)} KB)`,
              value: fmt(q.search.kb, 1),
              unit: 'KB/query',
              target: '',
            }),
          ]
        : []),
    ];
  });
  return rows;
}
