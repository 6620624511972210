import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DANGER_COUNT } from '../../scripts/sample/hidden-dangers';
import {
  listItem,
  listItems,
  projectToPage,
  setupApp,
  urlParams,
  waitForCard,
  waitForListItems,
  waitForSel,
} from './app';
import { saveScreenshot, waitForMapIdle, waitForMapReady } from './browser';
import { fetchManifest, loadLayer } from './data';

const baseURL = inject('baseURL');
const { open } = setupApp(baseURL);

/** 云溪区: the county with the chemical park, so every risk layer has features there. */
const COUNTY = '430603';
const POINT_LAYERS = ['hazard-sources', 'tailings-ponds', 'protected-targets', 'hidden-dangers', 'fire-stations'];

type MapHandle = import('maplibre-gl').Map;
type Win = { __riskatlas?: { map?: MapHandle } };

/** Features in the map's own GeoJSON source of a layer (after every data filter: facets, county). */
function sourceFeatures(page: Page, layer: string): Promise<{ id: string; adcode: string }[]> {
  return page.evaluate(async (l) => {
    const map = (window as unknown as Win).__riskatlas?.map;
    const src = map?.getSource(l) as unknown as { getData(): Promise<GeoJSON.FeatureCollection> } | undefined;
    if (!src) throw new Error(`no source ${l}`);
    const fc = await src.getData();
    return fc.features.map((f) => ({ id: String(f.properties?.id), adcode: String(f.properties?.adcode) }));
  }, layer);
}

const text = async (page: Page, testId: string) => ((await page.getByTestId(testId).textContent()) ?? '').trim();

