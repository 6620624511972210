import * as geodesicModule from 'geographiclib-geodesic';
import type { Position } from 'geojson';

// UMD bundle: Node's ESM loader exposes it only as `default`, Vite also as named exports (as in ../geodesic-distance).
const lib = (geodesicModule as unknown as { default?: typeof geodesicModule }).default ?? geodesicModule;
const WGS84 = lib.Geodesic.WGS84;
const MASK = lib.Geodesic.DISTANCE | lib.Geodesic.AZIMUTH;

export interface Polar {
  /** geodesic distance, m */
  meters: number;
  /** initial azimuth at `from`, degrees clockwise from north (−180, 180] */
  azimuthDeg: number;
}

/**
 * Distance and azimuth of `to` seen from `from` on the WGS84 ellipsoid (Karney's inverse problem): the
 * azimuthal-equidistant polar coordinates of `to` around `from`, which is how zone membership is decided exactly.
 *
 * @example geodesicPolar([113.1, 29.3], [113.1, 29.4]) // { meters: ≈ 11 086, azimuthDeg: 0 }
 */
export function geodesicPolar(from: Position, to: Position): Polar {
  const [lon1, lat1] = from;
  const [lon2, lat2] = to;
  if (lon1 === undefined || lat1 === undefined || lon2 === undefined || lat2 === undefined) {
    throw new Error('geodesicPolar: pass two [lon, lat] positions');
  }
  const r = WGS84.Inverse(lat1, lon1, lat2, lon2, MASK);
  return { meters: r.s12 ?? Number.NaN, azimuthDeg: r.azi1 ?? 0 };
}
