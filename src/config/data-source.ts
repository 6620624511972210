/**
 * Which dataset the app opens: the folder (or URL) holding `manifest.json` and the `.fgb` files. The switch,
 * first match wins (docs/deploy.md):
 *
 * 1. `?data=<name>` in the page URL, one of DATASETS (`sample`, `national`). Only names, never a URL: a shared
 *    link must not point the app at someone else's server. The URL sync keeps `data=<name>` in the query string
 *    it writes when the dataset is not the default (datasetParam), so a copied link opens the same data; the
 *    choice is also kept in sessionStorage for the tab (a link without `data=` in the same tab stays on it);
 *    `?data=sample` goes back.
 * 2. `VITE_DATA_BASE` when the bundle is built or served (`VITE_DATA_BASE=/national/ npx vite build`): any path or
 *    URL, e.g. an object-storage bucket or CDN (it must answer Range requests and allow CORS: docs/deploy.md).
 * 3. `<BASE_URL>data/`: the 岳阳 sample in public/data.
 */
export const DATASETS = ['sample', 'national'] as const;
export type DatasetName = (typeof DATASETS)[number];

const STORAGE_KEY = 'riskatlas.data';

/**
 * Base URL of a named dataset. The national build lives outside public/ (`vite build` would copy its ~900 MB into
 * dist/ otherwise): deployments serve it at `<BASE_URL>national/` (deploy/nginx.conf); the dev server serves
 * every file under the project root, so in dev it is read straight from data/national/built/.
 */
export function datasetBase(name: DatasetName, env: { BASE_URL?: string; DEV?: boolean } = import.meta.env): string {
  const base = env.BASE_URL ?? '/';
  if (name === 'sample') return `${base}data/`;
  return env.DEV ? `${base}data/national/built/` : `${base}national/`;
}

const isDataset = (s: string | null): s is DatasetName => s !== null && (DATASETS as readonly string[]).includes(s);

const withSlash = (s: string) => (s.endsWith('/') ? s : `${s}/`);

export interface DataSourceInput {
  search: string;
  env: { BASE_URL?: string; DEV?: boolean; VITE_DATA_BASE?: string };
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
}

/** Resolves the data base from the URL, the session and the build environment (pure, for tests). */
export function resolveDataBase({ search, env, storage }: DataSourceInput): { base: string; dataset: string } {
  const asked = new URLSearchParams(search).get('data');
  if (isDataset(asked)) {
    if (asked === 'sample') storage?.removeItem(STORAGE_KEY);
    else storage?.setItem(STORAGE_KEY, asked);
    return { base: datasetBase(asked, env), dataset: asked };
  }
  const remembered = storage?.getItem(STORAGE_KEY) ?? null;
  if (isDataset(remembered)) return { base: datasetBase(remembered, env), dataset: remembered };
  if (env.VITE_DATA_BASE) return { base: withSlash(env.VITE_DATA_BASE), dataset: env.VITE_DATA_BASE };
  return { base: datasetBase('sample', env), dataset: 'sample' };
}

function sessionStore(): DataSourceInput['storage'] {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage disabled (privacy settings): the URL still works for this page load
  }
}

let current: { base: string; dataset: string } | undefined;

/**
 * The data base of this page load, resolved once at start-up (before the URL sync rewrites the query) and the same
 * on every later call: the layer store reads it, the URL sync writes its name into shared links.
 */
export function currentDataSource(): { base: string; dataset: string } {
  current ??= resolveDataBase({
    search: typeof location === 'undefined' ? '' : location.search,
    env: import.meta.env as DataSourceInput['env'],
    storage: sessionStore(),
  });
  return current;
}

/**
 * The `data=` value a shared link needs to open `dataset`, or null when a link without the key opens it anyway:
 * the sample, unless the build set VITE_DATA_BASE (then the default is that base, and `data=sample` is kept).
 * Only DATASETS names come out; a VITE_DATA_BASE URL is never written into a link.
 */
export function datasetParam(
  dataset: string,
  env: DataSourceInput['env'] = import.meta.env as DataSourceInput['env'],
): DatasetName | null {
  if (!isDataset(dataset)) return null;
  return dataset === 'sample' && !env.VITE_DATA_BASE ? null : dataset;
}

/**
 * Which DATASETS entry a data source is, for labels (the region chip of the top bar): its own name, or the named
 * dataset whose base a VITE_DATA_BASE build points at (`VITE_DATA_BASE=/national/` is the national build).
 * null for any other base: the app cannot tell what region an unknown dataset covers.
 */
export function knownDataset(
  source: { base: string; dataset: string },
  env: DataSourceInput['env'] = import.meta.env as DataSourceInput['env'],
): DatasetName | null {
  if (isDataset(source.dataset)) return source.dataset;
  return DATASETS.find((name) => datasetBase(name, env) === source.base) ?? null;
}
