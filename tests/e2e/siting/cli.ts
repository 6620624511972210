import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';

/**
 * The oracle of the siting e2e tests: the command-line tools (scripts/siting.ts, scripts/census.ts), spawned the
 * way a planner would run them, on the data the app serves (public/data, copied into dist/ by the build).
 */

const run = promisify(execFile);
const ROOT = process.cwd();
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
export const DATA_DIR = 'public/data';

export interface CliHazardRow {
  id: string;
  layer: string;
  zone: string;
  verdict: string;
  name: string;
}

export interface CliSiting {
  verdict: string;
  hazards: CliHazardRow[];
  inverse?: {
    verdict: string;
    hazard: { grade: string | null };
    targets: { targetId: string; verdict: string; zone: string }[];
  };
}

/** `npx tsx scripts/siting.ts --data public/data …args` → its JSON report. */
export async function runSitingCli(args: string[]): Promise<CliSiting> {
  const { stdout } = await run(TSX, ['scripts/siting.ts', '--data', DATA_DIR, ...args], {
    cwd: ROOT,
    maxBuffer: 32 * 1024 * 1024,
  });
  return JSON.parse(stdout) as CliSiting;
}

/** `npx tsx scripts/census.ts --data public/data --out FILE --json` → its summary and the CSV it wrote. */
export async function runCensusCli(outFile: string): Promise<{ summary: { violations: number }; csv: string }> {
  const { stdout } = await run(TSX, ['scripts/census.ts', '--data', DATA_DIR, '--out', outFile, '--json'], {
    cwd: ROOT,
    maxBuffer: 32 * 1024 * 1024,
  });
  return { summary: JSON.parse(stdout) as { violations: number }, csv: await readFile(outFile, 'utf8') };
}

/** The hazard table as the page shows it: one entry per row, from its data attributes. */
export function pageRows(page: Page): Promise<CliHazardRow[]> {
  return page.getByTestId('siting-hazard-row').evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute('data-id') ?? '',
      layer: el.getAttribute('data-layer') ?? '',
      zone: el.getAttribute('data-zone') ?? '',
      verdict: el.getAttribute('data-verdict') ?? '',
      name: el.querySelector('.hazard-name')?.textContent ?? '',
    })),
  );
}
