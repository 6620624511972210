import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rect } from '../../src/data/fgb/types';
import { browserReadings, medianReady, type View } from './national-browser';
import { naiveGeojson, nationalPaths, readTimings } from './national-data';
import { timeQueries } from './national-queries';
import { ensureDist } from './preview-server';
import { type BenchRow, errorRow, fmt, median, row } from './report';

/**
 * Bench rows `n` (P2, national scale), from `npm run data:national`'s output. Without it: one row saying
 * "skipped: run npm run data:national" (generating and building a million rows takes minutes, so the bench never
 * does it by itself). Targets from the issue: first city view ≤ 2 s and ≤ 5 MB, ≥ 20× fewer bytes than the naive
 * GeoJSON, no main-thread task over 200 ms while panning, memory < 500 MB.
 */
export const NATIONAL_TARGET = {
  cityViewMs: 2_000,
  cityViewBytes: 5 * 1024 * 1024,
  bytesRatio: 20,
  longestTaskMs: 200,
  memoryMb: 500,
} as const;

/** 岳阳 at zoom 9.5 (city view, the features stream from 9): the sample's city, now inside the national data. */
export const NATIONAL_CITY_VIEW: View = { lon: 113.1, lat: 29.35, zoom: 9.5 };
/** the bench's city box (bench.ts CITY_RECT, 岳阳 1.9° × 1.5°) for the query rows */
const QUERY_RECT: Rect = { minX: 112.3, minY: 28.4, maxX: 114.2, maxY: 29.9 };

export const SKIPPED = 'skipped: run npm run data:national';

