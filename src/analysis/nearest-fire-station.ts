import type { Feature, GeoJsonProperties, Geometry, Point, Position } from 'geojson';
import { around, distance as sphereDistanceKm } from 'geokdbush';
import KDBush from 'kdbush';
import { geodesicDistance } from './geodesic-distance';
import { representativePoint } from './representative-point';

export interface NearestFireStationOptions {
  /** which stations may answer; default: all but 规划 (a planned station cannot respond yet) */
  filter?: (station: Feature<Geometry | null>) => boolean;
}

export type NearestStation = Feature<Point, GeoJsonProperties & { distanceMeters: number }>;

interface Indexed {
  index: KDBush;
  /** kdbush item number → position in the input array (stations without geometry are skipped) */
  featureIdx: number[];
  coords: Position[];
}

// The station list changes only when data loads, while the card asks on every selection: index each array once.
const cache = new WeakMap<readonly Feature<Geometry | null>[], Indexed>();

function indexOf(stations: readonly Feature<Geometry | null>[]): Indexed {
  const hit = cache.get(stations);
  if (hit) return hit;
  const featureIdx: number[] = [];
  const coords: Position[] = [];
  stations.forEach((f, i) => {
    const p = representativePoint(f);
    if (p && Number.isFinite(p[0]) && Number.isFinite(p[1])) {
      featureIdx.push(i);
      coords.push(p);
    }
  });
  const index = new KDBush(Math.max(coords.length, 1));
  for (const c of coords) index.add(c[0] as number, c[1] as number);
  if (coords.length === 0) index.add(0, 0); // kdbush needs ≥ 1 item; the predicate below never accepts it
  index.finish();
  const built = { index, featureIdx, coords };
  cache.set(stations, built);
  return built;
}

/**
 * geokdbush ranks by great-circle distance on a 6371 km sphere; the WGS84 geodesic differs from it by at most
 * about -0.56 % / +0.45 % (meridian radius 6335–6400 km). Every station whose sphere distance is within 2 % of the
 * sphere-nearest is therefore re-measured exactly, and the geodesic minimum among them is the true nearest.
 */
const SPHERE_SLACK = 1.02;

const notPlanned = (f: Feature<Geometry | null>) => f.properties?.status !== '规划';

/**
 * The fire station nearest to `origin` by exact WGS84 geodesic distance, found with a geokdbush k-nearest search.
 *
 * @param origin `[lon, lat]` of the feature asking
 * @param stations fire-station features (points; polygons are measured from their centroid)
 * @param options `filter` restricts the candidates (default: exclude status 规划)
 * @returns a copy of the station feature with `properties.distanceMeters`, or null when no station qualifies
 * @example nearestFireStation([113.1, 29.3], stations)?.properties.distanceMeters // 1840.2
 */
export function nearestFireStation(
  origin: Position,
  stations: readonly Feature<Geometry | null>[],
  options: NearestFireStationOptions = {},
): NearestStation | null {
  const [lon, lat] = origin;
  if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    throw new Error('nearestFireStation: origin must be a finite [lon, lat] position');
  }
  const filter = options.filter ?? notPlanned;
  const { index, featureIdx, coords } = indexOf(stations);
  const accept = (item: number) => {
    const fi = featureIdx[item];
    return fi !== undefined && filter(stations[fi] as Feature<Geometry | null>);
  };
  const first = around(index, lon, lat, 1, undefined, accept)[0];
  if (first === undefined) return null;
  const c0 = coords[first] as Position;
  const sphereKm = sphereDistanceKm(lon, lat, c0[0] as number, c0[1] as number);
  const candidates = around(index, lon, lat, Number.POSITIVE_INFINITY, sphereKm * SPHERE_SLACK + 0.001, accept);
  let best = { item: first, meters: Number.POSITIVE_INFINITY };
  for (const item of candidates) {
    const meters = geodesicDistance(origin, coords[item] as Position);
    if (meters < best.meters) best = { item, meters };
  }
  const station = stations[featureIdx[best.item] as number] as Feature<Geometry | null>;
  return {
    type: 'Feature',
    id: station.id,
    geometry: { type: 'Point', coordinates: coords[best.item] as Position },
    properties: { ...(station.properties ?? {}), distanceMeters: best.meters },
  };
}
