import type { Polygon, Position } from 'geojson';
import { geodesicDestination } from './geodesic-destination';

const MIN_VERTICES = 64;
const MAX_VERTICES = 1024;

/**
 * A polygon whose vertices lie exactly on the geodesic circle of `radiusM` around `center` (WGS84). The vertex count
 * is chosen so that the chords stay within `maxErrorM` of the true circle (sagitta r·(1 − cos(π/n)) ≤ maxErrorM),
 * at least 64 and at most 1024; the polygon is for display, membership is decided by distance (pointInZone).
 * The ring is counter-clockwise (RFC 7946).
 *
 * @example geodesicCircle([113.1, 29.3], 1000).coordinates[0].length // 72 (71 vertices + closing point)
 */
export function geodesicCircle(center: Position, radiusM: number, options: { maxErrorM?: number } = {}): Polygon {
  if (!(radiusM > 0) || !Number.isFinite(radiusM))
    throw new Error('geodesicCircle: radius must be a finite distance > 0');
  const maxErrorM = options.maxErrorM ?? 1;
  const ratio = Math.min(maxErrorM / radiusM, 1);
  const needed = Math.ceil(Math.PI / Math.acos(1 - ratio));
  const n = Math.min(MAX_VERTICES, Math.max(MIN_VERTICES, needed));
  const ring: Position[] = [];
  // Azimuths run anticlockwise (north → west → south → east) so the ring is counter-clockwise in lon/lat.
  for (let i = 0; i < n; i++) ring.push(geodesicDestination(center, -(360 * i) / n, radiusM));
  ring.push(ring[0] as Position);
  return { type: 'Polygon', coordinates: [ring] };
}
