import type { Position } from 'geojson';
import { useCallback, useMemo, useState } from 'react';
import { degreeBox } from '../analysis/siting/degree-box';
import type { BBox } from '../state/store';

/**
 * How far around a point fire stations are read where the data is streamed by the view (the national data): 20 km
 * first, widened while the answer is not certain within the distance read (应急指挥: fewer than 5 stations, or the
 * wanted specialists or a 危化 rescue base not found; the detail card: no station within it). A product choice, not
 * a standard: beyond 200 km a station is not a first responder, and the answer says how far it looked.
 */
export const STATION_REACH_M = [20_000, 60_000, 200_000] as const;

export interface StationReach {
  /** the distance read now, m */
  reach: number;
  /** the area to read: `point` grown by `reach` (null without a point) */
  box: BBox | null;
  /** no wider step left */
  last: boolean;
  /** the next step, for the same `key` */
  widen: () => void;
}

/**
 * The step of STATION_REACH_M for `key` (the incident's point, the selected feature): back to the first whenever
 * the key changes. The caller widens (from an effect) while its answer is not certain within `reach`.
 */
export function useStationReach(key: string, point: Position | null): StationReach {
  const [ladder, setLadder] = useState({ key: '', step: 0 });
  const step = ladder.key === key ? ladder.step : 0;
  const reach = STATION_REACH_M[step] ?? STATION_REACH_M[0];
  const box = useMemo((): BBox | null => {
    if (!point) return null;
    const [x = 0, y = 0] = point;
    return degreeBox([x, y, x, y], reach);
  }, [point, reach]);
  const widen = useCallback(() => setLadder({ key, step: step + 1 }), [key, step]);
  return { reach, box, last: step >= STATION_REACH_M.length - 1, widen };
}
