import { launchChromium } from './first-load';
import { sampleMemory } from './memory-sampler';
import type { View } from './national-browser';
import type { StaticServer } from './national-server';

/**
 * The naive peer: one MapLibre GeoJSON source holding the whole hazard layer, no app, same view and viewport as the
 * app's readings (national-browser.ts), so its load time and memory say what the bbox streaming saves.
 */
export interface NaiveReading {
  readyMs: number;
  bytes: number;
  jsHeapPeakMb: number;
  allHeapsPeakMb: number;
  rssPeakMb: number;
}

/** A full-page map with MapLibre from /maplibre/ (node_modules, served by the bench) and no app: `script` runs in it. */
export const bareMapPage = (script: string) => `<!doctype html>
<html><head><meta charset="utf-8"><link rel="stylesheet" href="/maplibre/maplibre-gl.css">
<style>html,body,#map{margin:0;width:100%;height:100%}</style></head>
<body><div id="map"></div>
<script type="module">
import * as maplibregl from '/maplibre/maplibre-gl.mjs';
maplibregl.setWorkerUrl('/maplibre/maplibre-gl-worker.mjs');
${script}
</script></body></html>`;

export const NAIVE_PAGE = (view: View) =>
  bareMapPage(`const map = new maplibregl.Map({
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
map.on('error', (e) => { window.__naiveError = String(e.error && e.error.message || e.error); });`);

/** Loads the naive page (NAIVE_PAGE, served by `server` at /naive/) in a fresh browser and reads it, or its error. */
export async function naiveReading(
  server: StaticServer,
  log: (s: string) => void,
): Promise<NaiveReading | { error: string }> {
  let naive: NaiveReading | { error: string };
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const mem = await sampleMemory(page);
    const from = server.log.length;
    log('naive peer: loading the whole layer as one GeoJSON source…');
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
  return naive;
}
