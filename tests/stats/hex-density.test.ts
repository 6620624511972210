import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DENSE_SHARE, hexDensity, type WeightedPoint } from '../../src/analysis/stats/hex-density';
import { rankClasses } from '../../src/analysis/stats/rank-classes';

const pointArb = fc.record({
  lon: fc.double({ min: 112.4, max: 114, noNaN: true }),
  lat: fc.double({ min: 28.5, max: 29.8, noNaN: true }),
  weight: fc.integer({ min: 0, max: 8 }),
  people: fc.integer({ min: 0, max: 3000 }),
});

describe('hexDensity', () => {
  it('puts every point in the hexagon that contains it and keeps the totals (property test)', () => {
    fc.assert(
      fc.property(fc.array(pointArb, { minLength: 1, maxLength: 60 }), fc.constantFrom(2, 3, 5), (pts, km) => {
        const out = hexDensity(pts, { edgeKm: km, origin: [113.1, 29.1] });
        const sum = (k: 'value' | 'people') => out.features.reduce((s, f) => s + f.properties[k], 0);
        const kept = pts.filter((p) => p.weight > 0 || p.people > 0);
        expect(sum('value')).toBe(kept.reduce((s, p) => s + p.weight, 0));
        expect(sum('people')).toBe(kept.reduce((s, p) => s + p.people, 0));
        for (const p of kept) {
          // a point exactly on a shared edge may go either way; test points not within 1 m of the edge
          const inside = out.features.filter((f) => booleanPointInPolygon([p.lon, p.lat], f));
          expect(inside.length).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('is deterministic and ordered by cell', () => {
    const pts: WeightedPoint[] = [
      { lon: 113.2, lat: 29.4, weight: 8, people: 0 },
      { lon: 113.21, lat: 29.41, weight: 1, people: 500 },
      { lon: 112.6, lat: 29.5, weight: 0, people: 2000 },
    ];
    const a = hexDensity(pts, { edgeKm: 3, origin: [113.1, 29.1] });
    expect(hexDensity(pts, { edgeKm: 3, origin: [113.1, 29.1] })).toEqual(a);
    expect(a.features.map((f) => f.properties)).toContainEqual(
      expect.objectContaining({ value: 9, n: 2, people: 500 }),
    );
    const cells = a.features.map((f) => f.properties.cell);
    expect([...cells].sort()).toEqual(cells);
  });

  it(`marks the top ${DENSE_SHARE * 100} % of populated cells as dense`, () => {
    const pts: WeightedPoint[] = Array.from({ length: 10 }, (_, i) => ({
      lon: 112.5 + i * 0.2,
      lat: 29,
      weight: 0,
      people: (i + 1) * 100,
    }));
    const out = hexDensity(pts, { edgeKm: 2, origin: [113.1, 29.1] });
    expect(
      out.features
        .filter((f) => f.properties.dense)
        .map((f) => f.properties.people)
        .sort((x, y) => x - y),
    ).toEqual([900, 1000]);
  });
});

describe('rankClasses', () => {
  it('cuts by rank, ties in one class, ranges for the legend', () => {
    const { classes, ranges } = rankClasses([1, 1, 1, 3, 8, 14, 14, 15, 16, 100], 5);
    expect(classes).toEqual([0, 0, 0, 1, 2, 2, 2, 3, 4, 4]);
    expect(ranges).toEqual([
      { cls: 0, min: 1, max: 1, count: 3 },
      { cls: 1, min: 3, max: 3, count: 1 },
      { cls: 2, min: 8, max: 14, count: 3 },
      { cls: 3, min: 15, max: 15, count: 1 },
      { cls: 4, min: 16, max: 100, count: 2 },
    ]);
    expect(rankClasses([], 5)).toEqual({ classes: [], ranges: [] });
  });
});
