import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../scripts/lib/free-port';
import { setupApp } from './app';
import { saveScreenshot, waitForMapReady } from './browser';
import { loadLayer } from './data';

const baseURL = inject('baseURL');
const { open } = setupApp(baseURL);

/**
 * The live path end to end: `npm run feed:sim` (scripts/feed-sim.ts) as the monitoring platform, the URL entered in
 * the panel, alarms over real CORS + server-sent events in Chromium, a stream the simulator cuts every few events and
 * the client resumes with Last-Event-ID.
 */
const DROP_AFTER = 3;

let sim: ChildProcess | undefined;
let simURL = '';
let simLog = '';

beforeAll(async () => {
  const port = await freePort();
  simURL = `http://127.0.0.1:${port}`;
  // detached: npx starts tsx as a child; killing the process group stops both
  sim = spawn(
    'npx',
    [
      'tsx',
      'scripts/feed-sim.ts',
      '--port',
      String(port),
      '--interval',
      '150',
      '--max',
      '400',
      '--drop-after',
      String(DROP_AFTER),
      '--retry',
      '200',
    ],
    { cwd: process.cwd(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  sim.stdout?.on('data', (d: Buffer) => {
    simLog += d.toString();
  });
  sim.stderr?.on('data', (d: Buffer) => {
    simLog += d.toString();
  });
  // wait until it serves and has raised a few alarms, so the first snapshot is not empty
  // (expect.poll works only inside a test: a plain loop here)
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(`${simURL}/api/alarms`);
      if (res.ok && ((await res.json()) as unknown[]).length >= 2) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`feed-sim did not start:\n${simLog}`);
    await new Promise((r) => setTimeout(r, 250));
  }
});

afterAll(() => {
  if (sim?.pid !== undefined && sim.exitCode === null) {
    try {
      process.kill(-sim.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
});

describe('应急指挥: live monitoring feed', () => {
  it('receives alarms from the simulator, resumes dropped streams without losing any, pulses them, acknowledges', async () => {
    const hazardIds = new Set((await loadLayer(baseURL, 'hazard-sources')).map((h) => h.id));
    const { context, page, consoleErrors } = await open('/?ws=command');
    // openAppPage blocks every other origin; the simulator is the one this test allows (routes added later win)
    await context.route(`${simURL}/**`, (route) => route.continue());
    await page.setViewportSize({ width: 1920, height: 1080 });
    await waitForMapReady(page);

    await page.getByTestId('feed-url').fill(simURL);
    await page.getByTestId('feed-save').click();
    // enough alarms that the stream was cut and resumed several times (every DROP_AFTER events)
    await expect
      .poll(() => page.getByTestId('alarm-item').count(), { timeout: 60_000, interval: 250 })
      .toBeGreaterThanOrEqual(DROP_AFTER * 4);

    const items = await page.getByTestId('alarm-item').evaluateAll((els) =>
      els.map((el) => ({
        id: el.getAttribute('data-id') ?? '',
        time: el.querySelector('time')?.getAttribute('datetime') ?? '',
      })),
    );
    // newest first
    const times = items.map((i) => Date.parse(i.time));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    // no gap and no duplicate across the drops: consecutive SIM numbers, each once (the snapshot may start anywhere:
    // it holds the simulator's newest 100)
    const seqs = items.map((i) => Number(i.id.replace('SIM-', ''))).sort((a, b) => a - b);
    const from = seqs[0] ?? 0;
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, k) => from + k));

    // every simulated alarm names a real hazard source, so each gets a marker
    const pulses = await page
      .getByTestId('alarm-pulse')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-hazard') ?? ''));
    expect(pulses.length).toBeGreaterThan(0);
    for (const id of pulses) expect(hazardIds.has(id)).toBe(true);
    const active = Number(
      await page.getByTestId('kpi-alarms').locator('[data-count]').first().getAttribute('data-count'),
    );
    expect(active).toBeGreaterThanOrEqual(DROP_AFTER * 4);
    await saveScreenshot(page, 'command-alarms');

    // 确认 marks the alarm acknowledged (the list keeps it, dimmed)
    // pinned by id: alarms keep arriving at the top, and a `.first()` locator would re-resolve to a newer one
    const firstId = await page.getByTestId('alarm-item').first().getAttribute('data-id');
    const item = page.locator(`[data-testid="alarm-item"][data-id="${firstId}"]`);
    await item.getByTestId('alarm-ack').click();
    await expect.poll(() => item.textContent()).toContain('已确认');
    // The simulator cuts every stream on purpose (--drop-after); Chromium logs each cut as a failed load. Those, and
    // only those, are expected here.
    const cut = /^Failed to load resource: net::ERR_(INCOMPLETE_CHUNKED_ENCODING|EMPTY_RESPONSE)$/;
    expect(
      consoleErrors.filter((e) => !cut.test(e)),
      simLog,
    ).toEqual([]);
  });
});
