import fc from 'fast-check';
import type { Feature, Point, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geodesicDistance } from '../../src/analysis/geodesic-distance';
import { geodesicDestination, nearestResponders } from '../../src/analysis/incident';

const station = (id: string, p: Position, extra: Record<string, unknown> = {}): Feature<Point> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: p },
  properties: { id, name: `站${id}`, type: '一级站', status: '现有', speciality: '综合', ...extra },
});

const lonLat = (lon: [number, number], lat: [number, number]) =>
  fc.tuple(fc.double({ min: lon[0], max: lon[1], noNaN: true }), fc.double({ min: lat[0], max: lat[1], noNaN: true }));

/** Brute force: rank every allowed station by exact geodesic distance. */
function bruteK(origin: Position, stations: Feature<Point>[], k: number, includePlanned = false): number[] {
  return stations
    .filter((s) => includePlanned || s.properties?.status !== '规划')
    .map((s) => geodesicDistance(origin, s.geometry.coordinates))
    .sort((a, b) => a - b)
    .slice(0, k);
}

describe('nearestResponders', () => {
  it('returns exactly the k geodesically nearest existing stations (random points, city and continent scale)', () => {
    for (const [lon, lat] of [
      [
        [112.3, 114.2],
        [28.4, 30.0],
      ],
      [
        [75, 135],
        [18, 53],
      ],
    ] as [[number, number], [number, number]][]) {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(lonLat(lon, lat), fc.boolean()), { minLength: 1, maxLength: 60 }),
          lonLat(lon, lat),
          fc.integer({ min: 1, max: 8 }),
          fc.boolean(),
          (items, origin, k, includePlanned) => {
            const stations = items.map(([p, planned], i) =>
              station(String(i), p, { status: planned ? '规划' : '现有' }),
            );
            const got = nearestResponders(origin, stations, { k, includePlanned });
            const want = bruteK(origin, stations, k, includePlanned);
            // ties may pick either station; the distances must match
            expect(got.map((r) => r.distanceM)).toHaveLength(want.length);
            got.forEach((r, i) => {
              expect(r.distanceM).toBeCloseTo(want[i] as number, 6);
            });
            if (!includePlanned) expect(got.every((r) => r.status !== '规划')).toBe(true);
          },
        ),
        { numRuns: 300 },
      );
    }
  });

  it('ranks speciality matches first, then the nearest others, up to k', () => {
    const inc: Position = [113.129, 29.357];
    const at = (m: number) => geodesicDestination(inc, 45, m);
    const stations = [
      station('near', at(800)),
      station('mid', at(2000)),
      station('chem-far', at(9000), { speciality: '危化;水上' }),
      station('chem-near', at(5000), { speciality: '危化' }),
      station('chem-planned', at(100), { speciality: '危化', status: '规划' }),
      station('mine', at(3000), { speciality: '矿山' }),
    ];
    const got = nearestResponders(inc, stations, { k: 4, speciality: '危化' });
    expect(got.map((r) => r.id)).toEqual(['chem-near', 'chem-far', 'near', 'mid']);
    expect(got.map((r) => r.specialityMatch)).toEqual([true, true, false, false]);
    const withPlanned = nearestResponders(inc, stations, { k: 2, speciality: '危化', includePlanned: true });
    expect(withPlanned.map((r) => r.id)).toEqual(['chem-planned', 'chem-near']);
    expect(nearestResponders(inc, stations, { k: 2 }).map((r) => r.id)).toEqual(['near', 'mid']);
  });

  it('estimates ETA as turnout + straight line × λ ÷ speed, and labels it', () => {
    const inc: Position = [113.129, 29.357];
    const [r] = nearestResponders(inc, [station('a', geodesicDestination(inc, 0, 1540))], { k: 1 });
    // by hand: 1 min + 1.54 km × 1.3 ÷ 30 km/h × 60 = 1 + 4.004 = 5.004 min
    expect(r?.distanceM).toBeCloseTo(1540, 6);
    expect(r?.etaMin).toBeCloseTo(5.004, 9);
    expect(r?.etaBasis).toMatch(/\[U\]/);
    const [fast] = nearestResponders(inc, [station('a', geodesicDestination(inc, 0, 1540))], {
      k: 1,
      speedKmh: 60,
      roadFactor: 1.5,
      turnoutMin: 0,
    });
    expect(fast?.etaMin).toBeCloseTo((1.54 * 1.5 * 60) / 60, 9);
  });

  it('handles no stations and rejects bad input', () => {
    expect(nearestResponders([113, 29], [])).toEqual([]);
    expect(nearestResponders([113, 29], [station('p', [113.01, 29], { status: '规划' })])).toEqual([]);
    expect(() => nearestResponders([Number.NaN, 29], [])).toThrow();
    expect(() => nearestResponders([113, 29], [], { k: 0 })).toThrow();
  });
});
