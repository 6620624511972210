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
  });
});
