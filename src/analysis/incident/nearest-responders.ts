import type { Feature, Geometry, Position } from 'geojson';
import { around, distance as sphereKm } from 'geokdbush';
import { estimateDriveMinutes } from '../estimate-drive-minutes';
import { geodesicDistance } from '../geodesic-distance';
import { pointIndexOf } from './point-index';

export interface NearestRespondersOptions {
  /** how many stations; default 5 */
  k?: number;
  /** 危化 / 矿山 / 水上: stations whose `speciality` contains it are ranked first */
  speciality?: string;
  /** 道路曲度系数 λ; default 1.3 (standards §5.2 [U]) */
  roadFactor?: number;
  /** average fire-engine speed, km/h; default 30 (standards §5.2 [U]) */
  speedKmh?: number;
  /** 接警出动 time, min; default 1 (standards §5.2 [P]) */
  turnoutMin?: number;
  /** include stations with status 规划 (they cannot respond yet); default false */
  includePlanned?: boolean;
}

export interface Responder {
  id: string;
  name: string | null;
  type: string | null;
  speciality: string | null;
  status: string | null;
  position: Position;
  /** exact WGS84 geodesic distance, m */
  distanceM: number;
  /** estimated arrival, min: turnout + straight line × λ ÷ speed — an estimate, not a route */
  etaMin: number;
  specialityMatch: boolean;
  /** how the ETA was estimated (bilingual, with the status of each assumption) */
  etaBasis: string;
  feature: Feature<Geometry | null>;
}

// geokdbush ranks on a 6371 km sphere; WGS84 geodesics differ from it by −0.56 %…+0.45 %, so any station within 2 %
// of the k-th sphere distance may still be among the k geodesically nearest and is measured exactly.
const SPHERE_SLACK = 1.02;

/** Exactly the k nearest stations passing `accept`, by geodesic distance, ascending. */
function kNearest(
  origin: Position,
  stations: readonly Feature<Geometry | null>[],
  k: number,
  accept: (fi: number) => boolean,
): { fi: number; pos: Position; meters: number }[] {
  const { index, featureIdx, coords } = pointIndexOf(stations);
  const [lon, lat] = origin as [number, number];
  const ok = (item: number) => {
    const fi = featureIdx[item];
    return fi !== undefined && accept(fi);
  };
  const first = around(index, lon, lat, k, undefined, ok);
  const last = first[first.length - 1];
  if (last === undefined) return [];
  const c = coords[last] as [number, number];
  const reach = sphereKm(lon, lat, c[0], c[1]) * SPHERE_SLACK + 0.001;
  return around(index, lon, lat, Number.POSITIVE_INFINITY, reach, ok)
    .map((item) => ({
      fi: featureIdx[item] as number,
      pos: coords[item] as Position,
      meters: geodesicDistance(origin, coords[item] as Position),
    }))
    .sort((a, b) => a.meters - b.meters || a.fi - b.fi)
    .slice(0, k);
}

/**
 * The k fire stations nearest to an incident, with an arrival estimate. Candidates come from a geokdbush k-nearest
 * search and are ranked by exact WGS84 geodesic distance. With `speciality`, matching stations (the k nearest of
 * them) come first, then the nearest others fill the list up to k. Planned (规划) stations are left out unless
 * `includePlanned`. ETA = turnout + straight-line distance × λ ÷ speed (standards.md §5.2): a planning estimate,
 * labelled as such; a road-network route is the real answer.
 *
 * @param point incident `[lon, lat]`
 * @param stations fire-station features (FireStationProps)
 * @returns up to k responders, specialists first, then by distance
 * @example nearestResponders([113.1, 29.4], stations, { k: 3, speciality: '危化' })[0].etaMin // 4.2
 */
export function nearestResponders(
  point: Position,
  stations: readonly Feature<Geometry | null>[],
  options: NearestRespondersOptions = {},
): Responder[] {
  const [lon, lat] = point;
  if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    throw new Error('nearestResponders: point must be a finite [lon, lat] position');
  }
  const k = options.k ?? 5;
  if (!Number.isInteger(k) || k < 1) throw new Error('nearestResponders: k must be a positive integer');
  const roadFactor = options.roadFactor ?? 1.3; // 道路曲度系数 λ 1.3 — standards §5.2 (条文说明 range 1.3–1.5) [U]
  const speedKmh = options.speedKmh ?? 30; // urban fire-engine average 30 km/h — standards §5.2 [U]
  const turnoutMin = options.turnoutMin ?? 1; // 接警出动 1 min of the 15-min timeline — standards §5.2 [P]
  const wanted = options.speciality?.trim();
  const allowed = (fi: number) => options.includePlanned || stations[fi]?.properties?.status !== '规划';
  const matches = (fi: number) =>
    Boolean(wanted) && String(stations[fi]?.properties?.speciality ?? '').includes(wanted as string);

  const specialists = wanted ? kNearest(point, stations, k, (fi) => allowed(fi) && matches(fi)) : [];
  const seen = new Set(specialists.map((s) => s.fi));
  const others = kNearest(point, stations, k, (fi) => allowed(fi) && !seen.has(fi));
  const picked = [...specialists, ...others].slice(0, k);

  const etaBasis =
    `估算：出动 ${turnoutMin} min + 直线距离 × ${roadFactor} ÷ ${speedKmh} km/h（standards §5.2：曲度系数与车速 [U]，出动时间 [P]；非路网结果）` +
    ` (estimate: turnout + straight line × λ ÷ speed; not a road route)`;
  return picked.map(({ fi, pos, meters }) => {
    const f = stations[fi] as Feature<Geometry | null>;
    const p = f.properties ?? {};
    const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
    return {
      id: String(p.id ?? f.id ?? `#${fi}`),
      name: str(p.name),
      type: str(p.type),
      speciality: str(p.speciality),
      status: str(p.status),
      position: pos,
      distanceM: meters,
      etaMin: turnoutMin + estimateDriveMinutes(meters, { roadFactor, speedKmh }),
      specialityMatch: matches(fi),
      etaBasis,
      feature: f,
    };
  });
}
