import { bbox } from '@turf/bbox';
import type { Feature, FeatureCollection } from 'geojson';
import { representativePoint } from '../../analysis/representative-point';
import type { Translate } from '../../i18n/use-t';
import type { IncidentAnalysis } from './analyse-incident';
import { formatMinutes, zoneMapLabel } from './format';

export interface CommandMapData {
  zones: FeatureCollection | null;
  point: FeatureCollection | null;
  responders: FeatureCollection | null;
  districts: FeatureCollection | null;
  uncovered: FeatureCollection | null;
  /** [minX, minY, maxX, maxY] of the zones (or a small box around the point) */
  bounds: [number, number, number, number] | null;
}

const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

// ~300 m around a point without zones, so "fit" still frames something readable.
const POINT_PAD_DEG = 0.003;

/**
 * The GeoJSON the command map draws, with display labels in the reader's language. Built from the same analysis
 * as the panels, so the map and the lists cannot disagree.
 */
export function commandMapData(a: IncidentAnalysis, point: [number, number] | null, t: Translate): CommandMapData {
  const zones = a.zones.length
    ? fc(
        a.zones.map((z) => ({
          ...z.feature,
          properties: { ...z.feature.properties, key: z.key, label: zoneMapLabel(z.feature.properties, t) },
        })),
      )
    : null;
  const pointFc = point
    ? fc([
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: point },
          properties: {
            label: a.substance ? `${t('command.map.incident')} · ${a.substance.nameZh}` : t('command.map.incident'),
          },
        },
      ])
    : null;
  const responders =
    point && a.responders.length + a.specialists.length + a.rescueBases.length > 0
      ? fc(
          [...a.responders, ...a.specialists, ...a.rescueBases].flatMap((r): Feature[] => [
            {
              type: 'Feature',
              geometry: { type: 'LineString', coordinates: [r.position, point] },
              properties: { id: r.id },
            },
            {
              type: 'Feature',
              geometry: { type: 'Point', coordinates: r.position },
              properties: {
                id: r.id,
                label: `${r.name ?? r.id} ${t('command.resp.eta', { min: formatMinutes(r.etaMin) })}`,
              },
            },
          ]),
        )
      : null;
  const cov = a.coverage;
  const districts = cov
    ? fc(
        cov.districts.features.map((d) => ({
          ...d,
          properties: {
            ...d.properties,
            label: `${d.properties.name ?? d.properties.stationId}${d.properties.planned ? ` ${t('command.cov.plannedTag')}` : ''}`,
          },
        })),
      )
    : null;
  const uncovered = cov
    ? fc(
        cov.uncovered.flatMap((f): Feature[] => {
          const p = representativePoint(f);
          return p
            ? [
                {
                  type: 'Feature',
                  geometry: { type: 'Point', coordinates: p },
                  properties: { id: f.properties?.id ?? null },
                },
              ]
            : [];
        }),
      )
    : null;
  let bounds: CommandMapData['bounds'] = null;
  if (zones) bounds = bbox(zones) as [number, number, number, number];
  else if (point) {
    bounds = [point[0] - POINT_PAD_DEG, point[1] - POINT_PAD_DEG, point[0] + POINT_PAD_DEG, point[1] + POINT_PAD_DEG];
  }
  return { zones, point: pointFc, responders, districts, uncovered, bounds };
}
