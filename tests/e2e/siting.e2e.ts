import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, inject, it } from 'vitest';
import { geodesicDistance } from '../../src/analysis/geodesic-distance';
import { geodesicDestination } from '../../src/analysis/incident/geodesic-destination';
import { projectToPage, setupApp } from './app';
import { saveScreenshot, waitForMapIdle, waitForMapReady } from './browser';
import { fetchManifest, loadLayer } from './data';
import { pageRows, runCensusCli, runSitingCli } from './siting/cli';
import { siteNearServedSchool } from './siting/site-near-school';

const baseURL = inject('baseURL');
const { open } = setupApp(baseURL);

type MapWindow = { __riskatlas?: { map?: import('maplibre-gl').Map } };

/** The first active 一级 hazard source served to the app: the site is placed relative to it. */
async function gradeOneHazard() {
  const hazards = await loadLayer(baseURL, 'hazard-sources');
  const h = hazards.find(
    (f) => f.point && f.props.grade === '一级' && !['已关闭', '销号'].includes(String(f.props.status)),
  );
  if (!h) throw new Error('no active 一级 hazard source in /data/hazard-sources.fgb');
  return h;
}

async function verdictOf(page: Page): Promise<string> {
  const banner = page.getByTestId('siting-verdict');
  await banner.waitFor({ state: 'visible', timeout: 30_000 });
  return (await banner.getAttribute('data-verdict')) ?? '';
}

/** Hazard ids in the map's siting-zones source (what the map draws). */
function zoneHazardIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const map = (window as unknown as MapWindow).__riskatlas?.map;
    const src = map?.getSource('siting-zones') as unknown as { getData(): Promise<GeoJSON.FeatureCollection> };
    const data = await src.getData();
    return [...new Set(data.features.map((f) => String(f.properties?.hazardId)))];
  });
}

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: await readFile(path) };
}

