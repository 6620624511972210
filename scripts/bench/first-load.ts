import { type Browser, chromium } from 'playwright-core';

/**
 * Headless Debian Chromium with software WebGL, the same flags as the e2e tests (tests/e2e/browser.ts; scripts may
 * not import tests). Times are therefore CPU-rendering times: compare runs with each other, not with a real GPU.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--enable-unsafe-swiftshader',
      '--use-angle=swiftshader',
    ],
  });
}

// Runs in the page before the app: notes the moment `__riskatlas.ready` turns true, in ms since navigation start.
// A string, not a function: tsx rewrites functions (adds name helpers) that would not exist inside the page.
export const READY_PROBE = `(() => {
  const t = setInterval(() => {
    if (window.__riskatlas && window.__riskatlas.ready === true) {
      window.__benchReadyAt = performance.now();
      clearInterval(t);
    }
  }, 5);
})();`;

export interface FirstLoad {
  /** navigation start → window.__riskatlas.ready, ms */
  readyMs: number;
  /** same-origin URLs the page requested until ready */
  urls: string[];
}

/** One cold load (new context: empty cache) at 1440×900. */
export async function firstLoad(browser: Browser, url: string, timeoutMs = 120_000): Promise<FirstLoad> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  try {
    const origin = new URL(url).origin;
    const urls = new Set<string>();
    context.on('request', (req) => {
      if (req.url().startsWith(origin)) urls.add(req.url());
    });
    const page = await context.newPage();
    await page.addInitScript(READY_PROBE);
    await page.goto(url);
    await page.waitForFunction('typeof window.__benchReadyAt === "number"', undefined, {
      timeout: timeoutMs,
      polling: 50,
    });
    const readyMs = (await page.evaluate('window.__benchReadyAt')) as number;
    // resource timing also lists scripts a worker loaded, should the request event have missed one
    const entries = (await page.evaluate('performance.getEntriesByType("resource").map((e) => e.name)')) as string[];
    for (const e of entries) if (e.startsWith(origin)) urls.add(e);
    return { readyMs, urls: [...urls] };
  } finally {
    await context.close();
  }
}