describe('statistics (统计)', () => {
  it('click a county: the counts, the map sources, the list and the URL agree, and back to the city', async () => {
    const { page, consoleErrors } = await open();
    await waitForMapReady(page);
    await page.getByTestId('left-tab-stats').click();
    await page.getByTestId('stats-county-table').waitFor({ state: 'visible', timeout: 30_000 });

    // the oracle: the served FlatGeobuf, read with flatgeobuf itself
    const hazards = await loadLayer(baseURL, 'hazard-sources');
    const inCounty = hazards.filter((f) => f.props.adcode === COUNTY);
    expect(inCounty.length).toBeGreaterThan(0);

    await page.getByTestId(`stats-county-${COUNTY}`).click();
    await expect.poll(() => urlParams(page).get('c'), { timeout: 10_000 }).toBe(COUNTY);
    await waitForMapIdle(page);
    expect(await text(page, 'stats-drill')).toContain(COUNTY);

    // the chart's table (hazard sources by level) and the county ranking say the oracle's number
    expect(await text(page, `stats-count-${COUNTY}-total`)).toBe(String(inCounty.length));
    for (const level of ['red', 'orange', 'yellow', 'blue']) {
      const n = inCounty.filter((f) => f.props.riskLevel === level).length;
      expect(await text(page, `stats-count-${COUNTY}-${level}`), level).toBe(String(n));
    }
    const riskLayers = await Promise.all(
      ['hazard-sources', 'tailings-ponds', 'chemical-parks'].map((l) => loadLayer(baseURL, l as never)),
    );
    const riskInCounty = riskLayers.flat().filter((f) => f.props.adcode === COUNTY).length;
    expect(await text(page, `stats-risk-count-${COUNTY}`)).toBe(String(riskInCounty));

    // the map draws exactly that county's features, layer by layer
    for (const layer of POINT_LAYERS) {
      const all = await loadLayer(baseURL, layer as never);
      const expected = all.filter((f) => f.props.adcode === COUNTY).map((f) => f.id);
      const drawn = await sourceFeatures(page, layer);
      expect(drawn.map((f) => f.id).sort(), layer).toEqual(expected.sort());
    }
    await saveScreenshot(page, 'stats-county-drill');

    // the list (map view framed on the county) holds the same hazard sources, and the chips count them
    await waitForListItems(page, 'hazard-sources');
    const listed = (await listItems(page)).filter((i) => i.layer === 'hazard-sources').map((i) => i.id);
    expect(listed.sort()).toEqual(inCounty.map((f) => f.id).sort());
    const red = inCounty.filter((f) => f.props.riskLevel === 'red').length;
    expect(await text(page, 'facet-chip-hazard-sources-red')).toContain(String(red));

    // a link carries the drill-down
    const again = await open(`/?${urlParams(page).toString()}`);
    await waitForMapReady(again.page);
    await expect
      .poll(async () => (await sourceFeatures(again.page, 'hazard-sources')).length, { timeout: 30_000 })
      .toBe(inCounty.length);

    // back to the whole city
    await page.getByTestId('left-tab-stats').click();
    await page.getByTestId('stats-drill-clear').click();
    await expect.poll(() => urlParams(page).get('c'), { timeout: 10_000 }).toBeNull();
    await expect.poll(async () => (await sourceFeatures(page, 'hazard-sources')).length).toBe(hazards.length);
    expect(consoleErrors).toEqual([]);
  });

  it('a click on a county of the choropleth drills down to it', async () => {
    const { page } = await open();
    await waitForMapReady(page);
    await page.getByTestId('left-tab-stats').click();
    await page.getByTestId('stats-thematic-choropleth').check();
    // the legend sits over the west of the map, where the click goes
    await page.getByRole('button', { name: '隐藏图例' }).click();
    await waitForMapIdle(page);
    // 华容县's area, west of its seat, where no feature is drawn (so the click cannot select one instead)
    const huarong = await loadLayer(baseURL, 'boundaries');
    expect(huarong.some((f) => f.id === '430623')).toBe(true);
    const at = await projectToPage(page, 112.42, 29.62);
    const hit = await page.evaluate(
      ([x, y]) => {
        const map = (window as unknown as Win).__riskatlas?.map;
        const box = map?.getCanvasContainer().getBoundingClientRect();
        return map?.queryRenderedFeatures([x - (box?.left ?? 0), y - (box?.top ?? 0)]).map((f) => f.layer.id) ?? [];
      },
      [at.x, at.y] as const,
    );
    expect(hit).toContain('stats-choropleth-fill');
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => urlParams(page).get('c'), { timeout: 10_000 }).toBe('430623');
    expect(await text(page, 'stats-drill')).toContain('华容县');
    await waitForMapIdle(page);
    await saveScreenshot(page, 'stats-choropleth-drill');
  });

  it('ECharts loads only when the statistics panel opens, and draws the chart', async () => {
    const { page, sameOrigin } = await open();
    await waitForMapReady(page);
    const scripts = () => sameOrigin.filter((u) => /\.m?js(\?|$)/.test(u));
    expect(
      scripts().some((u) => /echarts/i.test(u)),
      scripts().join('\n'),
    ).toBe(false);
    await page.getByTestId('left-tab-stats').click();
    await expect
      .poll(() => page.getByTestId('stats-counts-chart').getAttribute('data-state'), { timeout: 30_000 })
      .toBe('ready');
    expect(scripts().some((u) => /echarts/i.test(u))).toBe(true);
    // the chart is a canvas of real size
    const box = await page.locator('[data-testid="stats-counts-chart"] canvas').first().boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(200);
  });

  it('the time slider replays the hidden dangers: the map’s day and the counts follow it', async () => {
    const { page } = await open();
    await waitForMapReady(page);
    const manifest = (await fetchManifest(baseURL)) as { dataVersion?: string };
    const dangers = await loadLayer(baseURL, 'hidden-dangers');
    expect(dangers).toHaveLength(DANGER_COUNT);
    await page.getByTestId('left-tab-stats').click();
    await page.getByTestId('stats-thematic-hex').check();
    const slider = page.getByTestId('stats-time');
    await slider.waitFor({ state: 'visible' });
    const globalDay = () =>
      page.evaluate(() => (window as unknown as Win).__riskatlas?.map?.getGlobalState().raAsOf as string | null);
    expect(await globalDay()).toBe(manifest.dataVersion);

    // keyboard: Home goes to the first month
    await slider.focus();
    await page.keyboard.press('Home');
    const day = await text(page, 'stats-time-date');
    expect(day).toMatch(/^2025-01-\d\d$/);
    await expect.poll(globalDay).toBe(day);
    const open1 = dangers.filter(
      (f) => String(f.props.openedDate) <= day && (f.props.closedDate == null || String(f.props.closedDate) > day),
    ).length;
    const total = page.locator('[data-testid="stats-danger-table"] .total-row td').first();
    await expect.poll(async () => ((await total.textContent()) ?? '').trim()).toBe(String(open1));
    await waitForMapIdle(page);
    await saveScreenshot(page, 'stats-replay-first-month');

    await page.keyboard.press('End');
    await expect.poll(globalDay).toBe(manifest.dataVersion);
    await saveScreenshot(page, 'stats-hex-latest');
  });
});

