import type { Feature, Geometry, Position } from 'geojson';
import { useEffect, useMemo } from 'react';
import { type NearestStation, nearestFireStation } from '../analysis/nearest-fire-station';
import { useFeaturesAround } from '../data/features-around';
import { useLayerFeatures } from '../data/layer-store';
import { useStationReach } from './station-reach';

export interface NearestStationState {
  status: 'loading' | 'ready' | 'error';
  nearest: NearestStation | null;
  /** on data read by the view: how far around the origin stations were read, m (null: read whole) */
  reachM: number | null;
  error?: string;
  retry: () => void;
}

/**
 * The nearest station to `origin` that `accept` allows. Stations read whole (a city's ledgers): among them all.
 * Stations read by the view (the national data): the map holds only a few km around the view, and the nearest
 * station may lie farther than that, so stations are read around the origin (data/features-around.ts), 20 km first,
 * then 60 and 200 km (station-reach.ts, as 应急指挥 does), until one lies within the distance read: only then can no
 * closer one be missing. None within 200 km: none, and `reachM` says how far it looked.
 */
export function useNearestStation(
  origin: Position | null,
  key: string,
  accept: (s: Feature<Geometry | null>) => boolean,
): NearestStationState {
  const stations = useLayerFeatures('fire-stations');
  const streamed = stations.mode === 'bbox';
  // read around the origin only where the stations are streamed (read whole, the loaded ones are all there are)
  const { reach, box, last, widen: widenReach } = useStationReach(key, streamed ? origin : null);
  const loads = useMemo(() => ({ 'fire-stations': stations }), [stations]);
  const around = useFeaturesAround(loads, box, 0);
  const pool = streamed
    ? around?.status === 'ready'
      ? (around.features['fire-stations'] ?? [])
      : null
    : stations.status === 'ready'
      ? stations.features
      : null;
  const nearest = useMemo(
    () => (origin && pool ? nearestFireStation(origin, pool as Feature<Geometry | null>[], { filter: accept }) : null),
    [origin, pool, accept],
  );
  const within = !streamed || (nearest !== null && nearest.properties.distanceMeters <= reach);
  const widen = streamed && pool !== null && !within && !last;
  useEffect(() => {
    if (widen) widenReach();
  }, [widen, widenReach]);

  if (!streamed) {
    const status = stations.status === 'error' ? 'error' : pool ? 'ready' : 'loading';
    return { status, nearest, reachM: null, error: stations.error, retry: () => {} };
  }
  if (around?.status === 'error') {
    const error = around.errors.map((e) => e.error).join('; ');
    return { status: 'error', nearest: null, reachM: reach, error, retry: around.retry };
  }
  if (pool === null || widen) return { status: 'loading', nearest: null, reachM: reach, retry: () => {} };
  return { status: 'ready', nearest: within ? nearest : null, reachM: reach, retry: () => {} };
}
