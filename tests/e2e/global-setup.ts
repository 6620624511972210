import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

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

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // detached: npx starts vite as a child; killing the whole process group is the only way to stop both.
  const child = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });

  try {
    await waitUntilAnswers(url, child, 60_000);
  } catch (err) {
    stop(child);
    throw new Error(`vite preview did not start: ${(err as Error).message}\n${output}`);
  }
  project.provide('baseURL', url);
  return async () => stop(child);
}

function stop(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/** Lets the OS pick a free port, then releases it for vite (a small race, acceptable on a test machine). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilAnswers(url: string, child: ChildProcess | null, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${last})`);
}
