import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import fc from 'fast-check';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  downwindSquare,
  geodesicCircle,
  geodesicDestination,
  geodesicPolar,
  incidentZones,
  plainRings,
  pointInZone,
  type ZoneFeature,
} from '../../src/analysis/incident';

const YUEYANG: Position = [113.129, 29.357];

/** Signed planar area of a ring in lon/lat: > 0 = counter-clockwise. */
function signedArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const p = ring[i] as [number, number];
    const q = ring[i + 1] as [number, number];
    a += p[0] * q[1] - q[0] * p[1];
  }
  return a / 2;
}

/** (along, across) of p in the spill's azimuthal-equidistant frame. */
function frame(origin: Position, downwindDeg: number, p: Position): [number, number] {
  const { meters, azimuthDeg } = geodesicPolar(origin, p);
  const rel = ((azimuthDeg - downwindDeg) * Math.PI) / 180;
  return [meters * Math.cos(rel), meters * Math.sin(rel)];
}

describe('geodesicCircle', () => {
  it('puts every vertex at the radius (geodesic) and keeps chords within 1 m', () => {
    for (const r of [30, 60, 1000, 5000, 22000]) {
      const ring = geodesicCircle(YUEYANG, r).coordinates[0] as Position[];
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      expect(signedArea(ring)).toBeGreaterThan(0);
      for (const v of ring) expect(geodesicPolar(YUEYANG, v).meters).toBeCloseTo(r, 6);
      const n = ring.length - 1;
      expect(n).toBeGreaterThanOrEqual(64);
      // sagitta of the chord between neighbouring vertices
      expect(r * (1 - Math.cos(Math.PI / n))).toBeLessThanOrEqual(1 + 1e-9);
    }
  });
});

describe('downwindSquare (ERG2020 pp. 294–295)', () => {
  it.each([0, 90, 225, 333.3])('wind toward %f°: upwind edge through the spill, D downwind, D/2 each side', (down) => {
    const D = 1400;
    const ring = downwindSquare(YUEYANG, down, D).coordinates[0] as Position[];
    expect(signedArea(ring)).toBeGreaterThan(0);
    const pts = ring.map((p) => frame(YUEYANG, down, p));
    const along = pts.map((p) => p[0]);
    const across = pts.map((p) => p[1]);
    expect(Math.min(...along)).toBeCloseTo(0, 6);
    expect(Math.max(...along)).toBeCloseTo(D, 6);
    expect(Math.min(...across)).toBeCloseTo(-D / 2, 6);
    expect(Math.max(...across)).toBeCloseTo(D / 2, 6);
    // the spill itself is a vertex of the upwind edge
    expect(ring.some((p) => geodesicPolar(YUEYANG, p).meters < 1e-6)).toBe(true);
    // every vertex on the boundary of the square
    for (const [a, c] of pts) {
      const onEdge = Math.abs(a) < 1e-6 || Math.abs(a - D) < 1e-6 || Math.abs(Math.abs(c) - D / 2) < 1e-6;
      expect(onEdge).toBe(true);
    }
  });
});

describe('incidentZones', () => {
  it('wind FROM north puts the protective-action square south of the spill', () => {
    const fcz = incidentZones(YUEYANG, { substance: '液氯', spill: 'small', time: 'night', windFromDeg: 0 });
    const [iso, paz] = fcz.features as [ZoneFeature, ZoneFeature];
    expect(iso.properties).toMatchObject({ zone: 'isolation', shape: 'circle', radiusM: 60, edition: 'ERG2020' });
    expect(paz.properties).toMatchObject({ zone: 'protective-action', distanceKm: 1.4, downwindDeg: 180 });
    expect(paz.properties.page).toContain('pp. 296–343');
    expect(paz.properties.page).toContain('pp. 294–295');
    const south = geodesicDestination(YUEYANG, 180, 1000);
    const north = geodesicDestination(YUEYANG, 0, 100);
    expect(pointInZone(paz.properties, south)).toBe(true);
    expect(pointInZone(paz.properties, north)).toBe(false);
    expect(pointInZone(iso.properties, north)).toBe(false);
    expect(pointInZone(iso.properties, geodesicDestination(YUEYANG, 0, 59.99))).toBe(true);
  });

  it('rejects unknown substances and bad input', () => {
    expect(() => incidentZones(YUEYANG, { substance: '甲醛', spill: 'small', time: 'day', windFromDeg: 0 })).toThrow(
      /甲醛/,
    );
    expect(() =>
      incidentZones([Number.NaN, 29], { substance: '氯', spill: 'small', time: 'day', windFromDeg: 0 }),
    ).toThrow();
    expect(() =>
      incidentZones(YUEYANG, { substance: '氯', spill: 'small', time: 'day', windFromDeg: Number.NaN }),
    ).toThrow();
  });

  it('pointInZone agrees with point-in-polygon on the drawn zone away from the boundary', () => {
    const zones = incidentZones(YUEYANG, {
      substance: '硫化氢',
      spill: 'large',
      time: 'day',
      windFromDeg: 225,
    }).features;
    fc.assert(
      fc.property(
        fc.double({ min: -0.05, max: 0.05, noNaN: true }),
        fc.double({ min: -0.05, max: 0.05, noNaN: true }),
        (dx, dy) => {
          const p: Position = [(YUEYANG[0] as number) + dx, (YUEYANG[1] as number) + dy];
          for (const z of zones) {
            const props = z.properties;
            // skip points within 1 m of the boundary, where a drawn chord may differ from the definition
            if (props.shape === 'circle') {
              if (Math.abs(geodesicPolar(props.origin, p).meters - (props.radiusM as number)) < 1) continue;
            } else {
              const D = (props.distanceKm as number) * 1000;
              const [a, c] = frame(props.origin, props.downwindDeg as number, p);
              const gap = Math.min(Math.abs(a), Math.abs(a - D), Math.abs(Math.abs(c) - D / 2));
              if (gap < 1) continue;
            }
            expect(pointInZone(props, p)).toBe(booleanPointInPolygon(p, z));
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('plainRings', () => {
  it('returns the default 0.5/1/3/5 km rings ascending, without ERG meaning', () => {
    const rings = plainRings(YUEYANG).features;
    expect(rings.map((f) => f.properties.radiusM)).toEqual([500, 1000, 3000, 5000]);
    expect(rings.every((f) => f.properties.edition === null && f.properties.zone === 'ring')).toBe(true);
    expect(plainRings(YUEYANG, [2000, 100]).features.map((f) => f.properties.radiusM)).toEqual([100, 2000]);
  });
});
