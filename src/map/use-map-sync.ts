import type * as maplibregl from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { useAppStore } from '../state/store';
import { flyAction } from './map-helpers';

type MapInstance = maplibregl.Map;

/** Turns each store fly request (search result, 定位, zoom to extent) into one camera move. */
export function useFlyRequests(map: MapInstance | null): void {
  const fly = useAppStore((s) => s.fly);
  const done = useRef(0);
  useEffect(() => {
    if (!map || !fly || fly.seq === done.current) return;
    done.current = fly.seq;
    const a = flyAction(fly);
    if (a?.kind === 'fitBounds') map.fitBounds(a.bounds, { padding: 48, maxZoom: a.maxZoom, duration: 800 });
    else if (a?.kind === 'flyTo') map.flyTo({ center: a.center, ...(a.zoom !== undefined ? { zoom: a.zoom } : {}) });
  }, [map, fly]);
}