describe('一张表 (table view)', () => {
  it('shows a layer with every field, follows the county, selects both ways and exports what it shows', async () => {
    const { page } = await open();
    await waitForMapReady(page);
    const hazards = await loadLayer(baseURL, 'hazard-sources');
    await page.getByTestId('drawer-tab-table').click();
    await expect.poll(() => text(page, 'table-count')).toContain(`${hazards.length} / ${hazards.length}`);
    // every output column is a column of the table
    for (const key of ['id', 'name', 'enterprise', 'people500m', 'grade', 'gradeBasis', 'county']) {
      await expect(page.getByTestId(`table-sort-${key}`).count()).resolves.toBe(1);
    }

    // quick filter and sort
    await page.getByTestId('table-filter-riskLevel').fill('red');
    const reds = hazards.filter((f) => f.props.riskLevel === 'red');
    await expect.poll(() => text(page, 'table-count')).toContain(`${reds.length} / ${hazards.length}`);
    await page.getByTestId('table-filter-riskLevel').fill('');

    // a row click selects the feature on the map (URL and card)
    const firstRow = page.getByTestId('table-row').first();
    const id = (await firstRow.getAttribute('data-id')) ?? '';
    await firstRow.locator('td').nth(1).click();
    await waitForSel(page, 'hazard-sources', id);
    await waitForCard(page, hazards.find((f) => f.id === id)?.name ?? '?');
    expect(await firstRow.getAttribute('aria-current')).toBe('true');

    // and a selection elsewhere (the list, as a map click would) opens that layer's row
    const items = await waitForListItems(page, 'tailings-ponds');
    const pond = items.find((i) => i.layer === 'tailings-ponds');
    if (!pond) throw new Error('no tailings pond in the list');
    await listItem(page, 'tailings-ponds', pond.id).click();
    await expect.poll(() => page.getByTestId('table-layer').inputValue()).toBe('tailings-ponds');
    await expect
      .poll(() => page.locator(`[data-testid="table-row"][data-id="${pond.id}"]`).getAttribute('aria-current'))
      .toBe('true');
    await saveScreenshot(page, 'table-view');

    // export what is shown (county drill-down applied) and read it back
    await page.getByTestId('table-layer').selectOption('hazard-sources');
    await page.getByTestId('left-tab-stats').click();
    await page.getByTestId(`stats-county-${COUNTY}`).click();
    const inCounty = hazards.filter((f) => f.props.adcode === COUNTY);
    await expect.poll(() => text(page, 'table-count')).toContain(`${inCounty.length} / ${inCounty.length}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('table-export-csv').click()]);
    const path = await download.path();
    const csv = await readFile(path, 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('[id]');
    expect(lines).toHaveLength(inCounty.length + 1);
    const ids = lines.slice(1).map((l) => l.split(',')[0]);
    expect(ids.sort()).toEqual(inCounty.map((f) => f.id).sort());
    expect(download.suggestedFilename()).toBe(`hazard-sources-2026-11-22-${COUNTY}.csv`);
  });

  it('opens the seeds’ indicators with their anomalies flagged', async () => {
    const { page } = await open();
    await waitForMapReady(page);
    await page.getByTestId('drawer-tab-indicators').click();
    await page.getByTestId('indicators-panel').waitFor({ state: 'visible', timeout: 30_000 });
    const flags = page.getByTestId('indicator-flag');
    await expect.poll(() => flags.count()).toBeGreaterThanOrEqual(2);
    expect((await flags.first().textContent()) ?? '').toContain('逐年降幅之和');
    await page.getByTestId('indicators-city').selectOption({ label: '信阳市' });
    await expect
      .poll(async () => (await page.getByTestId('indicator-flag').first().textContent()) ?? '')
      .toContain('1336');
    await saveScreenshot(page, 'indicators');
  });
});
