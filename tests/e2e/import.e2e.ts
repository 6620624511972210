import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { listItem, setupApp, showTab, waitForCard, waitForListItems } from './app';
import { saveScreenshot, waitForMapIdle, waitForMapReady } from './browser';
import { loadLayer } from './data';

const baseURL = inject('baseURL');
const { open } = setupApp(baseURL);

/** Targets the detail card's 周边 section counts within `radius` metres (0 for 无). */
async function ringTotal(page: Page, radius: number): Promise<number> {
  const text = (await page.locator(`.ring-count[data-radius="${radius}"] h4`).textContent()) ?? '';
  const m = /(\d+)\s*处/.exec(text);
  return m ? Number(m[1]) : 0;
}

/** Opens the import dialog and hands it a file. */
async function chooseFile(page: Page, name: string, buffer: Buffer, mimeType = 'text/csv'): Promise<void> {
  await showTab(page, 'features');
  await page.getByTestId('import-open').click();
  await page.getByTestId('import-dialog').waitFor({ state: 'visible' });
  await page.getByTestId('import-file-input').setInputFiles({ name, mimeType, buffer });
}

/** Every request the page makes that is not a GET (an upload would be one). */
function recordWrites(page: Page): string[] {
  const writes: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'GET' && r.method() !== 'HEAD') writes.push(`${r.method()} ${r.url()}`);
  });
  return writes;
}

