import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/**
 * Browser plumbing for the e2e tests: Debian Chromium driven by playwright-core (no downloaded browser), WebGL
 * through SwiftShader, one fresh context per opened page so cache, storage and request logs never leak between tests.
 */

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const VIEWPORT = { width: 1440, height: 900 } as const;
export const SCREENSHOT_DIR = join(process.cwd(), 'test-results', 'e2e');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      // Chromium's own background traffic (updates, sync) would show up as requests leaving the page's origin.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Software WebGL2: test machines have no GPU, and Chrome no longer falls back to SwiftShader by itself.
      '--enable-unsafe-swiftshader',
      '--use-angle=swiftshader',
    ],
  });
}

export interface AppPage {
  context: BrowserContext;
  page: Page;
  /** the origin the app is served from; everything else is "leaving the page's origin" */
  origin: string;
  /** every URL the page tried to fetch outside its origin (all of them were aborted) */
  offOrigin: string[];
  /** same-origin request URLs, to show the recorder saw traffic at all */
  sameOrigin: string[];
  /** console errors and uncaught exceptions, in order */
  consoleErrors: string[];
  close(): Promise<void>;
}

// data: and blob: URLs never reach the network.
const isLocalScheme = (url: string) => url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank';

/** Opens `path` of the app in a new 1440×900 context, with off-origin requests recorded and blocked. */
export async function openAppPage(browser: Browser, baseURL: string, path = '/'): Promise<AppPage> {
  const origin = new URL(baseURL).origin;
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const offOrigin: string[] = [];
  const sameOrigin: string[] = [];
  const consoleErrors: string[] = [];
  const note = (url: string) => {
    if (isLocalScheme(url)) return;
    if (new URL(url).origin === origin) sameOrigin.push(url);
    else if (!offOrigin.includes(url)) offOrigin.push(url);
  };
  // The route blocks (an offline app must not depend on the network); the request event also sees requests a route
  // may not intercept, such as those from workers.
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocalScheme(url) || new URL(url).origin === origin) return route.continue();
    note(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (req) => note(req.url()));

  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(`uncaught: ${err.message}`));
  await page.goto(new URL(path, `${origin}/`).href);
  return { context, page, origin, offOrigin, sameOrigin, consoleErrors, close: () => context.close() };
}

/** Waits for `window.__riskatlas.ready`, which src/map sets once every layer is loaded and the map is idle. */
export async function waitForMapReady(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForFunction(
    () => (window as unknown as { __riskatlas?: { ready?: boolean } }).__riskatlas?.ready === true,
    undefined,
    { timeout, polling: 200 },
  );
}

/** Waits until the map has finished moving and drawing (a repaint ends in `idle` once nothing is left to do). */
export async function waitForMapIdle(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const map = (window as unknown as { __riskatlas?: { map?: import('maplibre-gl').Map } }).__riskatlas?.map;
      return map !== undefined && !map.isMoving() && map.loaded();
    },
    undefined,
    { timeout, polling: 200 },
  );
  await page.evaluate(
    (ms) =>
      new Promise<void>((resolve, reject) => {
        const map = (window as unknown as { __riskatlas?: { map?: import('maplibre-gl').Map } }).__riskatlas?.map;
        if (!map) return reject(new Error('window.__riskatlas.map is missing'));
        const timer = setTimeout(() => reject(new Error(`map not idle after ${ms} ms`)), ms);
        map.once('idle', () => {
          clearTimeout(timer);
          resolve();
        });
        map.triggerRepaint();
      }),
    timeout,
  );
}

/**
 * Counts the map canvas pixels within `tolerance` (largest channel difference, 0–255) of each `#RRGGBB` colour.
 * Reads the WebGL canvas itself, not a screenshot, so HTML over the map (the legend's swatches) cannot count. The read
 * happens inside a `render` event, while the frame is still in the drawing buffer, so it works with or without
 * preserveDrawingBuffer.
 */
export async function canvasColourCounts(
  page: Page,
  colours: readonly string[],
  tolerance: number,
): Promise<Record<string, number>> {
  const counts = await page.evaluate(
    ({ colours, tolerance }) =>
      new Promise<number[]>((resolve, reject) => {
        const map = (window as unknown as { __riskatlas?: { map?: import('maplibre-gl').Map } }).__riskatlas?.map;
        if (!map) return reject(new Error('window.__riskatlas.map is missing'));
        const targets = colours.map((hex) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)));
        map.once('render', () => {
          const src = map.getCanvas();
          const copy = document.createElement('canvas');
          copy.width = src.width;
          copy.height = src.height;
          const ctx = copy.getContext('2d');
          if (!ctx) return reject(new Error('no 2d context'));
          ctx.drawImage(src, 0, 0);
          const px = ctx.getImageData(0, 0, copy.width, copy.height).data;
          const out = targets.map(() => 0);
          for (let i = 0; i < px.length; i += 4) {
            if ((px[i + 3] ?? 0) < 128) continue;
            for (let k = 0; k < targets.length; k++) {
              const t = targets[k] as number[];
              if (
                Math.abs((px[i] ?? 0) - (t[0] ?? 0)) <= tolerance &&
                Math.abs((px[i + 1] ?? 0) - (t[1] ?? 0)) <= tolerance &&
                Math.abs((px[i + 2] ?? 0) - (t[2] ?? 0)) <= tolerance
              ) {
                out[k] = (out[k] ?? 0) + 1;
              }
            }
          }
          resolve(out);
        });
        map.triggerRepaint();
      }),
    { colours: [...colours], tolerance },
  );
  return Object.fromEntries(colours.map((c, i) => [c, counts[i] ?? 0]));
}

/** Saves a full-page screenshot to test-results/e2e/<name>.png for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path });
  return path;
}