describe('规划选址 workspace', () => {
  it('a point drawn a few hundred metres from a 一级 hazard → 不建议, with that hazard in the table and zones', async () => {
    const h = await gradeOneHazard();
    const { page, consoleErrors } = await open(`/?ws=siting&v=${h.lon},${h.lat},15`);
    await waitForMapReady(page);
    await waitForMapIdle(page);

    await page.getByTestId('siting-draw-point').click();
    // terra-draw is running once its layers are on the map
    await page.waitForFunction(() =>
      Boolean((window as unknown as MapWindow).__riskatlas?.map?.getLayer('siting-draw-point')),
    );
    const target = geodesicDestination([h.lon, h.lat], 90, 200);
    const at = await projectToPage(page, target[0], target[1]);
    await page.mouse.click(at.x, at.y);

    const summary = page.getByTestId('siting-site-summary');
    await summary.waitFor({ state: 'visible', timeout: 30_000 });
    const m = /点 ([\d.]+), ([\d.]+)/.exec((await summary.textContent()) ?? '');
    if (!m) throw new Error('site summary without coordinates');
    const drawn: [number, number] = [Number(m[1]), Number(m[2])];
    // a pixel at zoom 15 is ~2 m: the drawn site is where we clicked
    expect(geodesicDistance([h.lon, h.lat], drawn)).toBeGreaterThan(185);
    expect(geodesicDistance([h.lon, h.lat], drawn)).toBeLessThan(215);
    // drawing ended with the point
    expect(await page.getByTestId('siting-draw-point').getAttribute('aria-pressed')).toBe('false');

    await page.getByTestId('siting-category').selectOption('学校');
    expect(await verdictOf(page)).toBe('不建议');
    const rows = await pageRows(page);
    expect(rows).toContainEqual({ id: h.id, layer: 'hazard-sources', zone: 'inner', verdict: '不建议', name: h.name });
    expect(await page.getByTestId('siting-hazard-table').textContent()).toContain(h.name);
    // the map draws this hazard's zones
    await expect.poll(() => zoneHazardIds(page), { timeout: 15_000 }).toContain(h.id);

    // the same site typed in gives the same answer as the CLI
    const cli = await runSitingCli(['--at', `${drawn[0]},${drawn[1]}`, '--use', '学校']);
    expect(cli.verdict).toBe('不建议');
    expect(rows.map(({ id, zone, verdict }) => ({ id, zone, verdict }))).toEqual(
      cli.hazards.map(({ id, zone, verdict }) => ({ id, zone, verdict })),
    );
    await waitForMapIdle(page);
    await saveScreenshot(page, 'siting-drawn-point');
    expect(consoleErrors).toEqual([]);
  });

  it('an uploaded GeoJSON site gets the CLI verdict and rows; the A4 report and the zones export follow', async () => {
    const h = await gradeOneHazard();
    // a ~120 m square 600 m north of the hazard: its middle zone
    const c = geodesicDestination([h.lon, h.lat], 0, 600);
    const corner = (az: number) => geodesicDestination(c, az, 85);
    const ring = [corner(315), corner(45), corner(135), corner(225)];
    const dir = await mkdtemp(join(tmpdir(), 'siting-e2e-'));
    const file = join(dir, 'planned-site.geojson');
    await writeFile(
      file,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: '拟建地块' },
            geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] },
          },
        ],
      }),
    );
    const cli = await runSitingCli(['--site', file, '--use', '居民区']);
    expect(cli.hazards.length).toBeGreaterThan(0);

    const { page } = await open('/?ws=siting');
    await waitForMapReady(page);
    await page.getByTestId('siting-file-input').setInputFiles(file);
    await page.getByTestId('siting-site-summary').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.getByTestId('siting-site-summary').textContent()).toContain('planned-site.geojson');
    await page.getByTestId('siting-category').selectOption('居民区');
    expect(await verdictOf(page)).toBe(cli.verdict);
    const rows = await pageRows(page);
    expect(rows.map(({ id, layer, zone, verdict }) => ({ id, layer, zone, verdict }))).toEqual(
      cli.hazards.map(({ id, layer, zone, verdict }) => ({ id, layer, zone, verdict })),
    );
    expect(rows.find((r) => r.id === h.id)?.zone).toBe('middle');
    await waitForMapIdle(page);
    await saveScreenshot(page, 'siting-uploaded-site');

    // zones as GeoJSON: the site and every zone drawn, each naming its rule
    const zones = await download(page, 'siting-zones-export');
    const gj = JSON.parse(zones.bytes.toString('utf8')) as GeoJSON.FeatureCollection;
    expect(zones.name).toBe('siting-zones.geojson');
    expect(gj.features[0]?.properties?.kind).toBe('site');
    expect(new Set(gj.features.slice(1).map((f) => f.properties?.hazardId))).toEqual(
      new Set(cli.hazards.map((r) => r.id)),
    );

    // 导出报告: the A4 page over the app, with the map picture, the verdict and the data version
    await page.getByTestId('siting-report-button').click();
    const report = page.getByTestId('siting-report');
    await report.waitFor({ state: 'visible', timeout: 30_000 });
    const img = page.getByTestId('siting-report-image');
    await img.waitFor({ state: 'visible', timeout: 60_000 });
    expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);
    expect(await page.getByTestId('siting-report-verdict').getAttribute('data-verdict')).toBe(cli.verdict);
    expect(await page.getByTestId('siting-report-verdict').textContent()).toContain(cli.verdict);
    const manifest = (await fetchManifest(baseURL)) as unknown as { dataVersion: string };
    expect(await page.getByTestId('siting-report-version').textContent()).toContain(manifest.dataVersion);
    expect(await page.getByTestId('siting-report-rules').textContent()).toContain('默认值，待核实');
    expect(await report.textContent()).toContain(h.name);
    // A4 at 96 dpi is 794 px wide
    expect(Math.round((await report.boundingBox())?.width ?? 0)).toBe(794);
    await saveScreenshot(page, 'siting-report');
    // printing shows the report only
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#root').isVisible()).toBe(false);
    expect(await report.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await page.getByTestId('siting-report-close').click();
    await report.waitFor({ state: 'detached' });
  });

  it('a proposed hazard (inventory + people) gets the CLI grade and the same targets', async () => {
    const { school, at } = await siteNearServedSchool(baseURL, 300);
    const cli = await runSitingCli([
      '--at',
      at,
      '--use',
      '学校',
      '--chemicals',
      '氯:12;液氨:30',
      '--people500m',
      '120',
    ]);
    const inv = cli.inverse;
    if (!inv) throw new Error('CLI gave no inverse report');
    expect(inv.targets.map((t) => t.targetId)).toContain(school.id);

    const { page } = await open('/?ws=siting');
    await waitForMapReady(page);
    await page.getByTestId('siting-tab-inverse').click();
    await page.getByTestId('inverse-coords').fill(at);
    await page.getByTestId('inverse-coords').press('Enter');
    await page.getByTestId('inverse-people500m').fill('120');
    const banner = page.getByTestId('inverse-verdict');
    await banner.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await banner.getAttribute('data-verdict')).toBe(inv.verdict);
    expect(await page.getByTestId('inverse-grade').textContent()).toContain(inv.hazard.grade ?? '不构成');
    const rows = await page
      .getByTestId('inverse-target-row')
      .evaluateAll((els) => els.map((el) => [el.getAttribute('data-id'), el.getAttribute('data-verdict')]));
    expect(rows).toEqual(inv.targets.map((t) => [t.targetId, t.verdict]));
    await waitForMapIdle(page);
    await saveScreenshot(page, 'siting-inverse');
  });

  it('the census matches scripts/census.ts: table, CSV byte for byte, XLSX row for row', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'census-e2e-'));
    const cli = await runCensusCli(join(dir, 'census.csv'));
    expect(cli.summary.violations).toBeGreaterThan(0);

    const { page } = await open('/?ws=siting');
    await waitForMapReady(page);
    await page.getByTestId('siting-tab-census').click();
    await page.getByTestId('census-result').waitFor({ state: 'visible', timeout: 30_000 });
    const showAll = page.getByRole('button', { name: /显示全部/ });
    if (await showAll.count()) await showAll.click();
    const rows = await page
      .getByTestId('census-row')
      .evaluateAll((els) =>
        els.map(
          (el) =>
            `${el.getAttribute('data-hazard')},${el.getAttribute('data-target')},${el.getAttribute('data-verdict')}`,
        ),
      );
    const csvLines = cli.csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const header = (csvLines[0] ?? '').split(',');
    const col = (key: string) => header.findIndex((h) => h.endsWith(`[${key}]`));
    const expected = csvLines.slice(1).map((l) => {
      const c = l.split(',');
      return `${c[col('hazardId')]},${c[col('targetId')]},${c[col('verdict')]}`;
    });
    expect(rows).toEqual(expected);

    await page.getByTestId('census-zoom').click();
    await waitForMapIdle(page);
    await saveScreenshot(page, 'siting-census');

    const csv = await download(page, 'census-csv');
    expect(csv.name).toMatch(/^census-.*\.csv$/);
    expect(csv.bytes.toString('utf8')).toBe(cli.csv);
    const xlsx = await download(page, 'census-xlsx');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const sheet = await readSheet(xlsx.bytes, 1);
    expect(sheet.length).toBe(csvLines.length);
    expect(sheet[0]).toEqual(header);
  });
});
