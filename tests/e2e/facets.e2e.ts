import { describe, expect, inject, it } from 'vitest';
import { countByLayerFacet, listItems, setupApp, showTab, urlParams, waitForListItems } from './app';
import { saveScreenshot, waitForMapReady } from './browser';

const baseURL = inject('baseURL');
const { open } = setupApp(baseURL);

describe('grade chips', () => {
  it('unticking 红 hides exactly the red hazard sources and keeps the chip count', async () => {
    const { page } = await open();
    await waitForMapReady(page);
    await waitForListItems(page, 'hazard-sources');
    // the list follows the map's bounds: read it once it has stopped changing (late panels can resize the map)
    let before = countByLayerFacet(await listItems(page));
    for (let settled = 0; settled < 3; ) {
      await page.waitForTimeout(500);
      const now = countByLayerFacet(await listItems(page));
      settled = JSON.stringify(now) === JSON.stringify(before) ? settled + 1 : 0;
      before = now;
    }
    expect(before['hazard-sources/red'], 'the sample has red hazard sources in the first view').toBeGreaterThan(0);

    // the chips are on the 图层 tab; the list stays mounted (and is read) behind it
    await showTab(page, 'layers');
    const chip = page.getByTestId('facet-chip-hazard-sources-red');
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
    const chipText = ((await chip.textContent()) ?? '').trim();
    expect(chipText).toContain(String(before['hazard-sources/red']));

    await chip.click();
    await expect.poll(async () => countByLayerFacet(await listItems(page))['hazard-sources/red'] ?? 0).toBe(0);
    await saveScreenshot(page, 'facet-red-hidden');

    const after = countByLayerFacet(await listItems(page));
    const { 'hazard-sources/red': _hidden, ...othersBefore } = before;
    expect(after).toEqual(othersBefore);
    expect(await chip.getAttribute('aria-pressed')).toBe('false');
    // the chip still tells how many there are in view, so the user sees what the filter hides
    expect(((await chip.textContent()) ?? '').trim()).toBe(chipText);
    await expect.poll(() => urlParams(page).get('h') ?? '').toContain('hazard-sources:red');

    await chip.click();
    await expect.poll(async () => countByLayerFacet(await listItems(page))).toEqual(before);
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
  });
});
