import { type BBox, useAppStore } from '../state/store';
import { dataClient } from './worker/data-client';

/**
 * The page's side of the worker's first-view start (worker/first-view.ts). As soon as the first view's bounds are
 * known (the map estimates them before MapLibre starts), the data worker starts that view's reads itself: the page
 * reads the manifest only after the map's start, which holds the main thread for a while, and its later calls for
 * the same reads then take these. Returns a function that stops waiting for the bounds.
 */
export function startFirstView(manifestUrl: string, base: string): () => void {
  const start = (bounds: BBox) =>
    dataClient().startFirstView({ manifestUrl, base, bounds, zoom: useAppStore.getState().view.zoom });
  const now = useAppStore.getState().bounds;
  if (now) {
    start(now);
    return () => {};
  }
  const stop = useAppStore.subscribe((s) => {
    if (!s.bounds) return;
    stop();
    start(s.bounds);
  });
  return stop;
}
