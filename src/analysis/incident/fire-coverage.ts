import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import { around } from 'geokdbush';
import { FIRE_STATION_DISTRICT_CAPS, type FireStationType } from '../../domain/fire/fire-station-caps';
import { geodesicDistance } from '../geodesic-distance';
import { representativePoint } from '../representative-point';
import { geodesicCircle } from './geodesic-circle';
import { pointIndexOf } from './point-index';

export interface FireCoverageOptions {
  /** draw planned (规划) districts and judge `uncovered` with them; `after` is computed either way. Default false */
  includePlanned?: boolean;
  /**
   * `cap` (default): district = circle of area = the type's 建标152-2017 第十四条 cap [V] (一级/特勤 7 km², 二级 4,
   * 小型 2; 战勤保障 none). `drive`: circle of radius P = v·t/λ (standards §5.2 [U]).
   */
  method?: 'cap' | 'drive';
  /** `drive` only: speed km/h, default 30 [U] */
  speedKmh?: number;
  /** `drive` only: 道路曲度系数 λ, default 1.3 [U] */
  roadFactor?: number;
  /** `drive` only: driving minutes of the 5-min rule, default 4 (1 min turnout + 4 min driving, §5.2 [P]) */
  driveMin?: number;
}

export interface DistrictProps {
  stationId: string;
  name: string | null;
  type: string | null;
  planned: boolean;
  radiusM: number;
  /** area of the circle, km² (πr²) */
  areaKm2: number;
  basis: string;
}

export interface CoverageFigure {
  covered: number;
  total: number;
  /** percent 0–100; null when there are no risk objects */
  pct: number | null;
}

export interface FireCoverageResult {
  method: 'cap' | 'drive';
  basis: string;
  districts: FeatureCollection<Polygon, DistrictProps>;
  /** one entry per risk object with a usable position, input order */
  objects: { id: string; coveredBy: string[]; coveredByPlanned: string[] }[];
  /** risk objects outside every district (existing, plus planned when includePlanned) */
  uncovered: Feature<Geometry | null>[];
  /** existing stations only */
  before: CoverageFigure;
  /** existing and planned stations */
  after: CoverageFigure;
  /** stations without a district (战勤保障站, 专职队, 微型站, unknown type) */
  noDistrict: string[];
}

interface District {
  /** kdbush item number */
  item: number;
  fi: number;
  id: string;
  planned: boolean;
  radiusM: number;
}

const idOf = (f: Feature<Geometry | null>, i: number) => String(f.properties?.id ?? f.id ?? `#${i}`);
const figure = (covered: number, total: number): CoverageFigure => ({
  covered,
  total,
  pct: total === 0 ? null : (100 * covered) / total,
});

// geokdbush measures on a 6371 km sphere, up to 0.56 % short of the WGS84 geodesic: widen the search by 2 % and
// decide by the exact geodesic.
const SPHERE_SLACK = 1.02;

/**
 * Fire-station 5-minute coverage of risk objects. Each station's district is approximated by a circle around it.
 * Default (`cap`): area = the district cap of its type (建标152-2017 第十四条 [V]), so r = √(cap/π): 一级/特勤 7 km² →
 * 1.49 km, 二级 4 km² → 1.13 km, 小型 2 km² → 0.80 km. Chosen over the drive radius P = v·(4/60)/λ (30 km/h, λ 1.3 →
 * 1.54 km, standards §5.2 [U]) because the caps are verified, differ by station type, and P for an 一级站 lands within
 * 3 % of it anyway; `method: 'drive'` gives P. Both are approximations of a road-network isochrone. An object is
 * covered when its point (polygon: centroid) is within the radius by exact WGS84 geodesic distance.
 *
 * @param stations fire-station features (FireStationProps: type, status, districtCapKm2)
 * @param riskObjects hazard sources, tailings ponds, parks …
 * @returns districts, per-object coverage, uncovered objects, coverage % before / after planned stations
 * @example fireCoverage(stations, hazards).before.pct // 62.5
 */
