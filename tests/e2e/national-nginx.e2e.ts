import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bbox } from '@turf/bbox';
import Papa from 'papaparse';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCensus } from '../../scripts/census';
import { runBuild } from '../../scripts/lib/run-build';
import { generateNational } from '../../scripts/national/generate';
import { readHazardLayers } from '../../scripts/siting';
import { type Nginx, startNginx } from '../national/nginx';
import { launchBrowser, openAppPage, saveScreenshot, waitForMapIdle, waitForMapReady } from './browser';

/**
 * Deployment check (docs/deploy.md): the built app (dist/, made by `npm run test:e2e`) and a national-style dataset
 * served by nginx with the shipped deploy/nginx.conf, on 127.0.0.1 with a free port. The dataset is the national
 * generator at 3 % scale (30,000 hazard sources, over the app's whole-file limit, so the layer streams by bbox).
 */
interface Tile {
  scope: string | null;
  count: number;
}

/** 应急指挥's 重大危险源 tile: what it counts over (all / view / grid) and its total (NaN while it reads). */
async function hazardTile(page: Page): Promise<Tile> {
  const tile = page.getByTestId('kpi-hazards');
  const count = await tile.locator('.kpi-big').getAttribute('data-count');
  return { scope: await tile.getAttribute('data-scope'), count: count === null ? Number.NaN : Number(count) };
}

/** The hazard sources the map holds within its current bounds. */
function hazardsOnMapInView(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const m = window.__riskatlas?.map;
    if (!m) return -1;
    const b = m.getBounds();
    const src = m.getSource('hazard-sources') as unknown as { getData(): Promise<GeoJSON.FeatureCollection> };
    return (await src.getData()).features.filter((f) => {
      const [x = 0, y = 0] = (f.geometry as GeoJSON.Point).coordinates;
      return x >= b.getWest() && x <= b.getEast() && y >= b.getSouth() && y <= b.getNorth();
    }).length;
  });
}

/** A census CSV's rows, header first, parsed as CSV since names may hold commas. */
const csvRows = (text: string): string[][] =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

let nginx: Nginx;
let browser: Browser;
const work = mkdtempSync(join(tmpdir(), 'riskatlas-nginx-'));
// mkdtemp makes it private (0700); nginx started as root serves as `nobody`, which must get through it
chmodSync(work, 0o755);
const national = join(work, 'national');