const MB = 1024 * 1024;
const mb = (b: number) => fmt(b / MB, 2);

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
  const manifest = JSON.parse(readFileSync(p.manifest, 'utf8')) as {
    layers: Record<string, { featureCount: number; bytes: number }>;
  };
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
  const built = Object.values(manifest.layers).reduce((n, l) => n + l.bytes, 0);
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
    const ms = medianReady(r.app);
    const dataBytes = median(r.app.map((a) => a.dataBytes));
    const last = r.app.at(-1);
    const feats = Object.entries(last?.features ?? {})
      .map(([l, n]) => `${l} ${n}`)
      .join(', ');
    const v = NATIONAL_CITY_VIEW;
    const out: BenchRow[] = [
      row({
        id: 'n',
        what: `first render, city view 岳阳 z${v.zoom} (?data=national, cold, median of ${opts.runs}); drawn: ${feats}`,
        value: fmt(ms, 0),
        unit: 'ms',
        target: `≤ ${NATIONAL_TARGET.cityViewMs}`,
        pass: ms <= NATIONAL_TARGET.cityViewMs,
      }),
      row({
        id: 'n',
        what: "  of which: navigation → last byte of the view's data served (the rest is drawing)",
        value: fmt(median(r.app.map((a) => a.dataDoneMs)), 0),
        unit: 'ms',
        target: '',
      }),
      row({
        id: 'n',
        what: '  of which: first layer-file request → last byte (the bbox streaming itself)',
        value: fmt(median(r.app.map((a) => a.streamMs)), 0),
        unit: 'ms',
        target: '',
      }),
      row({
        id: 'n',
        what: `  of which: main thread waiting for WebGL programs to compile and link (${last?.programs} programs; software GL, SwiftShader: a GPU does this in milliseconds)`,
        value: fmt(median(r.app.map((a) => a.shaderMs)), 0),
        unit: 'ms',
        target: '',
      }),
      row({
        id: 'n',
        what: `  first render less that wait (what a machine with a GPU would see, roughly)`,
        value: fmt(median(r.app.map((a) => a.readyMs - a.shaderMs)), 0),
        unit: 'ms',
        target: '',
      }),
      row({
        id: 'n',
        what: `  floor, same run and view: MapLibre alone drawing the same offline basemap (no app, no data), cold, to idle`,
        value: fmt(median(r.bare), 0),
        unit: 'ms',
        target: '',
      }),
      row({
        id: 'n',
        what: `  reference, same run and view: the 岳阳 sample (52 hazards, whole files): first render`,
        value: fmt(medianReady(r.sample), 0),
        unit: 'ms',
        target: '',
      }),
      row({
        id: 'n',
        what: `  data transferred for it (${last?.dataRequests} requests, ${last?.ranged} of them 206 Range; app JS/CSS/basemap ${mb(last?.appBytes ?? 0)} MB besides)`,
        value: mb(dataBytes),
        unit: 'MB',
        target: `≤ ${NATIONAL_TARGET.cityViewBytes / MB}`,
        pass: dataBytes <= NATIONAL_TARGET.cityViewBytes,
      }),
    ];
    if ('error' in r.naive) {
      out.push(
        errorRow(
          'n',
          `naive peer: ${naiveFile.features.toLocaleString('en-US')} hazard sources as one GeoJSON source`,
          new Error(r.naive.error),
        ),
      );
    } else {
      const ratio = r.naive.bytes / dataBytes;
      out.push(
        row({
          id: 'n',
          what: `naive peer, same view and run: whole hazard layer as one GeoJSON source (${naiveFile.features.toLocaleString('en-US')} features, id/name/level/grade only; with every property ${mb(naiveFile.fullBytes)} MB, past the browser's string limit)`,
          value: fmt(r.naive.readyMs, 0),
          unit: 'ms',
          target: '',
        }),
        row({ id: 'n', what: '  naive: bytes transferred', value: mb(r.naive.bytes), unit: 'MB', target: '' }),
        row({
          id: 'n',
          what: '  naive bytes ÷ city-view data bytes',
          value: fmt(ratio, 0),
          unit: '×',
          target: `≥ ${NATIONAL_TARGET.bytesRatio}`,
          pass: ratio >= NATIONAL_TARGET.bytesRatio,
        }),
        row({
          id: 'n',
          what: '  naive: peak memory, JS heap main thread / all threads (MapLibre workers) / renderer process RSS',
          value: `${fmt(r.naive.jsHeapPeakMb, 0)} / ${fmt(r.naive.allHeapsPeakMb, 0)} / ${fmt(r.naive.rssPeakMb, 0)}`,
          unit: 'MB',
          target: '',
        }),
      );
    }
    const pan = r.pan;
    out.push(
      row({
        id: 'n',
        what: `panning the city view: 12 pans, ${pan.reads} range reads; rAF frame time p50 / p95 / max (${pan.frames} frames)`,
        value: `${fmt(pan.p50, 0)} / ${fmt(pan.p95, 0)} / ${fmt(pan.maxFrame, 0)}`,
        unit: 'ms',
        target: '',
      }),
      row({
        id: 'n',
        what: `  longest main-thread task while panning (longtask observer; ${pan.tasksOver200} over 200 ms)`,
        value: fmt(pan.longestTask, 0),
        unit: 'ms',
        target: `≤ ${NATIONAL_TARGET.longestTaskMs}`,
        pass: pan.longestTask <= NATIONAL_TARGET.longestTaskMs,
      }),
      row({
        id: 'n',
        what: '  peak memory, app (load + panning): main-thread JS heap (CDP JSHeapUsedSize)',
        value: fmt(pan.jsHeapPeakMb, 0),
        unit: 'MB',
        target: `< ${NATIONAL_TARGET.memoryMb}`,
        pass: pan.jsHeapPeakMb < NATIONAL_TARGET.memoryMb,
      }),
      row({
        id: 'n',
        what: '  peak memory, app: JS heap of all threads (main + data worker + MapLibre workers, CDP Runtime.getHeapUsage)',
        value: fmt(pan.allHeapsPeakMb, 0),
        unit: 'MB',
        target: `< ${NATIONAL_TARGET.memoryMb}`,
        pass: pan.allHeapsPeakMb > 0 && pan.allHeapsPeakMb < NATIONAL_TARGET.memoryMb,
      }),
      row({
        id: 'n',
        what: `  peak memory, app: renderer process RSS (everything, fonts and canvases included; the sample app alone: ${fmt(r.sample.at(-1)?.rssPeakMb ?? 0, 0)} MB)`,
        value: fmt(pan.rssPeakMb, 0),
        unit: 'MB',
        target: '',
      }),
    );
    return out;
  });

  await attempt('queries', async () => {
    const q = await timeQueries(p, QUERY_RECT, hazardCount);
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
    ];
  });
  return rows;
}