describe('bring your own data', () => {
  it('imports a GBK CSV of schools: they appear in the list, count in a hazard’s 周边, persist, export, and can be removed', async () => {
    const app = await open();
    const { page } = app;
    const writes = recordWrites(page);
    await waitForMapReady(page);
    await waitForListItems(page, 'hazard-sources');

    // a hazard source and the protected targets around it before the import
    const hazards = (await loadLayer(baseURL, 'hazard-sources')).filter((h) => h.point);
    const hazard = hazards[0];
    if (!hazard) throw new Error('no point hazard source in the sample data');
    await listItem(page, 'hazard-sources', hazard.id).click();
    await waitForCard(page, hazard.name);
    await page.locator('.ring-count[data-radius="500"]').waitFor();
    const before500 = await ringTotal(page, 500);
    const before1000 = await ringTotal(page, 1000);

    // three schools 150 m, 300 m (inside 500 m) and 800 m (inside 1 km) north of it, and one broken row
    const north = (m: number) => (hazard.lat + m / 111_200).toFixed(6);
    const rows = [
      '编号,名称,经度,纬度,类别,人数,行政区划代码',
      `IMP-E2E-1,导入测试小学,${hazard.lon},${north(150)},学校,900,430602`,
      `IMP-E2E-2,导入测试幼儿园,${hazard.lon},${north(300)},幼儿园,120,430602`,
      `IMP-E2E-3,导入测试中学,${hazard.lon},${north(800)},学校,1500,430602`,
      'IMP-E2E-4,坐标写错的学校,东经一百一十三度,29.3,学校,100,430602',
    ];
    const csv = `${rows.join('\r\n')}\r\n`;
    await chooseFile(page, '学校台账.csv', iconv.encode(csv, 'gbk'));

    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.getAttribute('data-read')).toBe('4');
    expect(await summary.getAttribute('data-accepted')).toBe('3');
    expect(await summary.getAttribute('data-rejected')).toBe('1');
    expect(await page.getByTestId('import-target-select').inputValue()).toBe('protected-targets');
    expect(await page.getByTestId('import-lon-select').inputValue()).toBe('经度');
    expect(await page.getByTestId('import-crs-select').inputValue()).toBe('CGCS2000');
    const issue = page.getByTestId('import-issue-row').first();
    expect(await issue.getAttribute('data-row')).toBe('5');
    expect(await issue.textContent()).toContain('东经一百一十三度');
    await saveScreenshot(page, 'import-dialog-schools');

    // the rejected row comes back unchanged
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('import-download-rejected').click(),
    ]);
    const rejected = (await readFile(await download.path())).toString('utf8');
    expect(download.suggestedFilename()).toBe('学校台账-rejected.csv');
    expect(rejected).toContain(rows[0]);
    expect(rejected).toContain(rows[4]);
    expect(rejected).not.toContain('IMP-E2E-1');

    await page.getByTestId('import-confirm').click();
    const dataset = page.getByTestId('imported-dataset');
    await dataset.waitFor({ timeout: 60_000 });
    expect(await dataset.getAttribute('data-target')).toBe('protected-targets');
    expect(await dataset.getAttribute('data-count')).toBe('3');

    // in the list view, as protected targets (the map flew to them)
    await waitForMapIdle(page);
    await expect
      .poll(async () => listItem(page, 'protected-targets', 'IMP-E2E-1').count(), { timeout: 30_000 })
      .toBe(1);
    expect(await listItem(page, 'protected-targets', 'IMP-E2E-3').getAttribute('data-facet')).toBe('高敏感');

    // and in the hazard's 周边 counts: +2 within 500 m, +3 within 1 km
    await listItem(page, 'hazard-sources', hazard.id).click();
    await waitForCard(page, hazard.name);
    await expect.poll(() => ringTotal(page, 500), { timeout: 30_000 }).toBe(before500 + 2);
    expect(await ringTotal(page, 1000)).toBe(before1000 + 3);
    await saveScreenshot(page, 'import-schools-nearby');

    // the card of an imported school is the ordinary card
    await listItem(page, 'protected-targets', 'IMP-E2E-1').click();
    await waitForCard(page, '导入测试小学');

    // export the layer with its imported rows
    await page.getByTestId('export-section').locator('summary').click();
    await page.getByTestId('export-layer-select').selectOption('layer:protected-targets');
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const exported = (await readFile(await csvDownload.path())).toString('utf8');
    expect(exported).toContain('IMP-E2E-2,导入测试幼儿园');

    // kept in this browser: still there after a reload
    await page.reload();
    await waitForMapReady(page);
    await showTab(page, 'features');
    await page.getByTestId('imported-dataset').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('imported-dataset').getAttribute('data-count')).toBe('3');

    // removed: gone, and still gone after a reload
    await page.getByTestId('imported-remove').click();
    await page.getByTestId('imported-remove-confirm').click();
    await page.getByTestId('imported-dataset').waitFor({ state: 'detached' });
    await page.reload();
    await waitForMapReady(page);
    await showTab(page, 'features');
    await page.getByTestId('import-panel').waitFor();
    expect(await page.getByTestId('imported-dataset').count()).toBe(0);

    // nothing left the page: no upload, no other origin
    expect(writes).toEqual([]);
    expect(app.offOrigin).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });

  it('imports 200 000 rows in a worker with a progress bar; cancel stops it and imports nothing', async () => {
    const { page, consoleErrors } = await open();
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await waitForMapReady(page);

    const lines = ['名称,lng,lat,类型'];
    const kinds = ['仓库', '码头', '加油站', '物资库'];
    for (let i = 0; i < 200_000; i++) {
      // deterministic spread over 岳阳
      const lon = 112.6 + ((i * 7919) % 100_000) / 100_000;
      const lat = 28.6 + ((i * 104_729) % 90_000) / 100_000;
      lines.push(`点${i},${lon.toFixed(6)},${lat.toFixed(6)},${kinds[i % 4]}`);
    }
    const big = Buffer.from(`${lines.join('\n')}\n`, 'utf8');

    // cancel while it runs
    await chooseFile(page, 'big.csv', big);
    await page.getByTestId('import-progress').waitFor({ state: 'visible' });
    await page.getByTestId('import-cancel').click();
    await page.getByTestId('import-cancelled').waitFor();
    expect(await page.getByTestId('import-summary').count()).toBe(0);
    expect(await page.getByTestId('import-progress').count()).toBe(0);
    expect(await page.getByTestId('imported-dataset').count()).toBe(0);

    // again, to the end
    await page.getByTestId('import-file-input').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: big });
    await page.getByTestId('import-progress').waitFor({ state: 'visible' });
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 90_000 });
    expect(await summary.getAttribute('data-read')).toBe('200000');
    expect(await summary.getAttribute('data-accepted')).toBe('200000');
    expect(await page.getByTestId('import-target-select').inputValue()).toBe('generic');
    // the work ran in the import worker, not on the page
    expect(workers.some((u) => /import\.worker/.test(u))).toBe(true);

    await page.getByTestId('import-confirm').click();
    const dataset = page.getByTestId('imported-dataset');
    await dataset.waitFor({ timeout: 90_000 });
    expect(await dataset.getAttribute('data-count')).toBe('200000');
    await waitForMapIdle(page, 90_000);
    await saveScreenshot(page, 'import-200k');
    expect(consoleErrors).toEqual([]);
  }, 240_000);
});
