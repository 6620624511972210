import type { Feature, FeatureCollection } from 'geojson';
import { geodesicCircle } from '../../analysis/incident/geodesic-circle';
import { geodesicDestination } from '../../analysis/incident/geodesic-destination';
import { NEARBY_RADII_M } from '../contract';

/**
 * The searched place for the map: the point, a geodesic circle per radius (vertices exactly on the circle, so the
 * drawn ring and the counted distance agree) and a label north of each ring. `ringLabel` words the distance.
 */
export function placeFeatures(
  center: [number, number],
  ringLabel: (radiusM: number) => string,
  radiiM: readonly number[] = NEARBY_RADII_M,
): FeatureCollection {
  const features: Feature[] = [];
  for (const r of radiiM) {
    features.push({
      type: 'Feature',
      geometry: geodesicCircle(center, r, { maxErrorM: 5 }),
      properties: { kind: 'ring' },
    });
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: geodesicDestination(center, 0, r) },
      properties: { kind: 'ring-label', label: ringLabel(r) },
    });
  }
  features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: center }, properties: { kind: 'place' } });
  return { type: 'FeatureCollection', features };
}

/** West, south, east, north of the largest circle: the view that shows the whole "我的周边" area. */
export function placeBounds(center: [number, number], radiusM: number): [number, number, number, number] {
  const [w] = geodesicDestination(center, 270, radiusM);
  const [e] = geodesicDestination(center, 90, radiusM);
  const [, s] = geodesicDestination(center, 180, radiusM);
  const [, n] = geodesicDestination(center, 0, radiusM);
  return [w, s, e, n];
}
