import type * as maplibregl from 'maplibre-gl';
import { useEffect } from 'react';

type MapInstance = maplibregl.Map;

declare global {
  interface Window {
    /** set by the map (architecture.md Contract 5): e2e tests and print wait for `ready` */
    __riskatlas?: { map: MapInstance; ready: boolean };
  }
}

/**
 * `window.__riskatlas = { map, ready }`: `ready` turns true once the caller's data has settled (`settled`) and the
 * map has drawn it (the next `idle`). Shared by the app's map and the public site's map; each says what "settled"
 * means for it. Imports no data layer, so the public bundle does not pull the app's.
 */
export function usePublishReady(map: MapInstance | null, settled: boolean): void {
  useEffect(() => {
    if (!map) return;
    const handle = { map, ready: false };
    window.__riskatlas = handle;
    if (!settled) return;
    let live = true;
    // wait one frame so the sources have received the data rendered in this commit
    const raf = requestAnimationFrame(() => {
      map.once('idle', () => {
        if (live) handle.ready = true;
      });
      map.triggerRepaint();
    });
    return () => {
      live = false;
      cancelAnimationFrame(raf);
    };
  }, [map, settled]);
}
