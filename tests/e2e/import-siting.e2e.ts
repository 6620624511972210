import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { geodesicDestination } from '../../src/analysis/incident/geodesic-destination';
import { Geodesic } from '../helpers/geodesic';
import { setupApp, showTab } from './app';
import { saveScreenshot, waitForMapIdle, waitForMapReady } from './browser';
import { runSitingCli } from './siting/cli';
import { siteNearServedSchool } from './siting/site-near-school';

/**
 * Issue #9: schools imported from a CSV are protected targets everywhere, so the 规划选址 反向核查 (a proposed
 * hazardous project) and the 应急指挥 incident counts must include them. The expected numbers come from outside the
 * app: the siting CLI on the served data (the count without the import) plus a brute-force geodesic distance
 * (geographiclib, in Node) from the proposed site to each school as written in the CSV, against the zone distances
 * the page shows. If imported features did not reach the engines, the counts would miss them and the test fails.
 */

const baseURL = inject('baseURL');
const { open } = setupApp(baseURL);

// the issue's example inventory (also the panel's default), graded by GB 18218-2018 with 120 people within 500 m
const CHEMICALS = '氯:12;液氨:30';
const PEOPLE_500M = '120';

interface School {
  id: string;
  name: string;
  category: string;
  people: number;
  lon: number;
  lat: number;
}

/** Geodesic distance in metres (WGS84, Karney's inverse problem), the brute-force oracle. */
const distanceM = (a: readonly [number, number], b: { lon: number; lat: number }): number =>
  Geodesic.WGS84.Inverse(a[1], a[0], b.lat, b.lon).s12 as number;

/** Opens the import dialog and hands it a file. */
async function chooseFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await showTab(page, 'features');
  await page.getByTestId('import-open').click();
  await page.getByTestId('import-dialog').waitFor({ state: 'visible' });
  await page.getByTestId('import-file-input').setInputFiles({ name, mimeType: 'text/csv', buffer });
}

/** `1.5 km`, `750 m`, `120.3 m` (src/panels/siting/verdict-style metres()) → metres. */
function parseMetres(text: string): number {
  const m = /([\d.]+)\s*(km|m)\b/.exec(text);
  if (!m) throw new Error(`no distance in "${text}"`);
  return Number(m[1]) * (m[2] === 'km' ? 1000 : 1);
}

/**
 * How far the proposed hazard's zones reach, read from the 规则依据 table the page shows: the outer edge of each
 * rule (`内 / 中 / 外 m`), or the single distance of a fixed code spacing.
 */
async function shownReach(page: Page): Promise<number> {
  const cells = await page
    .getByTestId('inverse-zones')
    .locator('tr[data-rule] td.num')
    .evaluateAll((tds) => tds.map((td) => td.textContent ?? ''));
  expect(cells.length).toBeGreaterThan(0);
  return Math.max(
    ...cells.map((c) => {
      const zones = /(\d+) \/ (\d+) \/ (\d+) m/.exec(c);
      return zones ? Number(zones[3]) : parseMetres(c);
    }),
  );
}

interface InverseRow {
  id: string;
  verdict: string;
  name: string;
  actual: string;
}

function inverseRows(page: Page): Promise<InverseRow[]> {
  return page.getByTestId('inverse-target-row').evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute('data-id') ?? '',
      verdict: el.getAttribute('data-verdict') ?? '',
      name: el.querySelector('.hazard-name')?.textContent ?? '',
      actual: el.querySelector('td.num:last-child')?.textContent ?? '',
    })),
  );
}

const sorted = (xs: Iterable<string>) => [...xs].sort();

