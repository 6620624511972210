import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { BARE_PAGE, bareReadings, basemapStyleOf } from './bare-map';
import { chromiumProcesses, cpuMsByType } from './chromium-processes';
import { launchChromium } from './first-load';
import { MB, sampleMemory } from './memory-sampler';
import { NAIVE_PAGE, type NaiveReading, naiveReading } from './naive-peer';
import type { NaiveFile, NationalPaths } from './national-data';
import { PROBE } from './national-probe';
import { type StaticServer, serveStatic } from './national-server';
import { median } from './report';

export type { NaiveReading } from './naive-peer';

/**
 * Browser readings of the national dataset, headless Chromium with software WebGL (first-load.ts):
 * - the app (dist/) opening a city view with `?data=national`, cold: time to `__riskatlas.ready`, bytes served;
 * - panning that view: rAF frame deltas and the longest main-thread task (PerformanceObserver 'longtask');
 * - the naive peer in the same run: one MapLibre GeoJSON source holding the whole hazard layer, same view;
 * - memory: main-thread JS heap (CDP Performance.getMetrics JSHeapUsedSize) and, since MapLibre's and our workers
 *   live in the renderer process too, that process's peak resident memory, sampled from /proc.
 */
export interface View {
  lon: number;
  lat: number;
  zoom: number;
}

export interface AppReading {
  readyMs: number;
  /** navigation → the last byte of the view's data served (the rest of readyMs is drawing) */
  dataDoneMs: number;
  /** first layer-file request (after the manifest) → last byte: the streaming itself */
  streamMs: number;
  /** renderer RSS peak during the load, MB (only when memory was sampled) */
  rssPeakMb: number;
  dataBytes: number;
  dataRequests: number;
  ranged: number;
  appBytes: number;
  features: Record<string, number>;
  /** main-thread ms spent waiting for WebGL programs to compile and link until ready, and how many */
  shaderMs: number;
  programs: number;
  /** CPU time from navigation to ready by Chromium process type (renderer, gpu-process, browser, utility), ms */
  cpuMs: Record<string, number>;
}

export interface PanReading {
  frames: number;
  p50: number;
  p95: number;
  maxFrame: number;
  longestTask: number;
  tasksOver200: number;
  reads: number;
  jsHeapPeakMb: number;
  allHeapsPeakMb: number;
  rssPeakMb: number;
}

const viewQuery = (v: View) => `v=${v.lon.toFixed(5)},${v.lat.toFixed(5)},${v.zoom.toFixed(2)}`;

async function openApp(
  browser: Browser,
  server: StaticServer,
  view: View,
  measureMemory: boolean,
  dataset: 'national' | 'sample' = 'national',
) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  const mem = measureMemory ? await sampleMemory(page) : null;
  const from = server.log.length;
  const cpuBefore = chromiumProcesses();
  const navStart = Date.now();
  await page.goto(`${server.url}/?${dataset === 'national' ? 'data=national&' : ''}${viewQuery(view)}`);
  await page.waitForFunction('typeof window.__benchReadyAt === "number"', undefined, { timeout: 180_000, polling: 50 });
  const readyMs = (await page.evaluate('window.__benchReadyAt')) as number;
  // read now, a poll (50 ms) after ready at most, before the feature count below adds work; the list is read
  // again, since the navigation may have started processes (a new renderer for the site)
  const cpuMs = cpuMsByType(cpuBefore, chromiumProcesses());
  const gl = (await page.evaluate('({ ms: window.__bench.glMs, n: window.__bench.programs })')) as {
    ms: number;
    n: number;
  };
  const served = server.log.slice(from);
  const dataPrefix = dataset === 'national' ? '/national/' : '/data/';
  const data = served.filter((s) => s.path.startsWith(dataPrefix));
  const features = (await page.evaluate(`(async () => {
    const m = window.__riskatlas.map;
    const out = {};
    for (const id of ['hazard-sources', 'protected-targets', 'tailings-ponds', 'fire-stations', 'chemical-parks']) {
      const s = m.getSource(id);
      if (s && s.getData) out[id] = ((await s.getData()).features || []).length;
    }
    return out;
  })()`)) as Record<string, number>;
  const reading: AppReading = {
    readyMs,
    dataDoneMs: Math.max(0, ...data.map((s) => s.at - navStart)),
    streamMs:
      Math.max(0, ...data.map((s) => s.at)) -
      Math.min(...data.filter((s) => !s.path.endsWith('manifest.json')).map((s) => s.start)),
    rssPeakMb: mem?.peak.rssMb ?? 0,
    dataBytes: data.reduce((n, s) => n + s.bytes, 0),
    dataRequests: data.length,
    ranged: data.filter((s) => s.status === 206).length,
    appBytes: served.filter((s) => !s.path.startsWith(dataPrefix)).reduce((n, s) => n + s.bytes, 0),
    features,
    shaderMs: gl.ms,
    programs: gl.n,
    cpuMs,
  };
  return { context, page, reading, mem };
}

