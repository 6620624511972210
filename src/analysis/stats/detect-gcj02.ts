import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import gcoord from 'gcoord';
import type { MultiPolygon, Polygon } from 'geojson';

export interface AreaRef {
  adcode: string;
  geometry: Polygon | MultiPolygon;
}

export interface PointRef {
  adcode: string;
  /** WGS84 / CGCS2000 */
  lon: number;
  lat: number;
}

export interface CrsDetection {
  verdict: 'GCJ02' | 'WGS84' | 'undetermined';
  /** points whose code names one of the areas */
  tested: number;
  /** of those, inside their own area only if the areas are taken as WGS84 */
  onlyAsWgs84: number;
  /** … only if the areas are taken as GCJ-02 (i.e. shifted back to WGS84) */
  onlyAsGcj02: number;
  /** the reasoning in words, for the build log */
  reason: string;
}

/**
 * Decision rule, a project choice (no standard covers it): the evidence is the points that land in their own
 * area under one reading and not under the other; one reading wins when it explains at least MIN_EVIDENCE such
 * points and at least DOMINANCE times as many as the other. GCJ-02 shifts 岳阳 by ~500 m, so only points within
 * ~500 m of a border can tell the readings apart; with fewer the answer is "undetermined", never a guess.
 */
export const MIN_EVIDENCE = 5;
export const DOMINANCE = 3;

/**
 * Are area outlines in GCJ-02 (the "Mars" datum of 高德/DataV maps, standards.md §9–10) or in WGS84? The test uses
 * what a build already has: point ledgers whose 行政区划代码 says which area each point belongs to, with WGS84
 * positions. A point is converted WGS84 → GCJ-02 (the same as converting the areas back, since the offset is
 * locally constant to within metres) and tested against its own area under both readings.
 *
 * Honest limits: it needs points near borders whose codes are right; points coded by nearest county seat (as the
 * sample's are) agree with Voronoi areas, not with real borders, so on real data the margin is smaller. Outside
 * China gcoord applies no offset and both readings agree: always "undetermined" there.
 */
export function detectGcj02(areas: readonly AreaRef[], points: readonly PointRef[]): CrsDetection {
  const byCode = new Map<string, AreaRef[]>();
  for (const a of areas) byCode.set(a.adcode, [...(byCode.get(a.adcode) ?? []), a]);
  const inside = (p: [number, number], list: AreaRef[]) => list.some((a) => booleanPointInPolygon(p, a.geometry));
  let tested = 0;
  let onlyAsWgs84 = 0;
  let onlyAsGcj02 = 0;
  for (const pt of points) {
    const own = byCode.get(pt.adcode);
    if (!own) continue;
    tested++;
    const wgs: [number, number] = [pt.lon, pt.lat];
    const gcj = gcoord.transform(wgs, gcoord.WGS84, gcoord.GCJ02) as [number, number];
    const a = inside(wgs, own);
    const b = inside(gcj, own);
    if (a && !b) onlyAsWgs84++;
    if (b && !a) onlyAsGcj02++;
  }
  const evidence = `${tested} 个带区划代码的点，${onlyAsWgs84} 个仅按 WGS84 落入本区，${onlyAsGcj02} 个仅按 GCJ-02 落入本区`;
  const wins = (x: number, y: number) => x >= MIN_EVIDENCE && x >= DOMINANCE * y;
  if (wins(onlyAsGcj02, onlyAsWgs84)) {
    return { verdict: 'GCJ02', tested, onlyAsWgs84, onlyAsGcj02, reason: `${evidence} → GCJ-02` };
  }
  if (wins(onlyAsWgs84, onlyAsGcj02)) {
    return { verdict: 'WGS84', tested, onlyAsWgs84, onlyAsGcj02, reason: `${evidence} → WGS84` };
  }
  return {
    verdict: 'undetermined',
    tested,
    onlyAsWgs84,
    onlyAsGcj02,
    reason: `${evidence} → 证据不足，无法判定 (not enough evidence)`,
  };
}
