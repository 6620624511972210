import { Marker } from '@vis.gl/react-maplibre';
import type { Feature, Geometry } from 'geojson';
import { useMemo } from 'react';
import { representativePoint } from '../../analysis/representative-point';
import { type Alarm, type AlarmLevel, LEVEL_RANK } from '../../data/alarm-schema';
import { useAppStore } from '../../state/store';
import { RISK } from '../../theme/theme';

export interface AlarmMarkersProps {
  /** unacknowledged alarms */
  alarms: readonly Alarm[];
  hazards: readonly Feature<Geometry | null>[];
  /** short text of a level, e.g. 红色 */
  levelText: (level: AlarmLevel) => string;
  /** accessible name of a marker */
  describe: (hazardName: string, count: number, level: AlarmLevel) => string;
}

interface Pulse {
  id: string;
  name: string;
  lon: number;
  lat: number;
  level: AlarmLevel;
  count: number;
}

/**
 * One pulsing marker per hazard source with unacknowledged alarms, in the colour of its most severe alarm and with
 * that level and the count written on it (colour is never the only signal). HTML markers animated by CSS, not map
 * layers: the pulse costs no map repaints, and `prefers-reduced-motion` stops it (command.css).
 */
export function AlarmMarkers({ alarms, hazards, levelText, describe }: AlarmMarkersProps) {
  const pulses = useMemo(() => {
    const byId = new Map(hazards.map((f) => [String(f.properties?.id ?? ''), f]));
    const out = new Map<string, Pulse>();
    for (const a of alarms) {
      const f = byId.get(a.hazardId);
      const p = f ? representativePoint(f) : null;
      if (!f || !p) continue; // alarms on unknown hazards are listed, not placed
      const cur = out.get(a.hazardId);
      if (cur) {
        cur.count += 1;
        if (LEVEL_RANK[a.level] < LEVEL_RANK[cur.level]) cur.level = a.level;
      } else {
        out.set(a.hazardId, {
          id: a.hazardId,
          name: String(f.properties?.name ?? a.hazardId),
          lon: p[0] as number,
          lat: p[1] as number,
          level: a.level,
          count: 1,
        });
      }
    }
    return [...out.values()];
  }, [alarms, hazards]);

  return (
    <>
      {pulses.map((p) => {
        const style = RISK[p.level];
        return (
          <Marker key={p.id} longitude={p.lon} latitude={p.lat} anchor="center">
            <button
              type="button"
              className={`alarm-pulse level-${p.level}`}
              data-testid="alarm-pulse"
              data-hazard={p.id}
              data-level={p.level}
              aria-label={describe(p.name, p.count, p.level)}
              style={{ ['--pulse' as string]: style.fill, color: style.text, background: style.fill }}
              onClick={() => useAppStore.getState().select({ layer: 'hazard-sources', id: p.id })}
            >
              <span className="pulse-ring" aria-hidden="true" />
              <span className="pulse-text" aria-hidden="true">
                {levelText(p.level)}
                {p.count > 1 ? ` ×${p.count}` : ''}
              </span>
            </button>
          </Marker>
        );
      })}
    </>
  );
}
