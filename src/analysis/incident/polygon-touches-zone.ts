import type { MultiPolygon, Polygon, Position } from 'geojson';
import { geodesicPolar } from './geodesic-polar';
import type { ZoneProps } from './types';

// Polygon edges are straight in lon/lat; split to ≤ this many degrees (~200 m) before mapping them into the zone's
// azimuthal-equidistant frame, where they are then treated as straight (the bend of a 200 m piece is far below 1 cm).
const MAX_STEP_DEG = 0.002;

type Pt = [number, number];

/** Zone frame: x = along the wind axis (north for circles), y = across (to the right); metres from the zone origin. */
function toFrame(zone: ZoneDef, p: Position): Pt {
  const { meters, azimuthDeg } = geodesicPolar(zone.origin, p);
  const rel = ((azimuthDeg - (zone.downwindDeg ?? 0)) * Math.PI) / 180;
  return [meters * Math.cos(rel), meters * Math.sin(rel)];
}

function densify(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    const dx = (b[0] as number) - (a[0] as number);
    const dy = (b[1] as number) - (a[1] as number);
    const n = Math.max(1, Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)) / MAX_STEP_DEG));
    for (let k = 0; k < n; k++) out.push([(a[0] as number) + (dx * k) / n, (a[1] as number) + (dy * k) / n]);
  }
  const last = ring[ring.length - 1];
  if (last) out.push(last);
  return out;
}

/** Squared distance from the origin to segment ab. */
function segDist2(a: Pt, b: Pt): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(a[0] * dx + a[1] * dy) / len2));
  const x = a[0] + t * dx;
  const y = a[1] + t * dy;
  return x * x + y * y;
}

/** Liang–Barsky: does segment ab meet the box [0, D] × [−D/2, D/2]? */
function segHitsBox(a: Pt, b: Pt, side: number): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const edges: [number, number][] = [
    [-dx, a[0] - 0],
    [dx, side - a[0]],
    [-dy, a[1] + side / 2],
    [dy, side / 2 - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** Even-odd point-in-polygon over all rings (holes included) in the frame. */
function inside(rings: Pt[][], p: Pt): boolean {
  let odd = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i] as Pt;
      const b = ring[j] as Pt;
      if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) odd = !odd;
    }
  }
  return odd;
}

type ZoneDef = Pick<ZoneProps, 'shape' | 'origin' | 'radiusM' | 'distanceKm' | 'downwindDeg'>;

/**
 * Whether a polygon (a chemical park) touches a zone: shares at least one point with it. The polygon is mapped into
 * the zone's azimuthal-equidistant frame, where the zone is an exact circle or square: an edge within the radius /
 * crossing the square, or the zone lying wholly inside the polygon, counts.
 *
 * @example polygonTouchesZone(zone.properties, park.geometry) // true when the park's fence is 900 m from the spill
 *   and the isolation radius is 1 km
 */
export function polygonTouchesZone(zone: ZoneDef, geometry: Polygon | MultiPolygon): boolean {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const circle = zone.shape === 'circle';
  const r = zone.radiusM ?? Number.NaN;
  const side = (zone.distanceKm ?? Number.NaN) * 1000;
  for (const poly of polys) {
    const rings = poly.map((ring) => densify(ring).map((p) => toFrame(zone, p)));
    for (const ring of rings) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i] as Pt;
        const b = ring[i + 1] as Pt;
        if (circle ? segDist2(a, b) <= r * r : segHitsBox(a, b, side)) return true;
      }
    }
    // No edge meets the zone: it touches only if it lies wholly inside the polygon (test its centre point).
    if (inside(rings, circle ? [0, 0] : [side / 2, 0])) return true;
  }
  return false;
}
