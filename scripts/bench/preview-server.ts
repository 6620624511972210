import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type PreviewServer, startVitePreview } from '../lib/vite-preview';

/** Builds dist/ when it is missing, so the bench measures the current code rather than failing. */
export async function ensureDist(root: string): Promise<void> {
  if (existsSync(join(root, 'dist', 'index.html'))) return;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(join(root, 'node_modules', '.bin', 'vite'), ['build'], { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`))));
  });
}

/** `vite preview` of dist/, as the e2e tests use it (tests/e2e/global-setup.ts). */
export const startPreview = (root: string): Promise<PreviewServer> => startVitePreview([], 'dist', root);
