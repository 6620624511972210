import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  degreeBox,
  geometryDistance,
  geometryParts,
  pointPartsDistance,
  pointSegmentDistance,
} from '../../src/analysis/siting';
import { WGS84 } from '../../src/analysis/siting/wgs84';

// Deterministic pseudo-random numbers (mulberry32): the same cases on every run.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const at = (from: Position, azimuth: number, metres: number): Position => {
  const r = WGS84.Direct(from[1] as number, from[0] as number, azimuth, metres);
  return [r.lon2 as number, r.lat2 as number];
};
const inverse = (p: Position, q: Position) =>
  WGS84.Inverse(p[1] as number, p[0] as number, q[1] as number, q[0] as number).s12 as number;

/** Minimum distance from p to the geodesic a→b by dense sampling along it (GeographicLib InverseLine), refined. */
function bruteForce(p: Position, a: Position, b: Position): number {
  const line = WGS84.InverseLine(a[1] as number, a[0] as number, b[1] as number, b[0] as number);
  const L = line.s13;
  const sample = (lo: number, hi: number, n: number) => {
    let best = { d: Infinity, s: lo };
    for (let i = 0; i <= n; i++) {
      const s = lo + ((hi - lo) * i) / n;
      const x = line.Position(s);
      const d = inverse(p, [x.lon2 as number, x.lat2 as number]);
      if (d < best.d) best = { d, s };
    }
    return best;
  };
  let best = sample(0, L, 4000);
  let step = L / 4000;
  for (let k = 0; k < 3; k++) {
    best = sample(Math.max(0, best.s - step), Math.min(L, best.s + step), 400);
    step /= 200;
  }
  return best.d;
}

describe('point–point', () => {
  it('equals GeographicLib Inverse within 0.01 m', () => {
    const r = rng(1);
    for (let i = 0; i < 200; i++) {
      const p: Position = [100 + r() * 25, 18 + r() * 35];
      const q = at(p, r() * 360, 10 + r() * 20_000);
      const d = geometryDistance(
        geometryParts({ type: 'Point', coordinates: p }),
        geometryParts({ type: 'Point', coordinates: q }),
      );
      expect(Math.abs(d - inverse(p, q))).toBeLessThan(0.01);
    }
  });
});

describe('point–geodesic edge', () => {
  it('matches dense brute-force sampling along the edge within 0.1 m (interior and end feet)', () => {
    const r = rng(2);
    let interior = 0;
    for (let i = 0; i < 60; i++) {
      const a: Position = [100 + r() * 25, 18 + r() * 35];
      const b = at(a, r() * 360, 200 + r() * 8000);
      const p = at(a, r() * 360, r() * 6000);
      const got = pointSegmentDistance(p, a, b);
      if (got.alongM > 0 && got.alongM < got.lengthM) interior++;
      expect(Math.abs(got.distanceM - bruteForce(p, a, b))).toBeLessThan(0.1);
    }
    expect(interior).toBeGreaterThan(10);
  });

  it('finds a point placed on the perpendicular of a long edge at a known distance', () => {
    const a: Position = [113.0, 29.0];
    const line = WGS84.InverseLine(29.0, 113.0, 29.3, 113.4);
    const foot = line.Position(line.s13 * 0.37);
    const p = at([foot.lon2 as number, foot.lat2 as number], (foot.azi2 as number) + 90, 750);
    const b: Position = [113.4, 29.3];
    const got = pointSegmentDistance(p, a, b);
    expect(Math.abs(got.distanceM - 750)).toBeLessThan(0.01);
    expect(Math.abs(got.alongM - line.s13 * 0.37)).toBeLessThan(0.01);
    expect(got.side).toBeLessThan(0); // azimuth + 90 is to the right of a→b
  });
});

