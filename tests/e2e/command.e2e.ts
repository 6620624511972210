import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { pointInZone } from '../../src/analysis/incident';
import { type ErgSubstance, lookupErgSubstance, selectErgDistances } from '../../src/domain/erg';
import { Geodesic } from '../helpers/geodesic';
import { projectToPage, setupApp } from './app';
import { saveScreenshot, waitForMapIdle, waitForMapReady } from './browser';
import { type DataFeature, loadLayer } from './data';

const baseURL = inject('baseURL');
const { open } = setupApp(baseURL);

type RiskAtlasWindow = { __riskatlas?: { map?: import('maplibre-gl').Map } };

// The scenario: a large chlorine release at night, wind from the east (the plume goes west).
const SPILL = 'large' as const;
const TIME = 'night' as const;
const WIND_FROM = 90;

interface Count {
  count: number;
  people: number;
}

/**
 * Brute force over every protected target served to the app (read with flatgeobuf, not the app's reader): the
 * isolation circle by geographiclib's geodesic distance, the downwind square by the engine's pointInZone.
 */
function bruteForce(site: DataFeature, targets: readonly DataFeature[]) {
  const sel = selectErgDistances(lookupErgSubstance('氯') as ErgSubstance, { spill: SPILL, time: TIME });
  const isoM = sel.zones[0]?.meters as number;
  const padM = sel.zones[1]?.meters as number;
  const square = {
    shape: 'square' as const,
    origin: [site.lon, site.lat] as [number, number],
    radiusM: null,
    distanceKm: padM / 1000,
    downwindDeg: (WIND_FROM + 180) % 360,
  };
  const iso: Count = { count: 0, people: 0 };
  const pad: Count = { count: 0, people: 0 };
  for (const t of targets) {
    const people = Number(t.props.people) || 0;
    const s12 = Geodesic.WGS84.Inverse(site.lat, site.lon, t.lat, t.lon).s12 as number;
    if (s12 <= isoM) {
      iso.count += 1;
      iso.people += people;
    }
    if (pointInZone(square, [t.lon, t.lat])) {
      pad.count += 1;
      pad.people += people;
    }
  }
  return { iso, pad, isoM, padM };
}

const zoneRow = (page: Page, testId: string, zone: string) =>
  page.locator(`[data-testid="${testId}"][data-zone="${zone}"]`);

async function rowCount(page: Page, testId: string, zone: string): Promise<Count> {
  const row = zoneRow(page, testId, zone);
  return {
    count: Number(await row.getAttribute('data-count')),
    people: Number(await row.getAttribute('data-people')),
  };
}

