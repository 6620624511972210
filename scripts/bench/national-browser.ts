import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './first-load';
import type { NaiveFile, NationalPaths } from './national-data';
import { type StaticServer, serveStatic } from './national-server';
import { median } from './report';

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

export interface NaiveReading {
  readyMs: number;
  bytes: number;
  jsHeapPeakMb: number;
  allHeapsPeakMb: number;
  rssPeakMb: number;
}

const MB = 1024 * 1024;

// Runs in the page before the app: ready time, long tasks from the start, a switchable rAF recorder.
// A string, not a function: tsx would add helpers that do not exist inside the page (see first-load.ts).
const PROBE = `(() => {
  window.__bench = { tasks: [], deltas: [], recording: false, glMs: 0, programs: 0 };
  // Time the main thread waits for WebGL program compile + link (the first status query blocks until done):
  // on software GL (SwiftShader, this bench's only GL) each of MapLibre's programs costs ~100 ms; on a GPU, ~1 ms.
  for (const C of [self.WebGLRenderingContext, self.WebGL2RenderingContext]) {
    if (!C) continue;
    for (const name of ['compileShader', 'linkProgram', 'getShaderParameter', 'getProgramParameter']) {
      const f = C.prototype[name];
      C.prototype[name] = function (...a) {
        const t = performance.now();
        try { return f.apply(this, a); } finally {
          window.__bench.glMs += performance.now() - t;
          if (name === 'linkProgram') window.__bench.programs++;
        }
      };
    }
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__bench.tasks.push({ at: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  let last = 0;
  const tick = (t) => {
    if (window.__bench.recording && last) window.__bench.deltas.push(t - last);
    last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const t = setInterval(() => {
    if (window.__riskatlas && window.__riskatlas.ready === true) {
      window.__benchReadyAt = performance.now();
      clearInterval(t);
    }
  }, 5);
})();`;

/**
 * Resident memory of the renderer processes (the page and its workers) among this process's descendants, MB;
 * 0 where /proc is unavailable. Only one browser runs at a time, so they are the page being measured.
 */
