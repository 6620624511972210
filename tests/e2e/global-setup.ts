import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startVitePreview, waitUntilAnswers } from '../../scripts/lib/vite-preview';

/**
 * Serves the production build (dist/, made by `vite build` in `npm run test:e2e`) with `vite preview` on a free
 * loopback port, and hands its URL to the tests. We test the build, not the dev server: that is what ships, and the
 * dev server's on-demand transforms make first loads slow and noisy.
 * `E2E_BASE_URL=http://127.0.0.1:5173 npx vitest run -c vitest.e2e.config.ts` tests an already running server instead.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.E2E_BASE_URL;
  if (external) {
    await waitUntilAnswers(external, null, 30_000);
    project.provide('baseURL', external.replace(/\/$/, ''));
    return async () => {};
  }

  const root = process.cwd();
  if (!existsSync(join(root, 'dist', 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run test:e2e` (it builds first) or `npx vite build`.');
  }
  if (!existsSync(join(root, 'dist', 'data', 'manifest.json'))) {
    throw new Error(
      'dist/data/manifest.json is missing: the build copies public/data; run `npm run data:sample`, then build again.',
    );
  }

  const { url, stop } = await startVitePreview([], '(dist)', root);
  project.provide('baseURL', url);
  return async () => stop();
}
