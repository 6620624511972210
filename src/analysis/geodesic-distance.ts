import * as geodesicModule from 'geographiclib-geodesic';
import type { Position } from 'geojson';

// The package is a UMD bundle: Node's ESM loader exposes it only as `default`, Vite's interop also as named
// exports. Taking `default` when present works in both the browser build and the tests.
const lib = (geodesicModule as unknown as { default?: typeof geodesicModule }).default ?? geodesicModule;
const WGS84 = lib.Geodesic.WGS84;

/**
 * Exact ellipsoidal (WGS84) distance in metres between two `[lon, lat]` positions (Karney's algorithm).
 *
 * @param from `[lon, lat]` in degrees
 * @param to `[lon, lat]` in degrees
 * @returns distance in metres
 * @example geodesicDistance([113.1, 29.3], [113.2, 29.3]) // ≈ 9 708 m
 */
export function geodesicDistance(from: Position, to: Position): number {
  const [lon1, lat1] = from;
  const [lon2, lat2] = to;
  if (lon1 === undefined || lat1 === undefined || lon2 === undefined || lat2 === undefined) {
    throw new Error('geodesicDistance: pass two [lon, lat] positions');
  }
  return WGS84.Inverse(lat1, lon1, lat2, lon2, lib.Geodesic.DISTANCE).s12 ?? Number.NaN;
}