function rendererRssMb(rootPid: number): number {
  let total = 0;
  const children = new Map<number, number[]>();
  const cmd = new Map<number, string>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
      cmd.set(Number(d), readFileSync(`/proc/${d}/cmdline`, 'utf8'));
    } catch {
      // gone meanwhile
    }
  }
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    for (const c of children.get(pid) ?? []) {
      stack.push(c);
      if (!cmd.get(c)?.includes('--type=renderer')) continue;
      try {
        const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${c}/status`, 'utf8'));
        total += Number(m?.[1] ?? 0) / 1024;
      } catch {
        // gone meanwhile
      }
    }
  }
  return total;
}

/**
 * Samples memory every 250 ms until stopped and keeps the peaks: the page's main-thread JS heap (CDP
 * Performance.getMetrics JSHeapUsedSize), the JS heap of every thread (main + each worker's Runtime.getHeapUsage,
 * reached through CDP auto-attach: MapLibre's workers hold the GeoJSON indexes, ours the last features read) and
 * the renderer processes' resident memory.
 */
async function sampleMemory(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  // workers: attach (non-flattened, so plain CDP messages reach them through this session) and ask each for its heap
  const workers = new Set<string>();
  const pending = new Map<number, (used: number) => void>();
  cdp.on('Target.attachedToTarget', (e: { sessionId: string; targetInfo: { type: string } }) => {
    if (e.targetInfo.type.includes('worker')) workers.add(e.sessionId);
  });
  cdp.on('Target.detachedFromTarget', (e: { sessionId: string }) => workers.delete(e.sessionId));
  cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
    const m = JSON.parse(e.message) as { id?: number; result?: { usedSize?: number } };
    if (m.id !== undefined) pending.get(m.id)?.(m.result?.usedSize ?? 0);
    if (m.id !== undefined) pending.delete(m.id);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  let nextId = 1;
  const workerHeap = (sessionId: string) =>
    new Promise<number>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      setTimeout(() => {
        if (pending.delete(id)) resolve(0); // a worker that went away answers nothing
      }, 1_000);
      cdp
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
        })
        .catch(() => {
          if (pending.delete(id)) resolve(0);
        });
    });
  const pid = process.pid;
  const peak = { heapMb: 0, allHeapsMb: 0, rssMb: 0 };
  let stop = false;
  const loop = (async () => {
    while (!stop) {
      try {
        const { metrics } = (await cdp.send('Performance.getMetrics')) as {
          metrics: { name: string; value: number }[];
        };
        const main = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
        const inWorkers = (await Promise.all([...workers].map(workerHeap))).reduce((a, b) => a + b, 0);
        peak.heapMb = Math.max(peak.heapMb, main / MB);
        peak.allHeapsMb = Math.max(peak.allHeapsMb, (main + inWorkers) / MB);
      } catch {
        // page closing
      }
      peak.rssMb = Math.max(peak.rssMb, rendererRssMb(pid));
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  return {
    peak,
    stop: async () => {
      stop = true;
      await loop;
      await cdp.detach().catch(() => {});
    },
  };
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
  const navStart = Date.now();
  await page.goto(`${server.url}/?${dataset === 'national' ? 'data=national&' : ''}${viewQuery(view)}`);
  await page.waitForFunction('typeof window.__benchReadyAt === "number"', undefined, { timeout: 180_000, polling: 50 });
  const readyMs = (await page.evaluate('window.__benchReadyAt')) as number;
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
  };
  return { context, page, reading, mem };
}

/** Pans the city view around (12 eased pans with pauses, so bbox reads land during later pans). */
async function pan(
  page: Page,
  server: StaticServer,
): Promise<Omit<PanReading, 'jsHeapPeakMb' | 'allHeapsPeakMb' | 'rssPeakMb'>> {
  const from = server.log.length;
  const start = (await page.evaluate(`(() => {
    window.__bench.deltas = [];
    window.__bench.recording = true;
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
    window.__bench.recording = false;
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

const NAIVE_PAGE = (view: View) => `<!doctype html>
<html><head><meta charset="utf-8"><link rel="stylesheet" href="/maplibre/maplibre-gl.css">
<style>html,body,#map{margin:0;width:100%;height:100%}</style></head>
<body><div id="map"></div>
<script type="module">
import * as maplibregl from '/maplibre/maplibre-gl.mjs';
maplibregl.setWorkerUrl('/maplibre/maplibre-gl-worker.mjs');
const map = new maplibregl.Map({
  container: 'map',
  style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#F4F1EA' } }] },
  center: [${view.lon}, ${view.lat}],
  zoom: ${view.zoom},
});
window.__naive = { map };
map.on('load', () => {
  map.addSource('hz', { type: 'geojson', data: '/naive-data/hazard-sources.geojson' });
  map.addLayer({ id: 'hz', type: 'circle', source: 'hz', paint: {
    'circle-color': ['match', ['get', 'riskLevel'], 'red', '#E53935', 'orange', '#FB8C00', 'yellow', '#FDD835', '#1E88E5'],
    'circle-radius': 5 } });
  const check = () => {
    if (map.isSourceLoaded('hz') && map.loaded()) window.__naiveReadyAt = performance.now();
    else map.once('idle', check);
  };
  map.once('idle', check);
});
map.on('error', (e) => { window.__naiveError = String(e.error && e.error.message || e.error); });
</script></body></html>`;

export interface BrowserReadings {
  app: AppReading[];
  /** the 岳阳 sample in the same run and view: the app's own start-up cost on this machine */
  sample: AppReading[];
  pan: PanReading;
  naive: NaiveReading | { error: string };
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
  const server = await serveStatic([
    { prefix: '/', dir: join(opts.root, 'dist') },
    { prefix: '/national/', dir: opts.paths.built },
    { prefix: '/naive/', dir: page0 },
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

    // the naive peer, same view, same viewport, same run
    let naive: NaiveReading | { error: string };
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      const mem = await sampleMemory(page);
      const from = server.log.length;
      opts.log('naive peer: loading the whole layer as one GeoJSON source…');
      try {
        await page.goto(`${server.url}/naive/index.html`);
        await page.waitForFunction('typeof window.__naiveReadyAt === "number" || window.__naiveError', undefined, {
          timeout: 600_000,
          polling: 100,
        });
        const err = (await page.evaluate('window.__naiveError || null')) as string | null;
        const readyMs = (await page.evaluate('window.__naiveReadyAt || 0')) as number;
        await mem.stop();
        const bytes = server.log.slice(from).reduce((n, s) => n + s.bytes, 0);
        naive = err
          ? { error: err }
          : {
              readyMs,
              bytes,
              jsHeapPeakMb: mem.peak.heapMb,
              allHeapsPeakMb: mem.peak.allHeapsMb,
              rssPeakMb: mem.peak.rssMb,
            };
      } catch (e) {
        await mem.stop();
        naive = { error: e instanceof Error ? (e.message.split('\n')[0] ?? String(e)) : String(e) };
      }
    } finally {
      await browser.close();
    }
    if (!panReading) throw new Error('no pan reading');
    return { app, sample, pan: panReading, naive };
  } finally {
    await server.close();
    await rm(page0, { recursive: true, force: true });
  }
}

export const medianReady = (app: readonly AppReading[]) => median(app.map((a) => a.readyMs));
