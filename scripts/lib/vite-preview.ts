import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from './free-port';

/**
 * `vite preview` on a free loopback port, shared by the e2e global setup (dist/), the public e2e tests
 * (dist-public/, via `--config vite.public.config.ts`) and the bench (scripts/bench/preview-server.ts).
 */
export interface PreviewServer {
  url: string;
  stop(): void;
}

export async function startVitePreview(
  extraArgs: string[],
  label: string,
  root = process.cwd(),
): Promise<PreviewServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // detached: npx starts vite as a child; killing the whole process group is the only way to stop both.
  const child = spawn(
    'npx',
    ['vite', 'preview', ...extraArgs, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
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
    throw new Error(`vite preview ${label} did not start: ${(err as Error).message}\n${output}`);
  }
  return { url, stop: () => stop(child) };
}

function stop(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/** Polls `url` until it answers 2xx; fails early when `child` (if given) has exited. */
export async function waitUntilAnswers(url: string, child: ChildProcess | null, timeoutMs: number): Promise<void> {
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