export function fireCoverage(
  stations: readonly Feature<Geometry | null>[],
  riskObjects: readonly Feature<Geometry | null>[],
  options: FireCoverageOptions = {},
): FireCoverageResult {
  const method = options.method ?? 'cap';
  const speedKmh = options.speedKmh ?? 30; // urban fire-engine average 30 km/h — standards §5.2 [U]
  const roadFactor = options.roadFactor ?? 1.3; // 道路曲度系数 λ 1.3 — standards §5.2 [U]
  const driveMin = options.driveMin ?? 4; // 5 min = 1 min turnout + 4 min driving — standards §5.2 [P]
  const driveRadiusM = ((speedKmh * driveMin) / 60 / roadFactor) * 1000;
  const basis =
    method === 'cap'
      ? '辖区按等面积圆近似：面积 = 建标152-2017 第十四条上限（一级/特勤 7 km²，二级 4 km²，小型 2 km²）[V]；圆形为近似 (district = circle of the type’s capped area)'
      : `辖区按行车半径近似：P = ${speedKmh} km/h × ${driveMin} min ÷ ${roadFactor} = ${(driveRadiusM / 1000).toFixed(2)} km（standards §5.2 [U]）(district = drive-radius circle)`;

  const { featureIdx, coords, index } = pointIndexOf(stations);
  const districts: District[] = [];
  const noDistrict: string[] = [];
  featureIdx.forEach((fi, item) => {
    const f = stations[fi] as Feature<Geometry | null>;
    const p = f.properties ?? {};
    const typeCap = FIRE_STATION_DISTRICT_CAPS[p.type as FireStationType]?.capKm2 ?? null;
    // The feature's own districtCapKm2 is the build's copy of the same 建标152 cap; fall back to the type table.
    const cap = typeof p.districtCapKm2 === 'number' ? p.districtCapKm2 : typeCap;
    if (cap === null || !(cap > 0)) {
      noDistrict.push(idOf(f, fi));
      return;
    }
    const radiusM = method === 'cap' ? Math.sqrt(cap / Math.PI) * 1000 : driveRadiusM;
    districts[item] = { item, fi, id: idOf(f, fi), planned: p.status === '规划', radiusM };
  });
  const maxR = districts.reduce((m, d) => Math.max(m, d?.radiusM ?? 0), 0);

  const objects: FireCoverageResult['objects'] = [];
  const uncovered: Feature<Geometry | null>[] = [];
  let coveredBefore = 0;
  let coveredAfter = 0;
  riskObjects.forEach((o, oi) => {
    const pos = representativePoint(o);
    if (!pos || !Number.isFinite(pos[0]) || !Number.isFinite(pos[1])) return;
    const coveredBy: string[] = [];
    const coveredByPlanned: string[] = [];
    const near =
      maxR > 0 ? around(index, pos[0] as number, pos[1] as number, Infinity, (maxR / 1000) * SPHERE_SLACK) : [];
    for (const item of near) {
      const d = districts[item];
      if (!d || geodesicDistance(pos, coords[item] as Position) > d.radiusM) continue;
      (d.planned ? coveredByPlanned : coveredBy).push(d.id);
    }
    objects.push({ id: idOf(o, oi), coveredBy, coveredByPlanned });
    if (coveredBy.length > 0) coveredBefore += 1;
    if (coveredBy.length > 0 || coveredByPlanned.length > 0) coveredAfter += 1;
    if (coveredBy.length === 0 && (!options.includePlanned || coveredByPlanned.length === 0)) uncovered.push(o);
  });

  const features = districts
    .filter((d) => d && (options.includePlanned || !d.planned))
    .map((d) => {
      const p = stations[d.fi]?.properties ?? {};
      return {
        type: 'Feature' as const,
        geometry: geodesicCircle(coords[d.item] as Position, d.radiusM),
        properties: {
          stationId: d.id,
          name: p.name === undefined || p.name === null ? null : String(p.name),
          type: p.type === undefined || p.type === null ? null : String(p.type),
          planned: d.planned,
          radiusM: d.radiusM,
          areaKm2: (Math.PI * d.radiusM * d.radiusM) / 1e6,
          basis,
        },
      };
    });

  return {
    method,
    basis,
    districts: { type: 'FeatureCollection', features },
    objects,
    uncovered,
    before: figure(coveredBefore, objects.length),
    after: figure(coveredAfter, objects.length),
    noDistrict,
  };
}
