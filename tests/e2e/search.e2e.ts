import { describe, expect, inject, it } from 'vitest';
import { jumpTo, mapView, setupApp, waitForCard, waitForListItems, waitForSel } from './app';
import { saveScreenshot, waitForMapIdle, waitForMapReady } from './browser';
import { distanceMetres, loadAll, uniquelyNamed } from './data';

const baseURL = inject('baseURL');
const { open } = setupApp(baseURL);

describe('search', () => {
  it('jumps to the feature it finds', async () => {
    const { page } = await open();
    await waitForMapReady(page);
    const items = await waitForListItems(page, 'hazard-sources');
    const all = await loadAll(baseURL);
    const inList = new Set(items.filter((i) => i.layer === 'hazard-sources').map((i) => i.id));
    const feature = uniquelyNamed(
      all.filter((f) => f.layer === 'hazard-sources' && inList.has(f.id)),
      all,
    );

    // start well away from it, so that arriving there is the search's doing
    await jumpTo(page, { lon: feature.lon + 0.3, lat: feature.lat - 0.2, zoom: 9 });
    expect(distanceMetres(await mapView(page), feature)).toBeGreaterThan(10_000);

    await page.getByTestId('search-input').fill(feature.name);
    const result = page.getByTestId('search-result').filter({ hasText: feature.name }).first();
    await result.waitFor({ state: 'visible', timeout: 30_000 });
    await result.click();

    await waitForSel(page, 'hazard-sources', feature.id);
    await expect
      .poll(async () => distanceMetres(await mapView(page), feature), { timeout: 30_000 })
      .toBeLessThanOrEqual(100);
    await waitForMapIdle(page);
    expect(distanceMetres(await mapView(page), feature)).toBeLessThanOrEqual(100);
    await waitForCard(page, feature.name);
    await saveScreenshot(page, 'search');
  });
});
