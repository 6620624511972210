import { currentDataSource, datasetParam } from '../config/data-source';
import { type AppState, useAppStore } from './store';
import { parseUrlState, pickUrlState, serializeUrlState, type UrlState } from './url-state';

/**
 * Browser edge of the URL state: the query string seeds the store once at start-up (before the map mounts, so the
 * map's initial view comes from the link), then store changes replace the URL. replaceState, not pushState: panning
 * should not fill the back button with hundreds of entries.
 */
export function initStoreFromUrl(search: string = window.location.search): void {
  useAppStore.setState(parseUrlState(search));
}

/** The query string of the current store state, with `data=` when this page load's dataset is not the default. */
const currentQuery = (): string =>
  serializeUrlState(pickUrlState(useAppStore.getState()), datasetParam(currentDataSource().dataset));

/** Full shareable link for the current store state (what 复制链接 copies, without waiting for the debounce). */
export function currentShareUrl(): string {
  const { origin, pathname, hash } = window.location;
  return `${origin}${pathname}?${currentQuery()}${hash}`;
}

/** Whether any field of the shareable state (UrlState: view … workspace, county) differs between two store states. */
export function urlStateChanged(a: AppState, b: AppState): boolean {
  const x = pickUrlState(a);
  const y = pickUrlState(b);
  return (Object.keys(x) as (keyof UrlState)[]).some((k) => x[k] !== y[k]);
}

/** Mirrors the store into the URL, debounced; returns the unsubscribe function. */
export function startUrlSync(delayMs = 300): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';
  const write = () => {
    timer = undefined;
    const query = currentQuery();
    if (query === last) return;
    last = query;
    const { pathname, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}?${query}${hash}`);
  };
  const unsubscribe = useAppStore.subscribe((s, prev) => {
    // every field of the URL state (pickUrlState lists them all, its return type makes sure), and nothing else:
    // transient state (fly requests, markers, bounds) changes far more often and never reaches the URL
    if (!urlStateChanged(s, prev)) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(write, delayMs);
  });
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    unsubscribe();
  };
}
