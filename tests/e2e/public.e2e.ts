import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFgbBytes } from '../../src/data/fgb/read-fgb';
import { type Gazetteer, NEARBY_RADII_M, PUBLIC_RISK_LAYERS } from '../../src/public/contract';
import { parseFacilities, parseRiskFeatures } from '../../src/public/data/parse-public-features';
import { nearestFacility } from '../../src/public/near-me/nearest-facility';
import { summariseNearby } from '../../src/public/near-me/summarise-nearby';
import { contactValues, nonPublicFieldNames, scanSite } from '../public/leak-scan';
import { type PreviewServer, startPublicPreview } from '../public/preview-server';
import { axeViolations, DESKTOP, MOBILE, openPublicPage, type PublicPage, searchPlace } from '../public/public-page';
import { launchBrowser, saveScreenshot, waitForMapIdle } from './browser';

/**
 * The public site (dist-public/, `npm run build:public`) in Chromium, served by its own `vite preview` and with
 * every request outside its origin aborted: search → plain-language answer, accessibility (axe at 360×740 and
 * 1440×900, keyboard), CSP, no cookies, no third-party requests, a one-page printed report.
 */

const DIST = join(process.cwd(), 'dist-public');
let server: PreviewServer;
let browser: Browser;

const served = () => {
  const read = (f: string) => readFgbBytes(new Uint8Array(readFileSync(join(DIST, 'data', f))));
  const sites = PUBLIC_RISK_LAYERS.flatMap((l) => parseRiskFeatures(l, read(`${l}.fgb`)).sites);
  const gazetteer = JSON.parse(readFileSync(join(DIST, 'data', 'gazetteer.json'), 'utf8')) as Gazetteer;
  return {
    sites,
    gazetteer,
    fire: parseFacilities('type', read('fire-stations.fgb')).facilities,
    shelters: parseFacilities('kind', read('shelters.fgb')).facilities,
  };
};

