import type { Position } from 'geojson';
import { type GeometryParts, geometryParts } from '../../analysis/siting/geometry-parts';
import { pointPartsDistance } from '../../analysis/siting/point-parts-distance';
import { RISK_LEVELS, type RiskLevel } from '../../domain/layer-ids';
import { NEARBY_RADII_M, PUBLIC_RISK_LAYERS, type PublicRiskLayer } from '../contract';
import type { RiskSite } from './risk-site';

export interface NearbySite {
  site: RiskSite;
  /** WGS84 geodesic distance, metres; 0 inside a park */
  distanceM: number;
}

export interface RingSummary {
  radiusM: number;
  total: number;
  byLevel: Record<RiskLevel, number>;
  byLayer: Record<PublicRiskLayer, number>;
}

export interface NearbySummary {
  origin: [number, number];
  /** one per radius, smallest first; each counts every site within it (so 3 km includes 1 km) */
  rings: RingSummary[];
  /** sites within the largest radius, nearest first (ties: more severe first, then id) */
  sites: NearbySite[];
}

interface Indexed {
  parts: GeometryParts[];
}

// The site list changes only when data loads, while every search asks again: split geometries once per array.
const cache = new WeakMap<readonly RiskSite[], Indexed>();

function indexOf(sites: readonly RiskSite[]): Indexed {
  const hit = cache.get(sites);
  if (hit) return hit;
  const built = { parts: sites.map((s) => geometryParts(s.geometry)) };
  cache.set(sites, built);
  return built;
}

/** Shortest length of one degree of latitude (at the equator, WGS84: 110 574 m), rounded down for a safe window. */
const MIN_M_PER_DEG_LAT = 110_500;
const M_PER_DEG_LON_EQUATOR = 111_320;
const DEG = Math.PI / 180;

/**
 * A lon/lat box certain to contain every point within `radiusM` of `origin`: the degree lengths used are lower
 * bounds, and the longitude span is taken at the box's most poleward latitude, where a degree is shortest.
 */
function window(origin: [number, number], radiusM: number): [number, number, number, number] {
  const [lon, lat] = origin;
  const dLat = radiusM / MIN_M_PER_DEG_LAT;
  const poleward = Math.min(89.9, Math.abs(lat) + dLat);
  // 0.99: the ellipsoid's parallel radius is slightly less than the equatorial radius × cos(latitude) suggests
  const dLon = radiusM / (0.99 * M_PER_DEG_LON_EQUATOR * Math.cos(poleward * DEG));
  return [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
}

const SEVERITY: Record<RiskLevel, number> = { red: 0, orange: 1, yellow: 2, blue: 3 };

const emptyByLevel = () => Object.fromEntries(RISK_LEVELS.map((l) => [l, 0])) as Record<RiskLevel, number>;
const emptyByLayer = () => Object.fromEntries(PUBLIC_RISK_LAYERS.map((l) => [l, 0])) as Record<PublicRiskLayer, number>;

/**
 * "我的周边": the risk sites within each radius of `origin` (default 1, 3 and 5 km), counted by four-colour level
 * and by layer. Distance is the exact WGS84 geodesic to the site (to a park's outline, 0 inside it). A lon/lat box
 * around the origin skips sites that cannot be within reach before any distance is computed.
 *
 * @example summariseNearby([113.13, 29.37], sites).rings[1].byLevel.orange // sites of 较大风险 within 3 km
 */
export function summariseNearby(
  origin: Position,
  sites: readonly RiskSite[],
  radiiM: readonly number[] = NEARBY_RADII_M,
): NearbySummary {
  const [lon, lat] = origin;
  if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    throw new Error('summariseNearby: origin must be a finite [lon, lat] position');
  }
  const radii = [...radiiM].sort((a, b) => a - b);
  const maxR = radii[radii.length - 1] ?? 0;
  const o: [number, number] = [lon, lat];
  const [minX, minY, maxX, maxY] = window(o, maxR);
  const { parts } = indexOf(sites);

  const near: NearbySite[] = [];
  sites.forEach((site, i) => {
    const p = parts[i] as GeometryParts;
    const [bx0, by0, bx1, by1] = p.bbox;
    if (bx1 < minX || bx0 > maxX || by1 < minY || by0 > maxY) return;
    const distanceM = pointPartsDistance(o, p);
    if (distanceM <= maxR) near.push({ site, distanceM });
  });
  near.sort(
    (a, b) =>
      a.distanceM - b.distanceM ||
      SEVERITY[a.site.riskLevel] - SEVERITY[b.site.riskLevel] ||
      a.site.id.localeCompare(b.site.id, 'en'),
  );

  const rings = radii.map((radiusM) => {
    const ring: RingSummary = { radiusM, total: 0, byLevel: emptyByLevel(), byLayer: emptyByLayer() };
    for (const n of near) {
      if (n.distanceM > radiusM) continue;
      ring.total += 1;
      ring.byLevel[n.site.riskLevel] += 1;
      ring.byLayer[n.site.layer] += 1;
    }
    return ring;
  });
  return { origin: o, rings, sites: near };
}
