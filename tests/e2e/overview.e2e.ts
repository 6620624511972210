import { describe, expect, inject, it } from 'vitest';
import { RISK } from '../../src/theme/theme';
import { setupApp } from './app';
import { canvasColourCounts, saveScreenshot, waitForMapReady } from './browser';

const baseURL = inject('baseURL');
const { open } = setupApp(baseURL);

// A symbol a few pixels across is dozens of pixels; 10 rules out stray antialiasing blends.
const MIN_PIXELS = 10;
// Largest per-channel difference still counted as the colour: absorbs antialiasing and slight opacity, and is far
// below the distance between any two of the four colours.
const TOLERANCE = 32;

describe('overview (一张图)', () => {
  it('loads the map and draws all four risk colours', async () => {
    const { page, consoleErrors } = await open();
    await waitForMapReady(page);
    await page.getByTestId('status-bar').waitFor({ state: 'visible' });
    await saveScreenshot(page, 'overview');

    const colours = Object.values(RISK).map((r) => r.fill);
    const counts = await canvasColourCounts(page, colours, TOLERANCE);
    for (const c of colours)
      expect(counts[c], `pixels of ${c} (counts ${JSON.stringify(counts)})`).toBeGreaterThanOrEqual(MIN_PIXELS);
    expect(consoleErrors).toEqual([]);

    // src/map/sky-only-if-styled.ts: our styles have no sky, so MapLibre compiled no sky program (6.17 would draw
    // a transparent one on every frame); the map's other programs are there, so the look-up itself works
    const programs = (await page.evaluate(`(() => {
      const cache = window.__riskatlas.map.painter.programCache;
      return Object.keys(cache.programs ?? cache);
    })()`)) as string[];
    expect(programs.some((k) => k.startsWith('fill'))).toBe(true);
    expect(programs.filter((k) => k.startsWith('sky'))).toEqual([]);

    // src/map/first-frame-gate.ts: the real map's painter draws through the gate (MapLibre's own render is still
    // on the painter's prototype), and the gate is open once the map is ready: the colours above were drawn
    const gated = await page.evaluate(`(() => {
      const p = window.__riskatlas.map.painter;
      return Object.hasOwn(p, 'render') && typeof Object.getPrototypeOf(p).render === 'function';
    })()`);
    expect(gated).toBe(true);
  });
});