beforeAll(async () => {
  server = await startPublicPreview();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

/** The checks every session must pass: nothing off-origin, no console error, no CSP violation, no cookie. */
async function expectCleanSession(p: PublicPage): Promise<void> {
  expect(p.offOrigin).toEqual([]);
  expect(p.sameOrigin.some((u) => u.includes('/data/hazard-sources.fgb'))).toBe(true);
  expect(p.consoleErrors).toEqual([]);
  expect(await p.cspViolations()).toEqual([]);
  expect(await p.page.evaluate(() => document.cookie)).toBe('');
  expect((await p.context.cookies()).length).toBe(0);
  expect(p.setCookies).toEqual([]);
}

const ringTotals = (p: PublicPage) =>
  p.page
    .getByTestId('public-rings')
    .locator('li')
    .evaluateAll((lis) => lis.map((li) => Number((li as HTMLElement).dataset.total)));

describe('public site', () => {
  it('dist-public holds no non-public field and no contact value (the files being served)', () => {
    const { leaks, fgbScanned } = scanSite(
      DIST,
      nonPublicFieldNames(),
      contactValues(join('data', 'sample', 'yueyang')),
    );
    expect(leaks).toEqual([]);
    expect(fgbScanned).toBeGreaterThan(0);
  });

  it('mobile 360×740: search a place → the summary, counts equal the pure function; axe clean; offline', async () => {
    const p = await openPublicPage(browser, server.url, MOBILE);
    try {
      await saveScreenshot(p.page, 'public-mobile-start');
      expect(await axeViolations(p.page, p.origin)).toEqual([]);

      await searchPlace(p.page, '云溪');
      await expect(p.page.getByTestId('public-report').locator('h2').textContent()).resolves.toContain('云溪区');
      const headline = await p.page.getByTestId('public-headline').textContent();
      expect(headline).toMatch(/^您周边 \d+ 公里内(有|没有)/);

      // the same answer computed in node from the files being served
      const data = served();
      const place = data.gazetteer.places.find((x) => x.name === '云溪区');
      if (!place) throw new Error('云溪区 is not in the gazetteer');
      const expected = summariseNearby([place.lon, place.lat], data.sites);
      expect(await ringTotals(p)).toEqual(expected.rings.map((r) => r.total));
      expect(expected.rings[NEARBY_RADII_M.length - 1]?.total).toBeGreaterThan(0);
      const fire = nearestFacility([place.lon, place.lat], data.fire);
      const shelter = nearestFacility([place.lon, place.lat], data.shelters);
      await expect(p.page.getByTestId('public-nearest-fire').textContent()).resolves.toContain(fire?.facility.name);
      await expect(p.page.getByTestId('public-nearest-shelter').textContent()).resolves.toContain(
        shelter?.facility.name,
      );
      expect(await p.page.getByTestId('public-advice-leak').getAttribute('data-near')).toBe('true');

      await waitForMapIdle(p.page);
      await saveScreenshot(p.page, 'public-mobile-report');
      expect(await axeViolations(p.page, p.origin)).toEqual([]);
      // nothing wider than the phone
      const overflow = await p.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectCleanSession(p);
    } finally {
      await p.close();
    }
  });

  it('desktop 1440×900: coordinates → summary; axe clean; the level badges are readable', async () => {
    const p = await openPublicPage(browser, server.url, DESKTOP);
    try {
      expect(await axeViolations(p.page, p.origin)).toEqual([]);
      await p.page.getByTestId('public-search-input').fill('113.2950, 29.4740');
      await p.page.getByTestId('public-search-submit').click();
      await p.page.getByTestId('public-report').waitFor();
      const data = served();
      const expected = summariseNearby([113.295, 29.474], data.sites);
      expect(await ringTotals(p)).toEqual(expected.rings.map((r) => r.total));
      await expect(p.page.getByTestId('public-report').locator('h2').textContent()).resolves.toContain('113.2950');
      await waitForMapIdle(p.page);
      await saveScreenshot(p.page, 'public-desktop-report');
      expect(await axeViolations(p.page, p.origin)).toEqual([]);

      // every level badge on screen: text colour vs background ≥ 4.5:1 as rendered
      const ratios = await p.page.getByTestId('public-level-badge').evaluateAll((els) => {
        const lum = (rgb: string) => {
          const [r, g, b] = (rgb.match(/\d+/g) ?? []).slice(0, 3).map((x) => {
            const c = Number(x) / 255;
            return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          }) as [number, number, number];
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        return els.map((el) => {
          const s = getComputedStyle(el);
          const [a, b] = [lum(s.color), lum(s.backgroundColor)].sort((x, y) => y - x) as [number, number];
          return { level: (el as HTMLElement).dataset.level, ratio: (a + 0.05) / (b + 0.05) };
        });
      });
      expect(new Set(ratios.map((r) => r.level))).toEqual(new Set(['red', 'orange', 'yellow', 'blue']));
      for (const r of ratios) expect(r.ratio, r.level).toBeGreaterThanOrEqual(4.5);
      await expectCleanSession(p);
    } finally {
      await p.close();
    }
  });

  it('works by keyboard alone: every control is reachable with Tab, a search runs with Enter', async () => {
    const p = await openPublicPage(browser, server.url, DESKTOP);
    try {
      const { page } = p;
      // Tab from the top until the search box has focus, then search with the keyboard only
      await page.locator('body').focus();
      let guard = 0;
      while (
        (await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) !== 'public-search-input'
      ) {
        await page.keyboard.press('Tab');
        if (++guard > 10) throw new Error('the search box is not reachable with Tab');
      }
      await page.keyboard.type('城陵');
      await page.getByTestId('public-search-option').first().waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.getByTestId('public-report').waitFor();
      // focus moved to the answer's heading
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('pa-report-h');

      // every focusable element is met by tabbing forward through the page
      const focusable = await page.evaluate(() => {
        const els = [
          ...document.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input, [tabindex]'),
        ].filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0);
        els.forEach((el, i) => {
          el.dataset.focusProbe = String(i);
        });
        return els.length;
      });
      expect(focusable).toBeGreaterThanOrEqual(7);
      const seen = new Set<string>();
      for (let i = 0; i < focusable * 2 + 5; i++) {
        await page.keyboard.press('Tab');
        const probe = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.focusProbe);
        if (probe !== undefined) seen.add(probe);
      }
      expect(seen.size).toBe(focusable);
      await expectCleanSession(p);
    } finally {
      await p.close();
    }
  });

  it('"use my location": a granted position gives the summary, a denied one a plain message', async () => {
    const granted = await openPublicPage(browser, server.url, MOBILE, async (app) => {
      await app.context.grantPermissions(['geolocation'], { origin: app.origin });
      await app.context.setGeolocation({ latitude: 29.43, longitude: 113.15 });
    });
    try {
      await granted.page.getByTestId('public-locate').click();
      await granted.page.getByTestId('public-report').waitFor();
      await expect(granted.page.getByTestId('public-report').locator('h2').textContent()).resolves.toContain(
        '我的位置',
      );
      await expectCleanSession(granted);
    } finally {
      await granted.close();
    }
    const denied = await openPublicPage(browser, server.url, MOBILE, async (app) => {
      await app.context.clearPermissions();
    });
    try {
      await denied.page.getByTestId('public-locate').click();
      await expect
        .poll(() => denied.page.getByTestId('public-search-message').textContent(), { timeout: 20_000 })
        .toContain('没有允许');
      expect(await denied.page.getByTestId('public-report').count()).toBe(0);
      // the page still answers a typed search
      await searchPlace(denied.page, '君山');
      await saveScreenshot(denied.page, 'public-mobile-geolocation-denied');
      await expectCleanSession(denied);
    } finally {
      await denied.close();
    }
  });

  it('an unknown place says so; English is complete', async () => {
    const p = await openPublicPage(browser, server.url, MOBILE);
    try {
      await p.page.getByTestId('public-search-input').fill('不存在的地方');
      await p.page.getByTestId('public-search-submit').click();
      await expect
        .poll(() => p.page.getByTestId('public-search-message').textContent())
        .toContain('没有找到"不存在的地方"');
      await p.page.getByTestId('public-lang').click();
      expect(await p.page.evaluate(() => document.documentElement.lang)).toBe('en');
      await searchPlace(p.page, 'Huarong');
      await expect(p.page.getByTestId('public-headline').textContent()).resolves.toMatch(/^(Within|No registered)/);
      await waitForMapIdle(p.page);
      await saveScreenshot(p.page, 'public-mobile-english');
      expect(await axeViolations(p.page, p.origin)).toEqual([]);
      await expectCleanSession(p);
    } finally {
      await p.close();
    }
  });

  it('prints as a one-page report without the map or the controls', async () => {
    const p = await openPublicPage(browser, server.url, DESKTOP);
    try {
      // 云溪区 has the longest answer of the sample (many sites within 5 km)
      await searchPlace(p.page, '云溪');
      await p.page.emulateMedia({ media: 'print' });
      expect(await p.page.locator('.pa-map-section').isVisible()).toBe(false);
      expect(await p.page.getByTestId('public-print').isVisible()).toBe(false);
      expect(await p.page.getByTestId('public-headline').isVisible()).toBe(true);
      const pdf = await p.page.pdf({ preferCSSPageSize: true, printBackground: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBe(1);
      await saveScreenshot(p.page, 'public-print-media');
      await expectCleanSession(p);
    } finally {
      await p.close();
    }
  });
});

describe('public site: Content-Security-Policy', () => {
  it('is enforced: an inline script is refused and reported', async () => {
    const p = await openPublicPage(browser, server.url, DESKTOP);
    try {
      const policy = await p.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy).toContain("default-src 'self'");
      expect(policy).not.toContain('unsafe-inline');
      await expect(p.page.addScriptTag({ content: 'window.__inlineRan = true;' })).rejects.toThrow(
        /Content Security Policy/,
      );
      expect(await p.page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
      expect((await p.cspViolations()).some((v) => v.startsWith('script-src'))).toBe(true);
    } finally {
      await p.close();
    }
  });
});
