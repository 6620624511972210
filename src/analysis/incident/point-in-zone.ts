import type { Position } from 'geojson';
import { geodesicPolar } from './geodesic-polar';
import type { ZoneProps } from './types';

/**
 * Whether a point lies in a zone, decided from the zone's definition rather than its polygon: a circle holds the
 * points within `radiusM` geodesic distance of its centre; the downwind square holds the points whose
 * azimuthal-equidistant coordinates around the spill (geodesic distance s, azimuth θ; along = s·cos(θ − downwind),
 * across = s·sin(θ − downwind)) satisfy 0 ≤ along ≤ D and |across| ≤ D/2. Boundaries count as inside.
 *
 * @example pointInZone(zone.properties, [113.1, 29.39]) // true when 1.1 km south of a spill with a 1.4 km square
 */
export function pointInZone(
  zone: Pick<ZoneProps, 'shape' | 'origin' | 'radiusM' | 'distanceKm' | 'downwindDeg'>,
  p: Position,
): boolean {
  const { meters, azimuthDeg } = geodesicPolar(zone.origin, p);
  if (zone.shape === 'circle') return meters <= (zone.radiusM ?? Number.NaN);
  const side = (zone.distanceKm ?? Number.NaN) * 1000;
  const rel = ((azimuthDeg - (zone.downwindDeg ?? Number.NaN)) * Math.PI) / 180;
  const along = meters * Math.cos(rel);
  const across = meters * Math.sin(rel);
  return along >= 0 && along <= side && Math.abs(across) <= side / 2;
}
