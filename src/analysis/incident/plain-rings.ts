import type { Position } from 'geojson';
import { geodesicCircle } from './geodesic-circle';
import type { ZoneCollection, ZoneFeature } from './types';

// Display convention, not a standard: 500 m / 1 km are the detail card's 周边 rings, 3 km / 5 km common
// evacuation-planning radii [U].
const DEFAULT_RADII_M = [500, 1000, 3000, 5000];

/**
 * Plain distance rings around a point (geodesic circles), for incidents without a known substance or for a quick
 * "who is within X km" look. They carry no ERG meaning (`edition: null`).
 *
 * @param point centre `[lon, lat]`
 * @param radiiM radii in metres, any order; default 500, 1000, 3000, 5000
 * @returns rings ascending by radius
 * @example plainRings([113.1, 29.4]).features.map(f => f.properties.radiusM) // [500, 1000, 3000, 5000]
 */
export function plainRings(point: Position, radiiM: readonly number[] = DEFAULT_RADII_M): ZoneCollection {
  const [lon, lat] = point;
  if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    throw new Error('plainRings: point must be a finite [lon, lat] position');
  }
  const origin: [number, number] = [lon, lat];
  const features = [...radiiM]
    .sort((a, b) => a - b)
    .map(
      (r): ZoneFeature => ({
        type: 'Feature',
        geometry: geodesicCircle(origin, r),
        properties: {
          zone: 'ring',
          shape: 'circle',
          origin,
          radiusM: r,
          distanceKm: null,
          downwindDeg: null,
          plus: false,
          edition: null,
          page: '',
          source: 'distance ring',
          note: `距离圈 ${r >= 1000 ? `${r / 1000} km` : `${r} m`}（非 ERG 分区）(plain distance ring, not an ERG zone)`,
          substance: null,
          un: null,
          guide: null,
          spill: null,
          time: null,
        },
      }),
    );
  return { type: 'FeatureCollection', features, notes: [] };
}
