import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { representativePoint } from '../representative-point';
import { normalizeAdcode } from './normalize-adcode';

export interface CountyArea {
  adcode: string;
  name: string;
  approximate: boolean;
  geometry: Polygon | MultiPolygon;
  bbox: [number, number, number, number];
  areaKm2: number | null;
}

export interface CountyIndex {
  /** county-level areas in code order */
  areas: CountyArea[];
  byCode: Map<string, CountyArea>;
}

/** Stands for "no county": a feature outside every area and without a known code. */
export const UNASSIGNED = 'unassigned';

const isArea = (g: Geometry | null): g is Polygon | MultiPolygon => g?.type === 'Polygon' || g?.type === 'MultiPolygon';

/** The county-level (县级) areas of the boundaries layer; province and prefecture outlines are not drill-down units. */
export function buildCountyIndex(boundaries: readonly Feature<Geometry | null>[]): CountyIndex {
  const areas: CountyArea[] = [];
  for (const f of boundaries) {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const adcode = normalizeAdcode(p.adcode);
    if (!adcode || !isArea(f.geometry) || (p.level !== undefined && p.level !== '县级')) continue;
    const b = bbox(f.geometry) as number[];
    areas.push({
      adcode,
      name: String(p.name ?? adcode),
      approximate: p.approximate === true,
      geometry: f.geometry,
      bbox: [b[0] as number, b[1] as number, b[2] as number, b[3] as number],
      areaKm2: typeof p.geomAreaKm2 === 'number' ? p.geomAreaKm2 : null,
    });
  }
  areas.sort((a, b) => (a.adcode < b.adcode ? -1 : a.adcode > b.adcode ? 1 : 0));
  return { areas, byCode: new Map(areas.map((a) => [a.adcode, a])) };
}

/**
 * The county a feature is counted in, one rule for the statistics, the table, the list and the map filter: its own
 * 行政区划代码 when that names an area of the index (the ledger is the authority, data-contract.md), otherwise the
 * area containing its representative point, otherwise UNASSIGNED. A township code (9/12 digits) counts in its county.
 */
export function countyOf(f: Feature<Geometry | null>, index: CountyIndex): string {
  let memo = assigned.get(index);
  if (!memo) {
    memo = new WeakMap();
    assigned.set(index, memo);
  }
  const hit = memo.get(f);
  if (hit !== undefined) return hit;
  const c = assign(f, index);
  memo.set(f, c);
  return c;
}

// Loaded features are immutable, so an assignment holds for the life of the index (pans and re-renders reuse it).
const assigned = new WeakMap<CountyIndex, WeakMap<Feature<Geometry | null>, string>>();

function assign(f: Feature<Geometry | null>, index: CountyIndex): string {
  const p = (f.properties ?? {}) as Record<string, unknown>;
  const own = normalizeAdcode(p.adcode);
  if (own && index.byCode.has(own)) return own;
  const pt = representativePoint(f);
  if (!pt) return UNASSIGNED;
  const [x, y] = pt as [number, number];
  for (const a of index.areas) {
    if (x < a.bbox[0] || x > a.bbox[2] || y < a.bbox[1] || y > a.bbox[3]) continue;
    if (booleanPointInPolygon([x, y], a.geometry)) return a.adcode;
  }
  return UNASSIGNED;
}

const cache = new WeakMap<readonly Feature<Geometry | null>[], CountyIndex>();

/** buildCountyIndex, memoised by the (immutable, once loaded) feature array. */
export function countyIndexOf(boundaries: readonly Feature<Geometry | null>[]): CountyIndex {
  let idx = cache.get(boundaries);
  if (!idx) {
    idx = buildCountyIndex(boundaries);
    cache.set(boundaries, idx);
  }
  return idx;
}

/** Whether a drill-down to `county` applies: a code the index knows (a stale or mistyped `c=` filters nothing). */
export const isKnownCounty = (county: string | null, index: CountyIndex): county is string =>
  county !== null && index.byCode.has(county);

/** Keeps the features counted in `county`; null, or a code the index does not know, keeps all. */
export function filterByCounty<F extends Feature<Geometry | null>>(
  features: readonly F[],
  county: string | null,
  index: CountyIndex,
): F[] {
  if (!isKnownCounty(county, index)) return [...features];
  return features.filter((f) => countyOf(f, index) === county);
}
