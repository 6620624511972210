import type { Polygon, Position } from 'geojson';
import { geodesicDestination } from './geodesic-destination';

// Edges are split so that a segment is at most this long: straight lon/lat segments then follow the square's
// edges (straight lines in the spill's azimuthal-equidistant frame) to well under a metre.
const MAX_SEGMENT_M = 250;
const MIN_SEGMENTS = 8;

/**
 * The ERG protective-action square (ERG2020 pp. 294–295 [V]): upwind edge through the spill point, extending `sideM`
 * downwind and `sideM / 2` to each side of the wind axis. "Square" is taken in the spill's azimuthal-equidistant
 * frame (each point placed by its geodesic distance and azimuth from the spill), the same frame pointInZone uses, so
 * every vertex lies exactly on the zone's boundary. Ring counter-clockwise (RFC 7946).
 *
 * @param origin spill point `[lon, lat]`
 * @param downwindDeg bearing the wind blows toward, degrees clockwise from north
 * @param sideM downwind distance D = side of the square, metres
 * @example downwindSquare([113.1, 29.3], 180, 1400) // square south of the spill
 */
export function downwindSquare(origin: Position, downwindDeg: number, sideM: number): Polygon {
  if (!(sideM > 0) || !Number.isFinite(sideM)) throw new Error('downwindSquare: side must be a finite distance > 0');
  const half = sideM / 2;
  // (along, across) corners; across > 0 is to the right of the downwind direction (clockwise), so
  // near-left → near-right → far-right → far-left runs counter-clockwise on the map.
  const corners: [number, number][] = [
    [0, -half],
    [0, half],
    [sideM, half],
    [sideM, -half],
  ];
  const n = Math.max(MIN_SEGMENTS, Math.ceil(sideM / MAX_SEGMENT_M));
  const ring: Position[] = [];
  for (let c = 0; c < 4; c++) {
    const [a0, c0] = corners[c] as [number, number];
    const [a1, c1] = corners[(c + 1) % 4] as [number, number];
    for (let i = 0; i < n; i++) {
      const along = a0 + ((a1 - a0) * i) / n;
      const across = c0 + ((c1 - c0) * i) / n;
      const dist = Math.hypot(along, across);
      const az = downwindDeg + (Math.atan2(across, along) * 180) / Math.PI;
      ring.push(geodesicDestination(origin, az, dist));
    }
  }
  ring.push(ring[0] as Position);
  return { type: 'Polygon', coordinates: [ring] };
}
