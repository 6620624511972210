import { describe, expect, inject, it } from 'vitest';
import { listItem, setupApp, waitForCard, waitForListItems } from './app';
import { saveScreenshot, VIEWPORT, waitForMapIdle, waitForMapReady } from './browser';
import { loadAll, uniquelyNamed } from './data';

const baseURL = inject('baseURL');
const { open } = setupApp(baseURL);

describe('offline', () => {
  it('sends no request outside its own origin during a whole session', async () => {
    const { page, offOrigin, sameOrigin } = await open();
    await waitForMapReady(page);
    const items = await waitForListItems(page, 'hazard-sources');
    const all = await loadAll(baseURL);
    const hazards = all.filter((f) => f.layer === 'hazard-sources');
    const clicked = hazards.find((f) => f.id === items.find((i) => i.layer === 'hazard-sources')?.id);
    if (!clicked) throw new Error('the first listed hazard source is not in /data/hazard-sources');

    // pan by dragging the middle of the map, then zoom with the wheel
    const box = await page.locator('.maplibregl-canvas').boundingBox();
    const cx = box ? box.x + box.width / 2 : VIEWPORT.width / 2;
    const cy = box ? box.y + box.height / 2 : VIEWPORT.height / 2;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx - 180, cy + 120, { steps: 12 });
    await page.mouse.up();
    await waitForMapIdle(page);
    await page.mouse.wheel(0, -480);
    await waitForMapIdle(page);

    await listItem(page, 'hazard-sources', clicked.id).click();
    await waitForCard(page, clicked.name);

    const searched = uniquelyNamed(
      hazards.filter((f) => f.id !== clicked.id),
      all,
    );
    await page.getByTestId('search-input').fill(searched.name);
    const result = page.getByTestId('search-result').filter({ hasText: searched.name }).first();
    await result.waitFor({ state: 'visible', timeout: 30_000 });
    await result.click();
    await waitForCard(page, searched.name);
    await waitForMapIdle(page);
    await saveScreenshot(page, 'offline-session');

    expect(sameOrigin.some((u) => u.includes('/data/'))).toBe(true);
    expect(offOrigin).toEqual([]);
  });
});
