import { describe, expect, inject, it } from 'vitest';
import { jumpTo, listItem, projectToPage, setupApp, waitForCard, waitForListItems, waitForSel } from './app';
import { saveScreenshot, waitForMapIdle, waitForMapReady } from './browser';
import { loadAll, mostIsolated } from './data';

const baseURL = inject('baseURL');
const { open } = setupApp(baseURL);

describe('selecting a feature', () => {
  it('opens its card with its 分级依据 from the feature list', async () => {
    const { page } = await open();
    await waitForMapReady(page);
    const items = await waitForListItems(page, 'hazard-sources');
    const all = await loadAll(baseURL);
    const pick = items.find((i) => i.layer === 'hazard-sources');
    const feature = all.find((f) => f.layer === 'hazard-sources' && f.id === pick?.id);
    if (!pick || !feature) throw new Error(`list item ${pick?.id} is not in /data/hazard-sources`);

    await listItem(page, 'hazard-sources', pick.id).click();
    await waitForCard(page, feature.name);
    await waitForSel(page, 'hazard-sources', feature.id);
    const basis = (await page.getByTestId('detail-grade-basis').textContent()) ?? '';
    expect(basis).toContain('R =');
    expect(basis).toContain(String(feature.props.grade));
    await waitForMapIdle(page);
    await saveScreenshot(page, 'card-from-list');
  });

  it('opens its card from a click on the map', async () => {
    const { page } = await open();
    await waitForMapReady(page);
    const items = await waitForListItems(page, 'hazard-sources');
    const all = await loadAll(baseURL);
    const inList = new Set(items.filter((i) => i.layer === 'hazard-sources').map((i) => i.id));
    // the most isolated one, so that the click cannot land on a neighbour's symbol or label
    const feature = mostIsolated(
      all.filter((f) => f.layer === 'hazard-sources' && inList.has(f.id)),
      all,
    );

    await jumpTo(page, { lon: feature.lon, lat: feature.lat, zoom: 14 });
    const at = await projectToPage(page, feature.lon, feature.lat);
    await page.mouse.click(at.x, at.y);
    await waitForCard(page, feature.name);
    await waitForSel(page, 'hazard-sources', feature.id);
    expect((await page.getByTestId('detail-grade-basis').textContent()) ?? '').toContain('R =');
    await saveScreenshot(page, 'card-from-map-click');
  });
});