describe('imported schools in the analyses', () => {
  it('a CSV of schools imported as 防护目标 is counted by the 反向核查 of a proposed hazard and by an incident', async () => {
    // the proposed hazardous project: 300 m east of a school of the served data, so there are targets without the import
    const { school: neighbour, targets: served, at, site: siteAt } = await siteNearServedSchool(baseURL, 300);

    // the count without the import: the siting CLI on the served data
    const cli = await runSitingCli([
      '--at',
      at,
      '--use',
      '学校',
      '--chemicals',
      CHEMICALS,
      '--people500m',
      PEOPLE_500M,
    ]);
    const without = cli.inverse;
    if (!without) throw new Error('CLI gave no inverse report');
    expect(without.targets.length).toBeGreaterThan(0);

    // four schools with names nobody else has, from 120 m to 2.6 km around the site (no distance near a zone edge:
    // the hazard-source zones end at 100/150/200/300, 300/500/700/1000 and 500/1000/1500/2000 m)
    const adcode = typeof neighbour.props.adcode === 'string' ? neighbour.props.adcode : '430602';
    const placed = [
      { id: 'IMP-SIT-1', name: '选址导入测试第一小学', category: '学校', people: 900, az: 0, m: 120 },
      { id: 'IMP-SIT-2', name: '选址导入测试幼儿园', category: '幼儿园', people: 150, az: 200, m: 400 },
      { id: 'IMP-SIT-3', name: '选址导入测试中学', category: '学校', people: 1600, az: 300, m: 750 },
      { id: 'IMP-SIT-4', name: '选址导入测试远郊小学', category: '学校', people: 300, az: 120, m: 2600 },
    ];
    const schools: School[] = placed.map(({ az, m, ...s }) => {
      const [lon, lat] = geodesicDestination(siteAt, az, m);
      return { ...s, lon: Number(lon.toFixed(7)), lat: Number(lat.toFixed(7)) };
    });
    const csv = `${[
      '编号,名称,经度,纬度,类别,人数,行政区划代码',
      ...schools.map((s) => `${s.id},${s.name},${s.lon},${s.lat},${s.category},${s.people},${adcode}`),
    ].join('\r\n')}\r\n`;

    // import them on the 一张图
    const { page, consoleErrors } = await open(`/?v=${siteAt[0]},${siteAt[1]},14`);
    await waitForMapReady(page);
    await chooseFile(page, '选址周边学校.csv', Buffer.from(csv, 'utf8'));
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.getAttribute('data-accepted')).toBe(String(schools.length));
    expect(await page.getByTestId('import-target-select').inputValue()).toBe('protected-targets');
    await page.getByTestId('import-confirm').click();
    const dataset = page.getByTestId('imported-dataset');
    await dataset.waitFor({ timeout: 60_000 });
    expect(await dataset.getAttribute('data-target')).toBe('protected-targets');
    expect(await dataset.getAttribute('data-count')).toBe(String(schools.length));

    // 规划选址 → 反向核查: the proposed hazard at the site
    await page.getByTestId('workspace-siting').click();
    await page.getByTestId('siting-tab-inverse').waitFor({ timeout: 30_000 });
    await waitForMapReady(page);
    await page.getByTestId('siting-tab-inverse').click();
    await page.getByTestId('inverse-chemicals').fill(CHEMICALS);
    await page.getByTestId('inverse-coords').fill(at);
    await page.getByTestId('inverse-coords').press('Enter');
    await page.getByTestId('inverse-people500m').fill(PEOPLE_500M);
    const banner = page.getByTestId('inverse-verdict');
    await banner.waitFor({ state: 'visible', timeout: 30_000 });

    // the brute force: the imported schools within the zones the page shows
    const reach = await shownReach(page);
    const inside = schools.filter((s) => distanceM(siteAt, s) <= reach);
    const outside = schools.filter((s) => distanceM(siteAt, s) > reach);
    // the fixture has schools on both sides of the zone edge, or the test would prove little
    expect(inside.length).toBeGreaterThan(0);
    expect(outside.length).toBeGreaterThan(0);

    const expectedIds = sorted([...without.targets.map((t) => t.targetId), ...inside.map((s) => s.id)]);
    await expect
      .poll(async () => sorted((await inverseRows(page)).map((r) => r.id)), { timeout: 30_000 })
      .toEqual(expectedIds);
    const rows = await inverseRows(page);
    expect(rows.length).toBe(without.targets.length + inside.length);
    // the banner's 区内现有防护目标 N 个 counts them too
    expect(await banner.textContent()).toContain(`区内现有防护目标 ${without.targets.length + inside.length} 个`);
    // the served targets keep the CLI's verdicts
    for (const t of without.targets) expect(rows.find((r) => r.id === t.targetId)?.verdict).toBe(t.verdict);
    // each imported school inside is listed by name, at the brute-force distance
    for (const s of inside) {
      const row = rows.find((r) => r.id === s.id);
      expect(row?.name).toBe(s.name);
      expect(Math.abs(parseMetres(row?.actual ?? '') - distanceM(siteAt, s))).toBeLessThan(0.2);
    }
    for (const s of outside) expect(rows.some((r) => r.id === s.id)).toBe(false);
    // a school 120 m from a major hazard is in its inner zone: 不建议
    expect(rows.find((r) => r.id === 'IMP-SIT-1')?.verdict).toBe('不建议');
    await page.getByTestId('inverse-targets').scrollIntoViewIfNeeded();
    await waitForMapIdle(page);
    await saveScreenshot(page, 'import-siting-inverse');

    // 应急指挥: an incident at the same place counts them in its rings (plain rings: no substance typed)
    await page.getByTestId('workspace-command').click();
    await page.getByTestId('incident-panel').waitFor({ timeout: 30_000 });
    await waitForMapReady(page);
    await page.getByTestId('incident-coords').fill(at);
    await page.getByTestId('incident-coords').press('Enter');
    const all = [...served.map((t) => ({ id: t.id, lon: t.lon, lat: t.lat })), ...schools];
    for (const radius of [1000, 3000]) {
      const ids = all.filter((t) => distanceM(siteAt, t) <= radius).map((t) => t.id);
      expect(ids.some((id) => id.startsWith('IMP-SIT-'))).toBe(true);
      const row = page.locator(`[data-testid="affected-zone"][data-zone="ring-${radius}"]`);
      await expect.poll(async () => Number(await row.getAttribute('data-count')), { timeout: 30_000 }).toBe(ids.length);
    }
    const listed = await page
      .locator('[data-testid="affected-row"][data-kind="target"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
    for (const s of schools.filter((x) => distanceM(siteAt, x) <= 1000)) expect(listed).toContain(s.id);
    await waitForMapIdle(page);
    await saveScreenshot(page, 'import-command-incident');

    expect(consoleErrors).toEqual([]);
  });
});