/** Pans the city view around (12 eased pans with pauses, so bbox reads land during later pans). */
async function pan(
  page: Page,
  server: StaticServer,
): Promise<Omit<PanReading, 'jsHeapPeakMb' | 'allHeapsPeakMb' | 'rssPeakMb'>> {
  // The map shows its first view as one complete frame (src/map/first-frame-gate.ts), which software GL is still
  // drawing when `ready` turns true: let it finish, so the first recorded frame is a pan's, not the load's tail.
  await page.waitForTimeout(1_000);
  const from = server.log.length;
  const start = (await page.evaluate(`(() => {
    window.__bench.deltas = [];
    window.__bench.record(true);
    return performance.now();
  })()`)) as number;
  const moves = [
    [500, 0],
    [0, 300],
    [-500, 0],
    [-500, 0],
    [0, -300],
    [0, -300],
    [500, 0],
    [500, 0],
    [0, 300],
    [-500, 300],
    [300, -300],
    [-300, 0],
  ];
  for (const [dx, dy] of moves) {
    await page.evaluate(
      ([x, y]) =>
        new Promise<void>((done) => {
          const map = (window as unknown as { __riskatlas: { map: import('maplibre-gl').Map } }).__riskatlas.map;
          map.once('moveend', () => done());
          map.panBy([x as number, y as number], { duration: 700 });
        }),
      [dx, dy],
    );
    await page.waitForTimeout(450);
  }
  // let the last reads land and draw
  await page.waitForTimeout(2_500);
  const r = (await page.evaluate(`(() => {
    window.__bench.record(false);
    return { deltas: window.__bench.deltas, tasks: window.__bench.tasks };
  })()`)) as { deltas: number[]; tasks: { at: number; ms: number }[] };
  const tasks = r.tasks.filter((t) => t.at >= start).map((t) => t.ms);
  const sorted = [...r.deltas].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return {
    frames: sorted.length,
    p50: q(0.5),
    p95: q(0.95),
    maxFrame: sorted.at(-1) ?? 0,
    longestTask: Math.max(0, ...tasks),
    tasksOver200: tasks.filter((t) => t > 200).length,
    reads: server.log.slice(from).filter((s) => s.path.startsWith('/national/') && s.status === 206).length,
  };
}

export interface BrowserReadings {
  app: AppReading[];
  /** the 岳阳 sample in the same run and view: the app's own start-up cost on this machine */
  sample: AppReading[];
  pan: PanReading;
  naive: NaiveReading | { error: string };
  /** MapLibre alone with the offline basemap, same view: the machine's floor (bare-map.ts), ms */
  bare: number[];
}

export async function browserReadings(opts: {
  root: string;
  paths: NationalPaths;
  naive: NaiveFile;
  view: View;
  runs: number;
  log: (s: string) => void;
}): Promise<BrowserReadings> {
  const page0 = await mkdtemp(join(tmpdir(), 'riskatlas-naive-'));
  await writeFile(join(page0, 'index.html'), NAIVE_PAGE(opts.view));
  const bare0 = await mkdtemp(join(tmpdir(), 'riskatlas-bare-'));
  const server = await serveStatic([
    { prefix: '/', dir: join(opts.root, 'dist') },
    { prefix: '/national/', dir: opts.paths.built },
    { prefix: '/naive/', dir: page0 },
    { prefix: '/bare/', dir: bare0 },
    { prefix: '/naive-data/', dir: opts.paths.naiveDir },
    { prefix: '/maplibre/', dir: join(opts.root, 'node_modules', 'maplibre-gl', 'dist') },
  ]);
  try {
    // the app: cold loads (a new browser each, so memory readings start clean), the last one also pans
    const app: AppReading[] = [];
    let panReading: PanReading | null = null;
    for (let i = 0; i < opts.runs; i++) {
      const browser = await launchChromium();
      try {
        const last = i === opts.runs - 1;
        const { page, reading, mem } = await openApp(browser, server, opts.view, last);
        app.push(reading);
        if (i === 0) await writeFile(join(bare0, 'index.html'), BARE_PAGE(opts.view, await basemapStyleOf(page)));
        opts.log(
          `app city view ${i + 1}/${opts.runs}: ${reading.readyMs.toFixed(0)} ms, ${(reading.dataBytes / MB).toFixed(2)} MB`,
        );
        if (mem) {
          const p = await pan(page, server);
          await mem.stop();
          panReading = {
            ...p,
            jsHeapPeakMb: mem.peak.heapMb,
            allHeapsPeakMb: mem.peak.allHeapsMb,
            rssPeakMb: mem.peak.rssMb,
          };
        }
      } finally {
        await browser.close();
      }
    }

    // reference: the sample (52 hazards) in the same view, same run
    const sample: AppReading[] = [];
    for (let i = 0; i < opts.runs; i++) {
      const browser = await launchChromium();
      try {
        const last = i === opts.runs - 1;
        const s = await openApp(browser, server, opts.view, last, 'sample');
        await s.mem?.stop();
        sample.push({ ...s.reading, rssPeakMb: s.mem?.peak.rssMb ?? 0 });
      } finally {
        await browser.close();
      }
    }

    // the floor: MapLibre alone with the same basemap, same view, same run
    const bare = await bareReadings(server, opts.runs);

    // the naive peer, same view, same viewport, same run
    const naive = await naiveReading(server, opts.log);
    if (!panReading) throw new Error('no pan reading');
    return { app, sample, pan: panReading, naive, bare };
  } finally {
    await server.close();
    await rm(page0, { recursive: true, force: true });
    await rm(bare0, { recursive: true, force: true });
  }
}

export const medianReady = (app: readonly AppReading[]) => median(app.map((a) => a.readyMs));
