import type { Page } from 'playwright-core';
import { launchChromium } from './first-load';
import { bareMapPage } from './naive-peer';
import type { View } from './national-browser';
import type { StaticServer } from './national-server';

/**
 * The machine's floor for a first render: MapLibre alone (no app, no data, no React) drawing the app's offline
 * basemap at the same view and viewport, cold, to `idle`. What the app takes beyond this is its own cost; on this
 * bench's software WebGL the floor itself is over a second.
 */
export const BARE_PAGE = (view: View, style: unknown) =>
  bareMapPage(`const map = new maplibregl.Map({
  container: 'map',
  style: ${JSON.stringify(style)},
  center: [${view.lon}, ${view.lat}],
  zoom: ${view.zoom},
  canvasContextAttributes: { preserveDrawingBuffer: true },
});
map.once('load', () => map.once('idle', () => { window.__bareReadyAt = performance.now(); }));`);

/**
 * The basemap part of the style the app is showing in `page` (its `bm-` sources and layers and the background), as
 * the app drew it: taken from the running app, so the floor is measured on exactly the same basemap.
 */
export function basemapStyleOf(page: Page): Promise<unknown> {
  return page.evaluate(`(() => {
    const st = window.__riskatlas.map.getStyle();
    const sources = Object.fromEntries(Object.entries(st.sources).filter(([id]) => id.startsWith('bm-')));
    const layers = st.layers.filter((l) => l.type === 'background' || (l.source && l.source.startsWith('bm-')));
    return { version: 8, sources, layers };
  })()`);
}

/** Cold loads of the bare page (served by `server` at /bare/index.html), a new browser each; ms to idle. */
export async function bareReadings(server: StaticServer, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(`${server.url}/bare/index.html`);
      await page.waitForFunction('typeof window.__bareReadyAt === "number"', undefined, {
        timeout: 120_000,
        polling: 20,
      });
      out.push((await page.evaluate('window.__bareReadyAt')) as number);
    } finally {
      await browser.close();
    }
  }
  return out;
}
