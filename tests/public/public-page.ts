import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type AppPage, openAppPage, waitForMapReady } from '../e2e/browser';

export const MOBILE = { width: 360, height: 740 } as const;
export const DESKTOP = { width: 1440, height: 900 } as const;
const AXE_PATH = join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js');

export interface PublicPage extends AppPage {
  /** Set-Cookie headers seen on any response */
  setCookies: string[];
  /** securitypolicyviolation events reported by the page */
  cspViolations(): Promise<string[]>;
}

/**
 * The public site in a fresh context (tests/e2e/browser.ts: off-origin requests recorded and aborted, console
 * errors collected) at `viewport`, reloaded so the first paint is at that size and a CSP-violation recorder is in
 * place from the start.
 */
export async function openPublicPage(
  browser: Browser,
  baseURL: string,
  viewport: { width: number; height: number },
  setup?: (app: AppPage) => Promise<void>,
): Promise<PublicPage> {
  const app = await openAppPage(browser, baseURL, '/');
  const setCookies: string[] = [];
  app.context.on('response', (res) => {
    const c = res.headers()['set-cookie'];
    if (c) setCookies.push(`${res.url()}: ${c}`);
  });
  await app.context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await setup?.(app);
  await app.page.setViewportSize(viewport);
  await app.page.reload();
  await waitForMapReady(app.page);
  return {
    ...app,
    setCookies,
    cspViolations: () => app.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.slice()),
  };
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core (all rules it runs by default: WCAG 2.x A/AA and best practices) on the page. The script is added
 * with page.addScriptTag from a same-origin URL that the test serves from node_modules: an inline script would be
 * (rightly) refused by the page's CSP.
 */
export async function axeViolations(page: Page, origin: string): Promise<string[]> {
  await page.route(`${origin}/__test-axe.min.js`, (route) =>
    route.fulfill({ path: AXE_PATH, contentType: 'text/javascript' }),
  );
  await page.addScriptTag({ url: `${origin}/__test-axe.min.js` });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: unknown[] }> } })
      .axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations as AxeViolation[];
  });
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Types a place, picks the first suggestion with the keyboard, and waits for the report. */
export async function searchPlace(page: Page, text: string): Promise<void> {
  const input = page.getByTestId('public-search-input');
  await input.fill(text);
  await page.getByTestId('public-search-option').first().waitFor({ state: 'visible' });
  await input.press('ArrowDown');
  await input.press('Enter');
  await page.getByTestId('public-report').waitFor({ state: 'visible' });
}
