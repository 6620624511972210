import { bbox } from '@turf/bbox';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { pointInZone } from './point-in-zone';
import { pointIndexOf } from './point-index';
import { polygonTouchesZone } from './polygon-touches-zone';
import type { ZoneFeature, ZoneKind, ZoneProps } from './types';

export interface AffectedLayers {
  /** protected targets (ProtectedTargetProps: targetClass, people) */
  targets?: readonly Feature<Geometry | null>[];
  /** other hazard sources (domino effect); tailings ponds may be passed too */
  hazards?: readonly Feature<Geometry | null>[];
  /** chemical parks (polygons) */
  parks?: readonly Feature<Geometry | null>[];
}

export interface AffectedCounts {
  targets: {
    count: number;
    people: number;
    /** by GB 36894-2018 class (高敏感 / 重要 / 一般一类 / 一般二类 / 一般三类) */
    byClass: Record<string, { count: number; people: number }>;
    ids: string[];
  };
  hazards: { count: number; byRiskLevel: Record<string, number>; ids: string[] };
  parks: { count: number; ids: string[] };
}

export interface ZoneAffected extends AffectedCounts {
  zone: ZoneKind;
  radiusM: number | null;
  distanceKm: number | null;
}

export interface AffectedResult {
  /** one entry per zone, in input order */
  zones: ZoneAffected[];
  /** inside any zone, each feature counted once */
  union: AffectedCounts;
}

// Metres per degree: latitude ≥ 110 574 m everywhere, longitude ≥ 111 319·cos φ (WGS84); rounding both down makes
// the candidate box larger than the zone, never smaller.
const M_PER_DEG_LAT = 110_000;
const M_PER_DEG_LON_EQ = 111_000;

