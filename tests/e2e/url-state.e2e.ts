import { describe, expect, inject, it } from 'vitest';
import {
  jumpTo,
  listItem,
  mapView,
  setupApp,
  showTab,
  urlParams,
  waitForCard,
  waitForListItems,
  waitForSel,
} from './app';
import { saveScreenshot, waitForMapIdle, waitForMapReady } from './browser';
import { loadAll } from './data';

const baseURL = inject('baseURL');
const { open } = setupApp(baseURL);

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

describe('a copied link', () => {
  it('opens the same view, layers, chips and card in a new page', async () => {
    const first = await open();
    const page = first.page;
    await waitForMapReady(page);
    const items = await waitForListItems(page, 'hazard-sources');
    const pick = items.find((i) => i.layer === 'hazard-sources');
    const feature = (await loadAll(baseURL)).find((f) => f.layer === 'hazard-sources' && f.id === pick?.id);
    if (!pick || !feature) throw new Error(`list item ${pick?.id} is not in /data/hazard-sources`);

    await listItem(page, 'hazard-sources', feature.id).click();
    await waitForCard(page, feature.name);
    await waitForMapIdle(page);
    // a view of our own (not one the app would pick), near enough to keep the selection on screen
    const view = { lon: round4(feature.lon + 0.011), lat: round4(feature.lat - 0.0063), zoom: 11.37 };
    await jumpTo(page, view);
    await showTab(page, 'layers');
    await page.getByTestId('layer-toggle-fire-stations').click();
    await page.getByTestId('facet-chip-tailings-ponds-yellow').click();
    expect(await page.getByTestId('layer-toggle-fire-stations').isChecked()).toBe(false);
    expect(await page.getByTestId('facet-chip-tailings-ponds-yellow').getAttribute('aria-pressed')).toBe('false');

    // the URL is written shortly after the change; wait until it carries all of it
    await expect
      .poll(() => {
        const q = urlParams(page);
        return [q.get('v'), (q.get('l') ?? '').includes('fire-stations'), q.get('h'), q.get('sel')];
      })
      .toEqual([
        `${view.lon.toFixed(5)},${view.lat.toFixed(5)},${view.zoom.toFixed(2)}`,
        false,
        expect.stringContaining('tailings-ponds:yellow'),
        `hazard-sources:${feature.id}`,
      ]);
    const link = page.url();
    const before = await mapView(page);
    const basis = await page.getByTestId('detail-grade-basis').textContent();

    const second = await open(link);
    await waitForMapReady(second.page);
    await waitForMapIdle(second.page);
    const after = await mapView(second.page);
    expect(Math.abs(after.lon - before.lon)).toBeLessThanOrEqual(1e-4);
    expect(Math.abs(after.lat - before.lat)).toBeLessThanOrEqual(1e-4);
    expect(Math.abs(after.zoom - before.zoom)).toBeLessThanOrEqual(1e-4);
    expect(await second.page.getByTestId('layer-toggle-fire-stations').isChecked()).toBe(false);
    expect(await second.page.getByTestId('facet-chip-tailings-ponds-yellow').getAttribute('aria-pressed')).toBe(
      'false',
    );
    await waitForCard(second.page, feature.name);
    await waitForSel(second.page, 'hazard-sources', feature.id);
    expect(await second.page.getByTestId('detail-grade-basis').textContent()).toBe(basis);
    await saveScreenshot(second.page, 'url-restored');
  });
});