describe('point–polygon', () => {
  // A quadrilateral roughly 1.2 km across around (113.1, 29.4), counter-clockwise.
  const c: Position = [113.1, 29.4];
  const ring = [at(c, 225, 800), at(c, 135, 800), at(c, 45, 800), at(c, 315, 800)];
  const poly = geometryParts({ type: 'Polygon', coordinates: [[...ring, ring[0] as Position]] });

  it('is 0 inside and the edge distance outside', () => {
    expect(pointPartsDistance(c, poly)).toBe(0);
    const out = at(c, 0, 2000);
    const [, , ne, nw] = ring as [Position, Position, Position, Position];
    expect(Math.abs(pointPartsDistance(out, poly) - bruteForce(out, ne, nw))).toBeLessThan(0.1);
  });

  it('decides 0.5 m inside / outside an edge by the side of the geodesic edge', () => {
    const [sw, se] = ring as [Position, Position];
    const line = WGS84.InverseLine(sw[1] as number, sw[0] as number, se[1] as number, se[0] as number);
    const mid = line.Position(line.s13 / 2);
    const m: Position = [mid.lon2 as number, mid.lat2 as number];
    const azi = mid.azi2 as number;
    // Counter-clockwise ring: the interior is left of sw→se, i.e. azimuth − 90.
    const inside = at(m, azi - 90, 0.5);
    const outside = at(m, azi + 90, 0.5);
    expect(pointPartsDistance(inside, poly)).toBe(0);
    expect(Math.abs(pointPartsDistance(outside, poly) - 0.5)).toBeLessThan(0.01);
  });

  it('treats holes as outside', () => {
    const hole = [at(c, 225, 200), at(c, 315, 200), at(c, 45, 200), at(c, 135, 200)]; // clockwise
    const withHole = geometryParts({
      type: 'Polygon',
      coordinates: [
        [...ring, ring[0] as Position],
        [...hole, hole[0] as Position],
      ],
    });
    const d = pointPartsDistance(c, withHole);
    expect(Math.abs(d - 200 * Math.SQRT1_2)).toBeLessThan(1); // centre to the hole's edge midpoint ≈ 141 m
    expect(pointPartsDistance(at(c, 0, 400), withHole)).toBe(0);
  });

  it('gives polygon site ↔ point hazard the same distance both ways', () => {
    const h = geometryParts({ type: 'Point', coordinates: at(c, 10, 3000) });
    expect(geometryDistance(poly, h)).toBeCloseTo(geometryDistance(h, poly), 9);
  });

  it('measures polygon ↔ polygon by the closest vertex–edge pair, 0 when they overlap', () => {
    const other = [at(c, 90, 1500), at(c, 90, 2500)];
    const far = geometryParts({
      type: 'Polygon',
      coordinates: [
        [other[0] as Position, at(other[1] as Position, 0, 300), other[1] as Position, other[0] as Position],
      ],
    });
    const d = geometryDistance(poly, far);
    const [, se, ne] = ring as [Position, Position, Position];
    expect(Math.abs(d - bruteForce(other[0] as Position, se, ne))).toBeLessThan(0.1);
    const crossing = geometryParts({
      type: 'Polygon',
      coordinates: [[at(c, 80, 500), at(c, 80, 3000), at(c, 100, 3000), at(c, 100, 500), at(c, 80, 500)]],
    });
    expect(geometryDistance(poly, crossing)).toBe(0);
  });
});

describe('degree box', () => {
  it('contains every point within the radius (conservative), at many latitudes', () => {
    const r = rng(3);
    for (let i = 0; i < 2000; i++) {
      const p: Position = [73 + r() * 62, 3 + r() * 50];
      const radius = r() * 5000;
      const q = at(p, r() * 360, radius * r());
      const [x0, y0, x1, y1] = degreeBox([p[0] as number, p[1] as number, p[0] as number, p[1] as number], radius);
      expect(q[0]).toBeGreaterThanOrEqual(x0);
      expect(q[0]).toBeLessThanOrEqual(x1);
      expect(q[1]).toBeGreaterThanOrEqual(y0);
      expect(q[1]).toBeLessThanOrEqual(y1);
    }
  });

  it('is tight: within 1 % of the radius in latitude', () => {
    const [, y0, , y1] = degreeBox([113, 29, 113, 29], 10_000);
    const north = at([113, 29], 0, 10_000);
    expect(y1).toBeGreaterThanOrEqual(north[1] as number);
    expect(y1 - 29).toBeLessThan(((north[1] as number) - 29) * 1.01);
    expect(29 - y0).toBeLessThan(((north[1] as number) - 29) * 1.02);
  });
});
