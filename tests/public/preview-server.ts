import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type PreviewServer, startVitePreview } from '../../scripts/lib/vite-preview';

export type { PreviewServer } from '../../scripts/lib/vite-preview';

/** `vite preview --config vite.public.config.ts` (serves dist-public/) on a free loopback port, for the public e2e tests. */
export async function startPublicPreview(root = process.cwd()): Promise<PreviewServer> {
  if (!existsSync(join(root, 'dist-public', 'index.html'))) {
    throw new Error('dist-public/index.html is missing: run `npm run build:public` first.');
  }
  return startVitePreview(['--config', 'vite.public.config.ts'], '(public)', root);
}
