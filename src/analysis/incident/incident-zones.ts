import type { Position } from 'geojson';
import {
  ERG2020_GEOMETRY_REF,
  type ErgSubstance,
  type ErgZoneSpec,
  lookupErgSubstance,
  selectErgDistances,
} from '../../domain/erg';
import { downwindSquare } from './downwind-square';
import { geodesicCircle } from './geodesic-circle';
import type { IncidentOptions, ZoneCollection, ZoneFeature } from './types';

const norm360 = (deg: number) => ((deg % 360) + 360) % 360;

function resolve(substance: string | ErgSubstance): ErgSubstance {
  if (typeof substance !== 'string') return substance;
  const s = lookupErgSubstance(substance);
  if (!s) {
    throw new Error(
      `incidentZones: ERG2020 数据中无此物质 "${substance}" (substance not covered by the ERG2020 data: use its UN number or guide)`,
    );
  }
  return s;
}

/**
 * Emergency zones of a chemical release per ERG2020 (standards.md §13.2–§13.5): the initial isolation circle around
 * the spill and the downwind protective-action square (Table 1 / Table 3 materials), or the orange guide's
 * precautionary circle and large-spill evacuation zone (other materials). Geometry per ERG2020 pp. 294–295 [V]:
 * the square's upwind edge passes through the spill, it extends D downwind and D/2 to each side.
 *
 * @param point spill point `[lon, lat]`
 * @param options substance, spill size, day/night, wind (from) direction; optional wind speed / container (Table 3),
 *   worst case (×2), fire, land/water
 * @returns zones, isolation first; each carries its definition, edition, page and note; `notes` lists assumptions
 * @example incidentZones([113.1, 29.4], { substance: '液氯', spill: 'small', time: 'night', windFromDeg: 0 })
 *   // isolation circle 60 m + 1.4 km square south of the spill
 */
export function incidentZones(point: Position, options: IncidentOptions): ZoneCollection {
  const [lon, lat] = point;
  if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    throw new Error('incidentZones: point must be a finite [lon, lat] position');
  }
  if (!Number.isFinite(options.windFromDeg)) throw new Error('incidentZones: windFromDeg must be a finite angle');
  const substance = resolve(options.substance);
  const selection = selectErgDistances(substance, options);
  // Wind direction is where the wind comes from; the plume goes the opposite way.
  const downwindDeg = norm360(options.windFromDeg + 180);
  const origin: [number, number] = [lon, lat];
  const features = selection.zones.map((z: ErgZoneSpec): ZoneFeature => {
    const circle = z.shape === 'circle';
    return {
      type: 'Feature',
      geometry: circle ? geodesicCircle(origin, z.meters) : downwindSquare(origin, downwindDeg, z.meters),
      properties: {
        zone: z.zone,
        shape: z.shape,
        origin,
        radiusM: circle ? z.meters : null,
        distanceKm: circle ? null : z.meters / 1000,
        downwindDeg: circle ? null : downwindDeg,
        plus: z.plus,
        edition: selection.edition,
        page: `${z.ref.page}; geometry ${ERG2020_GEOMETRY_REF.page}`,
        source: z.source,
        note: z.note,
        substance: substance.nameZh,
        un: substance.un,
        guide: substance.guide,
        spill: options.spill,
        time: options.time,
      },
    };
  });
  return { type: 'FeatureCollection', features, notes: selection.notes };
}