/** Lon/lat box that surely contains every point within `reachM` of `origin`. */
function boxAround(origin: Position, reachM: number): [number, number, number, number] {
  const [lon, lat] = origin as [number, number];
  const dLat = (reachM * 1.01) / M_PER_DEG_LAT;
  const latMax = Math.min(90, Math.abs(lat) + dLat);
  const cos = Math.cos((latMax * Math.PI) / 180);
  const dLon = cos < 0.01 ? 180 : (reachM * 1.01) / (M_PER_DEG_LON_EQ * cos);
  return [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
}

/** Farthest a zone reaches from its origin: the radius, or the square's far corner D·√(1 + 1/4). */
const reachOf = (z: ZoneProps) =>
  z.shape === 'circle' ? (z.radiusM ?? 0) : (z.distanceKm ?? 0) * 1000 * Math.sqrt(1.25);

const idOf = (f: Feature<Geometry | null>, i: number) => String(f.properties?.id ?? f.id ?? `#${i}`);

const extentCache = new WeakMap<Feature<Geometry | null>, number[]>();
function extentOf(f: Feature<Geometry | null>): number[] {
  let e = extentCache.get(f);
  if (!e) {
    e = f.geometry ? (bbox(f.geometry) as number[]) : [];
    extentCache.set(f, e);
  }
  return e;
}

function pointsIn(
  zone: ZoneProps,
  features: readonly Feature<Geometry | null>[] | undefined,
  exclude: ReadonlySet<string>,
): number[] {
  if (!features || features.length === 0) return [];
  const { index, featureIdx, coords } = pointIndexOf(features);
  const [minX, minY, maxX, maxY] = boxAround(zone.origin, reachOf(zone));
  const hits: number[] = [];
  for (const item of index.range(minX, minY, maxX, maxY)) {
    const fi = featureIdx[item];
    if (fi === undefined) continue;
    const f = features[fi] as Feature<Geometry | null>;
    if (exclude.has(idOf(f, fi))) continue;
    if (pointInZone(zone, coords[item] as Position)) hits.push(fi);
  }
  return hits.sort((a, b) => a - b);
}

function parksIn(zone: ZoneProps, parks: readonly Feature<Geometry | null>[] | undefined): number[] {
  if (!parks) return [];
  const [minX, minY, maxX, maxY] = boxAround(zone.origin, reachOf(zone));
  const hits: number[] = [];
  parks.forEach((f, i) => {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return;
    const e = extentOf(f);
    if ((e[0] as number) > maxX || (e[2] as number) < minX || (e[1] as number) > maxY || (e[3] as number) < minY)
      return;
    if (polygonTouchesZone(zone, g as Polygon | MultiPolygon)) hits.push(i);
  });
  return hits;
}

function count(
  layers: AffectedLayers,
  t: readonly number[],
  h: readonly number[],
  p: readonly number[],
): AffectedCounts {
  const out: AffectedCounts = {
    targets: { count: 0, people: 0, byClass: {}, ids: [] },
    hazards: { count: 0, byRiskLevel: {}, ids: [] },
    parks: { count: 0, ids: [] },
  };
  for (const i of t) {
    const f = layers.targets?.[i] as Feature<Geometry | null>;
    const cls = String(f.properties?.targetClass ?? '未分类');
    const people = Number(f.properties?.people) || 0;
    const c = out.targets.byClass[cls] ?? { count: 0, people: 0 };
    c.count += 1;
    c.people += people;
    out.targets.byClass[cls] = c;
    out.targets.count += 1;
    out.targets.people += people;
    out.targets.ids.push(idOf(f, i));
  }
  for (const i of h) {
    const f = layers.hazards?.[i] as Feature<Geometry | null>;
    const level = String(f.properties?.riskLevel ?? 'none');
    out.hazards.byRiskLevel[level] = (out.hazards.byRiskLevel[level] ?? 0) + 1;
    out.hazards.count += 1;
    out.hazards.ids.push(idOf(f, i));
  }
  for (const i of p) {
    out.parks.count += 1;
    out.parks.ids.push(idOf(layers.parks?.[i] as Feature<Geometry | null>, i));
  }
  return out;
}

/**
 * What lies inside each incident zone: protected targets by GB 36894-2018 class with people totals, other hazard
 * sources (domino effect) by risk level, and chemical parks the zone touches. Membership is exact: a point (polygon
 * targets: their centroid) is tested against the zone's definition by WGS84 geodesics (pointInZone), parks by exact
 * polygon–zone intersection in the spill's azimuthal-equidistant frame; the kdbush index only picks candidates.
 *
 * @param zones output of incidentZones / plainRings (or their features)
 * @param layers targets, hazards, parks; any may be omitted
 * @param options `excludeIds`: feature ids left out (e.g. the hazard source the incident is at)
 * @returns per-zone counts and the union over all zones
 * @example affectedInZones(incidentZones(p, opts), { targets }).zones[1].targets.byClass['高敏感'] // { count: 2, people: 1350 }
 */
export function affectedInZones(
  zones: FeatureCollection<Polygon, ZoneProps> | readonly ZoneFeature[],
  layers: AffectedLayers,
  options: { excludeIds?: readonly string[] } = {},
): AffectedResult {
  const list = 'features' in zones ? zones.features : zones;
  const exclude = new Set(options.excludeIds ?? []);
  const all = { t: new Set<number>(), h: new Set<number>(), p: new Set<number>() };
  const perZone = list.map((z): ZoneAffected => {
    const props = z.properties;
    const t = pointsIn(props, layers.targets, exclude);
    const h = pointsIn(props, layers.hazards, exclude);
    const p = parksIn(props, layers.parks).filter((i) => !exclude.has(idOf(layers.parks?.[i] as Feature, i)));
    for (const i of t) all.t.add(i);
    for (const i of h) all.h.add(i);
    for (const i of p) all.p.add(i);
    return { zone: props.zone, radiusM: props.radiusM, distanceKm: props.distanceKm, ...count(layers, t, h, p) };
  });
  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
  return { zones: perZone, union: count(layers, sorted(all.t), sorted(all.h), sorted(all.p)) };
}
