import type { Position } from 'geojson';
import { nearestFireStation } from '../../analysis/nearest-fire-station';
import type { Facility, FacilityProps } from './risk-site';

export interface NearestFacility {
  facility: FacilityProps;
  position: [number, number];
  /** straight-line WGS84 geodesic distance, metres */
  distanceM: number;
}

const any = () => true;

/**
 * The facility (fire station or shelter) nearest to `origin` by WGS84 geodesic distance, or null when there is
 * none. Reuses the internal nearest-fire-station search (geokdbush + exact re-ranking) with no status filter: the
 * public data already holds only existing stations.
 */
export function nearestFacility(origin: Position, facilities: readonly Facility[]): NearestFacility | null {
  const hit = nearestFireStation(origin, facilities, { filter: any });
  if (!hit) return null;
  const p = hit.properties;
  const [lon, lat] = hit.geometry.coordinates as [number, number];
  return {
    facility: { id: String(p.id), name: String(p.name), kind: String(p.kind) },
    position: [lon, lat],
    distanceM: p.distanceMeters,
  };
}
