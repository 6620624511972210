import { cpSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { PublicManifest } from '../../src/public/contract';
import { buildPublicData } from './public-data';

export interface PublicSiteOptions {
  /** repository root (where vite.public.config.ts is) */
  root: string;
  /** ledger folder; default data/sample/yueyang */
  inDir?: string;
  /** generated static folder (data/, basemap/); default .tmp/public-site, which vite.public.config.ts reads */
  siteDir?: string;
  /** vite output; default dist-public */
  outDir?: string;
  /** grid size of generalised positions, metres; default 1000 */
  precisionM?: number;
  /** skip the vite build (data only) */
  dataOnly?: boolean;
}

export const DEFAULT_PRECISION_M = 1000;

/**
 * `npm run build:public`: public data (the `--public` build, cut further by scripts/public/public-data.ts) and the
 * offline basemap into the site folder, then the public bundle with vite.public.config.ts.
 */
export async function buildPublicSite(opts: PublicSiteOptions): Promise<{ manifest: PublicManifest; outDir: string }> {
  const root = resolve(opts.root);
  const siteDir = resolve(root, opts.siteDir ?? '.tmp/public-site');
  const outDir = resolve(root, opts.outDir ?? 'dist-public');
  const basemap = join(root, 'public', 'basemap');
  if (!existsSync(join(basemap, 'land.geojson'))) throw new Error(`${basemap} is missing: run \`npm run basemap\``);

  rmSync(siteDir, { recursive: true, force: true });
  const manifest = await buildPublicData({
    inDir: resolve(root, opts.inDir ?? 'data/sample/yueyang'),
    outDir: join(siteDir, 'data'),
    precisionM: opts.precisionM ?? DEFAULT_PRECISION_M,
    countySeatsPath: join(root, 'data', 'places', 'yueyang-county-seats.json'),
  });
  cpSync(basemap, join(siteDir, 'basemap'), { recursive: true });
  if (!opts.dataOnly) {
    await build({
      configFile: join(root, 'vite.public.config.ts'),
      mode: 'production',
      // what ships is the production bundle even when called from a test runner (NODE_ENV=test would otherwise
      // select React's development build)
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      publicDir: siteDir,
      build: { outDir, emptyOutDir: true },
      logLevel: 'warn',
    });
  }
  return { manifest, outDir };
}
