import * as geodesicModule from 'geographiclib-geodesic';
import type { Position } from 'geojson';

// UMD bundle: Node's ESM loader exposes it only as `default`, Vite also as named exports (as in ../geodesic-distance).
const lib = (geodesicModule as unknown as { default?: typeof geodesicModule }).default ?? geodesicModule;
const WGS84 = lib.Geodesic.WGS84;
const MASK = lib.Geodesic.LATITUDE | lib.Geodesic.LONGITUDE;

/**
 * The point `meters` away from `from` along the geodesic leaving it at `azimuthDeg` (WGS84, Karney's direct
 * problem). Zone vertices are placed with it so that every vertex lies exactly on the zone's boundary.
 *
 * @example geodesicDestination([113.1, 29.3], 90, 1000) // [≈113.1103, ≈29.3]
 */
export function geodesicDestination(from: Position, azimuthDeg: number, meters: number): [number, number] {
  const [lon, lat] = from;
  if (lon === undefined || lat === undefined) throw new Error('geodesicDestination: pass a [lon, lat] position');
  if (meters === 0) return [lon, lat];
  const r = WGS84.Direct(lat, lon, azimuthDeg, meters, MASK);
  return [r.lon2 ?? Number.NaN, r.lat2 ?? Number.NaN];
}