describe('应急指挥 (command)', () => {
  it('places a chlorine incident on a hazard source: zones on the map, counts equal a brute force, same in the 简报', async () => {
    const [hazards, targets] = await Promise.all([
      loadLayer(baseURL, 'hazard-sources'),
      loadLayer(baseURL, 'protected-targets'),
    ]);
    const manifest = (await (await fetch(`${baseURL}/data/manifest.json`)).json()) as { dataVersion: string };
    // The chlorine store whose zones hold the most targets, so the comparison is between real, non-zero numbers.
    const chlorine = hazards.filter((h) => h.point && /(^|;)氯:/.test(String(h.props.chemicals)));
    const ranked = chlorine
      .map((h) => ({ h, bf: bruteForce(h, targets) }))
      .sort((a, b) => b.bf.iso.count - a.bf.iso.count || b.bf.pad.count - a.bf.pad.count || (a.h.id < b.h.id ? -1 : 1));
    const pick = ranked[0];
    if (!pick) throw new Error('no chlorine hazard source in the sample data');
    const { h: site, bf } = pick;
    expect(bf.iso.count).toBeGreaterThan(0);
    expect(bf.pad.count).toBeGreaterThan(0);

    const { page, consoleErrors } = await open('/');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await waitForMapReady(page);
    await page.getByTestId('workspace-command').click();
    await page.getByTestId('incident-panel').waitFor({ timeout: 30_000 });
    await waitForMapReady(page); // the command workspace has its own (dark) map

    // pick the hazard source from the list: its inventory's chlorine is preselected
    await page.getByTestId('hazard-pick-input').fill(site.id);
    await page.locator(`[data-testid="hazard-pick-option"][data-id="${site.id}"]`).click();
    await expect.poll(() => page.getByTestId('substance-input').inputValue()).toBe('氯');
    await expect.poll(async () => page.getByTestId('substance-resolved').getAttribute('data-un')).toBe('1017');
    await page.getByTestId('substance-input').fill('氯');
    await page.getByLabel('大量泄漏（>208 L）').check();
    await page.getByLabel('夜间').check();
    await page.getByTestId('wind-degrees').fill(String(WIND_FROM));

    // zones exist as map layers with the scenario's sizes
    await expect
      .poll(() =>
        page.evaluate(() => {
          const map = (window as unknown as RiskAtlasWindow).__riskatlas?.map;
          const src = map?.getSource('incident-zones') as { serialize(): { data: unknown } } | undefined;
          const data = src?.serialize().data as { features?: { properties: Record<string, unknown> }[] } | undefined;
          return (data?.features ?? []).map((f) => [f.properties.key, f.properties.radiusM, f.properties.distanceKm]);
        }),
      )
      .toEqual([
        ['isolation', bf.isoM, null],
        ['protective-action', null, bf.padM / 1000],
        ['ring-500', 500, null],
        ['ring-1000', 1000, null],
        ['ring-3000', 3000, null],
        ['ring-5000', 5000, null],
      ]);
    await waitForMapIdle(page);
    const rendered = await page.evaluate(() => {
      const map = (window as unknown as RiskAtlasWindow).__riskatlas?.map;
      if (!map) throw new Error('no map');
      const kinds = (layers: string[]) => [
        ...new Set(map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.zone))),
      ];
      return {
        fill: kinds(['incident-zone-fill']).sort(),
        rings: kinds(['incident-ring-line']),
        point: map.queryRenderedFeatures({ layers: ['incident-point'] }).length,
      };
    });
    expect(rendered.fill).toEqual(['isolation', 'protective-action']);
    expect(rendered.rings).toEqual(['ring']);
    expect(rendered.point).toBe(1);

    // the affected list agrees with the brute force
    await expect.poll(() => rowCount(page, 'affected-zone', 'isolation')).toEqual(bf.iso);
    expect(await rowCount(page, 'affected-zone', 'protective-action')).toEqual(bf.pad);
    // responders: five, nearest first, each with an estimated arrival
    const etas = await page
      .getByTestId('responder-row')
      .evaluateAll((rows) =>
        rows
          .filter((r) => r.getAttribute('data-group') === 'nearest')
          .map((r) => Number(r.getAttribute('data-distance'))),
      );
    expect(etas).toHaveLength(5);
    expect([...etas].sort((a, b) => a - b)).toEqual(etas);
    await saveScreenshot(page, 'command-incident');

    // the 简报 shows the same numbers, the data version and a map image
    await page.getByTestId('report-open').click();
    const report = page.getByTestId('report');
    await report.waitFor({ timeout: 30_000 });
    await page.getByTestId('report-map').waitFor({ timeout: 60_000 });
    expect(await rowCount(page, 'report-zone', 'isolation')).toEqual(bf.iso);
    expect(await rowCount(page, 'report-zone', 'protective-action')).toEqual(bf.pad);
    expect(await page.getByTestId('report-data-version').textContent()).toBe(manifest.dataVersion);
    expect(await page.getByTestId('report-substance').textContent()).toContain('UN1017');
    const src = (await page.getByTestId('report-map').getAttribute('src')) ?? '';
    expect(src.startsWith('data:image/png;base64,')).toBe(true);
    expect(src.length).toBeGreaterThan(10_000);
    await saveScreenshot(page, 'command-report');
    await page.getByTestId('report-close').click();
    await expect.poll(() => report.count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('says when no monitoring feed is configured and shows no alarm', async () => {
    const { page, consoleErrors, offOrigin } = await open('/?ws=command');
    await waitForMapReady(page);
    await expect.poll(() => page.getByTestId('feed-not-configured').textContent()).toContain('未配置监测数据接入');
    expect(await page.getByTestId('alarm-item').count()).toBe(0);
    expect(await page.getByTestId('alarm-pulse').count()).toBe(0);
    expect(await page.getByTestId('kpi-alarms').textContent()).toContain('未配置监测数据接入');
    expect(offOrigin).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('places an incident with a map click while 在地图上点选 is pressed', async () => {
    const { page, consoleErrors } = await open('/?ws=command');
    await waitForMapReady(page);
    const centre = await page.evaluate(() => {
      const map = (window as unknown as RiskAtlasWindow).__riskatlas?.map;
      if (!map) throw new Error('no map');
      const c = map.getCenter();
      return { lon: c.lng, lat: c.lat };
    });
    await page.getByTestId('place-on-map').click();
    expect(await page.getByTestId('place-on-map').getAttribute('aria-pressed')).toBe('true');
    const at = await projectToPage(page, centre.lon, centre.lat);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.getByTestId('incident-at').textContent()).toMatch(/\d+\.\d+, \d+\.\d+/);
    const [lon, lat] = ((await page.getByTestId('incident-at').textContent()) ?? '')
      .replace(/^[^\d]*/, '')
      .split(',')
      .map((x) => Number.parseFloat(x));
    // one screen pixel at this zoom is ~100 m: the clicked point is where the click was
    expect(Math.abs((lon ?? 0) - centre.lon)).toBeLessThan(0.005);
    expect(Math.abs((lat ?? 0) - centre.lat)).toBeLessThan(0.005);
    expect(await page.getByTestId('place-on-map').getAttribute('aria-pressed')).toBe('false');
    // plain rings are drawn without a substance
    await expect.poll(() => page.getByTestId('zone-item').count()).toBe(4);
    expect(consoleErrors).toEqual([]);
  });

  it('works on a 768 px tablet: panel and lists below the map, nothing wider than the screen', async () => {
    const { page, consoleErrors } = await open('/?ws=command');
    await page.setViewportSize({ width: 768, height: 1024 });
    await waitForMapReady(page);
    const widths = await page.evaluate(() => ({
      doc: document.documentElement.scrollWidth,
      panel: document.querySelector('[data-testid="incident-panel"]')?.getBoundingClientRect().width ?? 0,
    }));
    expect(widths.doc).toBeLessThanOrEqual(768);
    expect(widths.panel).toBeGreaterThan(600);
    await page.getByTestId('hazard-pick-input').fill('WXY-0');
    await page.getByTestId('hazard-pick-option').first().click();
    await expect.poll(() => page.getByTestId('affected-zone').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'command-tablet');
    expect(consoleErrors).toEqual([]);
  });
});