beforeAll(async () => {
  generateNational({ outDir: join(national, 'ledgers'), scale: 0.03 });
  const quiet = { out: () => {}, err: () => {} };
  const built = await runBuild({ inDir: join(national, 'ledgers'), outDir: join(national, 'built') }, quiet);
  if (built.exitCode !== 0) throw new Error(`national build failed: ${built.issues[0]?.reason ?? built.exitCode}`);
  nginx = await startNginx({ prefix: join(work, 'nginx'), dist: resolve('dist'), national: join(national, 'built') });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('the built app behind nginx (deploy/nginx.conf)', () => {
  it('answers Range requests on .fgb with 206, uncompressed; serves .mjs as JavaScript; gzips text', async () => {
    const fgb = await fetch(`${nginx.url}/national/hazard-sources.fgb`, {
      headers: { Range: 'bytes=0-99', 'Accept-Encoding': 'gzip' },
    });
    expect(fgb.status).toBe(206);
    expect(fgb.headers.get('content-range')).toMatch(/^bytes 0-99\/\d+$/);
    expect(fgb.headers.get('content-encoding')).toBeNull();
    expect(fgb.headers.get('content-type')).toBe('application/octet-stream');
    expect((await fgb.arrayBuffer()).byteLength).toBe(100);

    const manifest = await fetch(`${nginx.url}/national/manifest.json`);
    expect(manifest.status).toBe(200);
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    expect((await manifest.json()).layers['hazard-sources'].featureCount).toBe(30_000);

    const mjs = readdirSync(resolve('dist', 'assets')).find((f) => f.endsWith('.mjs'));
    const worker = await fetch(`${nginx.url}/assets/${mjs}`);
    expect(worker.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(worker.headers.get('cache-control')).toContain('immutable');

    const js = readdirSync(resolve('dist', 'assets')).find((f) => f.endsWith('.js'));
    // node's fetch decodes gzip itself and says so only in the header
    const gz = await fetch(`${nginx.url}/assets/${js}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect((await fetch(`${nginx.url}/some/client/route`)).status).toBe(200); // the app shell
    expect((await fetch(`${nginx.url}/national/missing.fgb`)).status).toBe(404);
  });

  it('opens ?data=national: the map gets ready and the city view is read by bbox through HTTP 206', async () => {
    const errorsBefore = nginx.errors().length;
    const app = await openAppPage(browser, nginx.url, '/?data=national&v=113.10000,29.35000,9.50');
    const fgb: { url: string; status: number }[] = [];
    app.page.on('response', (r: Response) => {
      if (r.url().includes('.fgb')) fgb.push({ url: new URL(r.url()).pathname, status: r.status() });
    });
    try {
      await waitForMapReady(app.page);
      await saveScreenshot(app.page, 'national-nginx-city');
      const hazardReads = fgb.filter((r) => r.url === '/national/hazard-sources.fgb');
      expect(hazardReads.length).toBeGreaterThan(1);
      expect(hazardReads.every((r) => r.status === 206)).toBe(true);
      const drawn = (await app.page.evaluate(`(async () => {
        const s = window.__riskatlas.map.getSource('hazard-sources');
        return (await s.getData()).features.length;
      })()`)) as number;
      expect(drawn).toBeGreaterThan(0);

      // zoomed out to the country: grid counts instead of features, and no feature read
      fgb.length = 0;
      await app.page.evaluate(`window.__riskatlas.map.jumpTo({ center: [108, 34], zoom: 4.5 })`);
      await expect
        .poll(
          async () =>
            (await app.page.evaluate(`(async () => {
              const s = window.__riskatlas.map.getSource('hazard-sources-agg');
              return s ? (await s.getData()).features.length : 0;
            })()`)) as number,
          { timeout: 30_000 },
        )
        .toBeGreaterThan(0);
      await waitForMapIdle(app.page);
      await saveScreenshot(app.page, 'national-nginx-country');
      expect(fgb.some((r) => r.url === '/national/hazard-sources.agg-1.fgb' && r.status === 200)).toBe(true);
      expect(fgb.filter((r) => r.url === '/national/hazard-sources.fgb')).toEqual([]);
      expect(app.offOrigin).toEqual([]);
      expect(app.consoleErrors).toEqual([]);
      expect(nginx.errors().slice(errorsBefore)).not.toMatch(/\[(error|crit|alert|emerg)\]/);
    } finally {
      await app.close();
    }
  });

  it('search on streamed data: a hazard source anywhere is found from the country view by its 编号 or name, through the index by Range', async () => {
    // a hazard source far from 岳阳, in the far west; the country view holds no feature at all (grid cells only)
    const all = readHazardLayers(join(national, 'built'))['hazard-sources'] ?? [];
    const target = all.find((f) => ((f.geometry as GeoJSON.Point).coordinates[0] ?? 180) < 100);
    const id = String(target?.properties?.id);
    const name = String(target?.properties?.name);
    const app = await openAppPage(browser, nginx.url, '/?data=national&v=108.00000,34.00000,4.50');
    const ranged: string[] = [];
    app.page.on('response', (r: Response) => {
      if (r.status() === 206) ranged.push(new URL(r.url()).pathname);
    });
    try {
      await waitForMapReady(app.page);
      const input = app.page.getByTestId('search-input');
      // a name prefix: every hit starts with it (the index matches beginnings), the target among them or its name
      await input.fill(name.slice(0, 3));
      const byName = app.page.locator('[data-testid="search-result"][data-kind="indexed"]');
      await byName.first().waitFor({ timeout: 30_000 });
      for (const text of await byName.locator('.option-name').allTextContents()) {
        expect(text.startsWith(name.slice(0, 3))).toBe(true);
      }
      // the 编号: exactly that feature, first; picking it flies there and its card opens once the view's read is in
      await input.fill(id.toLowerCase());
      const hit = app.page.locator(`[data-testid="search-result"][data-id="${id}"]`);
      await hit.waitFor({ timeout: 30_000 });
      expect(await app.page.getByTestId('search-result').first().getAttribute('data-id')).toBe(id);
      await hit.click();
      await app.page.locator(`[data-testid="detail-card"][data-id="${id}"]`).waitFor({ timeout: 30_000 });
      expect(await app.page.getByTestId('detail-card').locator('h2').textContent()).toBe(name);
      expect(ranged).toContain('/national/hazard-sources.search.jsonl');
      expect(app.consoleErrors).toEqual([]);
      await saveScreenshot(app.page, 'national-search');
    } finally {
      await app.close();
    }
  });

  it('规划选址 on streamed data: a site checked at country zoom gets the verdict and hazards of a city view', async () => {
    // the site: a hazard source drawn in the 岳阳 city view, so its zones hold at least that hazard
    const city = '113.10000,29.35000,9.50';
    const probe = await openAppPage(browser, nginx.url, `/?data=national&v=${city}`);
    let site: [number, number];
    try {
      await waitForMapReady(probe.page);
      site = (await probe.page.evaluate(`(async () => {
        const c = window.__riskatlas.map.getCenter();
        const fs = (await window.__riskatlas.map.getSource('hazard-sources').getData()).features;
        const d = (f) => Math.hypot(f.geometry.coordinates[0] - c.lng, f.geometry.coordinates[1] - c.lat);
        return fs.reduce((a, b) => (d(b) < d(a) ? b : a)).geometry.coordinates;
      })()`)) as [number, number];
    } finally {
      await probe.close();
    }
    const check = async (view: string) => {
      const app = await openAppPage(browser, nginx.url, `/?data=national&ws=siting&v=${view}`);
      const ranged: string[] = [];
      app.page.on('response', (r: Response) => {
        if (r.status() === 206) ranged.push(new URL(r.url()).pathname);
      });
      try {
        await waitForMapReady(app.page);
        ranged.length = 0;
        await app.page.getByTestId('siting-coords-input').fill(`${site[0]},${site[1]}`);
        await app.page.getByTestId('siting-coords-apply').click();
        await app.page.getByTestId('siting-category').selectOption('学校');
        const verdict = app.page.getByTestId('siting-verdict');
        await verdict.waitFor({ timeout: 30_000 });
        const rows = await app.page
          .getByTestId('siting-hazard-row')
          .evaluateAll((es) => es.map((e) => `${e.getAttribute('data-layer')}:${e.getAttribute('data-id')}`));
        const note = await app.page.getByTestId('siting-around-note').count();
        expect(app.consoleErrors).toEqual([]);
        expect(app.offOrigin).toEqual([]);
        return { verdict: await verdict.getAttribute('data-verdict'), rows, note, ranged: [...ranged] };
      } finally {
        await saveScreenshot(app.page, `national-siting-${view.split(',')[2]}`);
        await app.close();
      }
    };
    const near = await check(`${site[0]},${site[1]},12.00`);
    const country = await check('108.00000,34.00000,4.50');
    expect(near.rows.length).toBeGreaterThan(0);
    expect(country.verdict).toBe(near.verdict);
    expect(country.rows).toEqual(near.rows);
    // at country zoom the map holds grid cells only: the site's surroundings were read by Range for the check
    expect(country.note).toBe(1);
    expect(country.ranged).toContain('/national/hazard-sources.fgb');
    expect(near.note).toBe(0);
  });

  it('距离普查 on streamed data: the hazards in view, each against every target, as `npm run census` lists them', async () => {
    // a view whose edge runs through 岳阳's hazards: the map also holds hazards around it (read with a margin),
    // some of them with violating pairs, which the census must leave to the view that shows them
    const app = await openAppPage(browser, nginx.url, '/?data=national&ws=siting&v=113.07000,29.42000,12.00');
    try {
      await waitForMapReady(app.page);
      await app.page.getByTestId('siting-tab-census').click();
      // the scope names its view once the view's features are in (before: still reading)
      const scope = app.page.locator('[data-testid="census-scope"][data-view]');
      await scope.waitFor({ timeout: 30_000 });
      await app.page.getByTestId('census-result').waitFor({ timeout: 30_000 });
      const [w = Number.NaN, so = Number.NaN, e = Number.NaN, n = Number.NaN] = (
        (await scope.getAttribute('data-view')) ?? ''
      )
        .split(',')
        .map(Number);
      expect([w, so, e, n].every(Number.isFinite)).toBe(true);
      const [dl] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('census-csv').click()]);
      const appRows = csvRows(await readFile(await dl.path(), 'utf8')).slice(1);
      // the oracle: the command-line census over the whole dataset, keeping the pairs of the hazards in view (a
      // point inside the view, a park overlapping it)
      const built = join(national, 'built');
      const cli = runCensus(['--data', built, '--out', join(work, 'census.csv'), '--json']);
      const inView = new Set<string>();
      const nearView = new Set<string>(); // outside the view, within 0.02° (~2 km: inside the margin read)
      for (const fs of Object.values(readHazardLayers(built))) {
        for (const f of fs) {
          const [x0, y0, x1, y1] = bbox(f);
          const id = String(f.properties?.id);
          if (x0 <= e && x1 >= w && y0 <= n && y1 >= so) inView.add(id);
          else if (x0 <= e + 0.02 && x1 >= w - 0.02 && y0 <= n + 0.02 && y1 >= so - 0.02) nearView.add(id);
        }
      }
      const [header = [], ...cliRows] = csvRows(await readFile(cli.out, 'utf8'));
      const id = header.findIndex((h) => h.endsWith('[hazardId]'));
      expect(id).toBeGreaterThanOrEqual(0);
      const expected = cliRows.filter((r) => inView.has(r[id] ?? ''));
      expect(expected.length).toBeGreaterThan(0);
      // the view's edge matters here: hazards just outside it have violating pairs too
      expect(cliRows.some((r) => nearView.has(r[id] ?? ''))).toBe(true);
      expect(appRows.map((r) => r.join(',')).sort()).toEqual(expected.map((r) => r.join(',')).sort());
      expect(app.consoleErrors).toEqual([]);
      await saveScreenshot(app.page, 'national-census');
    } finally {
      await app.close();
    }
  });

  it('应急指挥 on streamed data: the lists of an incident are the same whichever view it was placed from; the 重大危险源 tile counts the view', async () => {
    // the 重大危险源 tile as each view opened
    const opened: Tile[] = [];
    const place = async (view: string) => {
      const app = await openAppPage(browser, nginx.url, `/?data=national&ws=command&v=${view}`);
      try {
        await waitForMapReady(app.page);
        await expect.poll(async () => (await hazardTile(app.page)).count, { timeout: 30_000 }).not.toBeNaN();
        opened.push(await hazardTile(app.page));
        await app.page.getByTestId('incident-coords').fill('113.10000,29.35000');
        await app.page.getByTestId('incident-coords').press('Enter');
        await app.page.getByTestId('substance-input').fill('氯');
        await app.page.getByTestId('responder-row').first().waitFor({ timeout: 30_000 });
        await expect.poll(() => app.page.getByTestId('command-around-loading').count()).toBe(0);
        const ids = (id: string) =>
          app.page.getByTestId(id).evaluateAll((es) => es.map((e) => e.getAttribute('data-id')));
        expect(app.consoleErrors).toEqual([]);
        // placing the incident took the camera to it, a city view: once it settled, the tile counts the hazard
        // sources on the map within its bounds (not the margin read around them)
        // (the view's read after the move lands a little later: poll until the tile has counted it)
        await waitForMapIdle(app.page);
        const agrees = async () => {
          const tile = await hazardTile(app.page);
          return tile.scope === 'view' && tile.count > 0 && tile.count === (await hazardsOnMapInView(app.page));
        };
        await expect.poll(agrees, { timeout: 30_000, interval: 250 }).toBe(true);
        return { responders: await ids('responder-row'), affected: await ids('affected-row') };
      } finally {
        await saveScreenshot(app.page, `national-command-${view.split(',')[2]}`);
        await app.close();
      }
    };
    const near = await place('113.10000,29.35000,12.00');
    const country = await place('108.00000,34.00000,4.50');
    expect(near.responders.length).toBeGreaterThan(0);
    expect(near.affected.length).toBeGreaterThan(0);
    expect(opened[0]?.scope).toBe('view');
    // at country zoom the map holds grid cells only: the tile shows their totals in view, never a bare 0
    expect(opened[1]?.scope).toBe('grid');
    expect(opened[1]?.count).toBeGreaterThan(10_000);
    // placed from the country view, where the map holds grid cells only, the lists are those of the city view
    expect(country).toEqual(near);
  });

  it('应急指挥 fire coverage on streamed data: the objects outside every district are drawn in clusters, each once', async () => {
    const app = await openAppPage(browser, nginx.url, '/?data=national&ws=command&v=113.13000,29.37000,11.00');
    try {
      await waitForMapReady(app.page);
      await app.page.getByTestId('coverage-toggle').check();
      const note = app.page.getByTestId('coverage-uncovered');
      await note.waitFor({ timeout: 30_000 });
      const count = Number(await note.getAttribute('data-count'));
      await waitForMapIdle(app.page);
      const drawn = await app.page.evaluate(() => {
        const map = (window as unknown as { __riskatlas: { map: import('maplibre-gl').Map } }).__riskatlas.map;
        const fs = map.queryRenderedFeatures({ layers: ['coverage-uncovered-cluster', 'coverage-uncovered-ring'] });
        // a feature near a tile edge comes back once per tile: count each cluster and object once
        const clusters = new Map<number, number>();
        const singles = new Set<string>();
        for (const f of fs) {
          const p = f.properties ?? {};
          if (p.cluster) clusters.set(Number(p.cluster_id), Number(p.point_count));
          else singles.add(String(p.id));
        }
        return {
          markers: clusters.size + singles.size,
          objects: [...clusters.values()].reduce((n, c) => n + c, singles.size),
        };
      });
      expect(count).toBeGreaterThan(20);
      // every object outside is on the map, in exactly one marker; near ones share a marker
      expect(drawn.objects).toBe(count);
      expect(drawn.markers).toBeLessThan(count);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await saveScreenshot(app.page, 'national-command-coverage');
      await app.close();
    }
  });
});
