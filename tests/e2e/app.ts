import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { LeftTab } from '../../src/state/stats-store';
import { type AppPage, launchBrowser, openAppPage, saveScreenshot, waitForMapIdle } from './browser';

/** Helpers that speak the app's test contract (docs/architecture.md, Contract 5) and URL keys (Contract 4). */

type MapHandle = import('maplibre-gl').Map;
type RiskAtlasWindow = { __riskatlas?: { map?: MapHandle; ready?: boolean } };

/**
 * Per-file browser lifecycle: one Chromium for the file, one fresh context per `open()`, all closed after each test.
 * A failed test leaves a screenshot of every page it opened in test-results/e2e/FAILED-*.png.
 */
export function setupApp(baseURL: string): { open: (path?: string) => Promise<AppPage> } {
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  const opened: AppPage[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async (ctx) => {
    const failed = ctx.task.result?.state === 'fail';
    for (const [i, p] of opened.entries()) {
      if (failed) await saveScreenshot(p.page, `FAILED-${ctx.task.name}-${i}`).catch(() => undefined);
      await p.close().catch(() => undefined);
    }
    opened.length = 0;
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    open: async (path = '/') => {
      if (!browser) throw new Error('browser not launched');
      const p = await openAppPage(browser, baseURL, path);
      opened.push(p);
      return p;
    },
  };
}

export interface ListItem {
  layer: string;
  id: string;
  facet: string;
  text: string;
}

/** Opens a tab of the left panel (图层 | 要素 | 统计), as a user's click would; nothing if it is open already. */
export async function showTab(page: Page, tab: LeftTab): Promise<void> {
  const button = page.getByTestId(`left-tab-${tab}`);
  if ((await button.getAttribute('aria-selected')) !== 'true') await button.click();
  await expect.poll(() => button.getAttribute('aria-selected')).toBe('true');
}

/**
 * The feature list as rendered now (features in view). The list is mounted when its 要素 tab first opens and stays
 * mounted, so it can be read while another tab shows; it is an error to read it before it was ever opened.
 */
export async function listItems(page: Page): Promise<ListItem[]> {
  if ((await page.getByTestId('feature-list').count()) === 0) {
    throw new Error('the feature list is not mounted: open the 要素 tab first (showTab(page, "features"))');
  }
  return page.getByTestId('feature-list-item').evaluateAll((els) =>
    els.map((el) => ({
      layer: el.getAttribute('data-layer') ?? '',
      id: el.getAttribute('data-id') ?? '',
      facet: el.getAttribute('data-facet') ?? '',
      text: (el.textContent ?? '').trim(),
    })),
  );
}

/** Opens the 要素 tab, waits until the list shows at least one item of `layer`, and returns the whole list. */
export async function waitForListItems(page: Page, layer: string): Promise<ListItem[]> {
  await showTab(page, 'features');
  await expect
    .poll(async () => (await listItems(page)).filter((i) => i.layer === layer).length, { timeout: 30_000 })
    .toBeGreaterThan(0);
  return listItems(page);
}

/** `layer/facet` → number of list items. */
export function countByLayerFacet(items: readonly ListItem[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[`${i.layer}/${i.facet}`] = (out[`${i.layer}/${i.facet}`] ?? 0) + 1;
  return out;
}

export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

export function mapView(page: Page): Promise<MapView> {
  return page.evaluate(() => {
    const map = (window as unknown as RiskAtlasWindow).__riskatlas?.map;
    if (!map) throw new Error('window.__riskatlas.map is missing');
    const c = map.getCenter();
    return { lon: c.lng, lat: c.lat, zoom: map.getZoom() };
  });
}

/** Moves the map the way a user's pan/zoom would end (the app sees the usual move events), then waits for idle. */
export async function jumpTo(page: Page, view: MapView): Promise<void> {
  await page.evaluate((v) => {
    const map = (window as unknown as RiskAtlasWindow).__riskatlas?.map;
    if (!map) throw new Error('window.__riskatlas.map is missing');
    map.jumpTo({ center: [v.lon, v.lat], zoom: v.zoom });
  }, view);
  await waitForMapIdle(page);
}

/** Page (viewport) pixel of a lon/lat, through the map's own projection. */
export function projectToPage(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([lon, lat]) => {
      const map = (window as unknown as RiskAtlasWindow).__riskatlas?.map;
      if (!map) throw new Error('window.__riskatlas.map is missing');
      const p = map.project([lon, lat]);
      const box = map.getCanvasContainer().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    [lon, lat] as const,
  );
}

/** The query parameters of the page URL (Contract 4 keys: v, l, h, sel, lang, bm). */
export function urlParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** Text of the label of a checkbox (its <label>, aria-label or enclosing label). */
export function labelText(page: Page, testId: string): Promise<string> {
  return page.getByTestId(testId).evaluate((el) => {
    const input = el as HTMLInputElement;
    const fromLabels = input.labels?.[0]?.textContent;
    const labelledBy = el.getAttribute('aria-labelledby');
    const fromLabelledBy = labelledBy ? document.getElementById(labelledBy)?.textContent : null;
    return (fromLabels ?? fromLabelledBy ?? el.getAttribute('aria-label') ?? el.closest('label')?.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
  });
}

/** Locator of the list item of one feature. */
export function listItem(page: Page, layer: string, id: string) {
  const q = (s: string) => s.replace(/["\\]/g, '\\$&');
  return page.locator(`[data-testid="feature-list-item"][data-layer="${q(layer)}"][data-id="${q(id)}"]`);
}

/** Waits for the detail card to be visible and to name `name`. */
export async function waitForCard(page: Page, name: string): Promise<void> {
  const card = page.getByTestId('detail-card');
  await card.waitFor({ state: 'visible', timeout: 30_000 });
  await expect.poll(async () => (await card.textContent()) ?? '', { timeout: 30_000 }).toContain(name);
}

/** Waits until the URL's `sel` names the feature (the URL is written a moment after the store changes). */
export async function waitForSel(page: Page, layer: string, id: string): Promise<void> {
  await expect.poll(() => urlParams(page).get('sel'), { timeout: 30_000 }).toBe(`${layer}:${id}`);
}
