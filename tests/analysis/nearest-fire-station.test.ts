import fc from 'fast-check';
import type { Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geodesicDistance } from '../../src/analysis/geodesic-distance';
import { nearestFireStation } from '../../src/analysis/nearest-fire-station';

const station = (id: string, lon: number, lat: number, status = '现有'): Feature<Point> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { id, name: `站${id}`, status },
});

// brute force: measure every allowed station exactly and keep the smallest
function bruteForce(origin: [number, number], stations: Feature<Point>[]) {
  let best: { id: string; meters: number } | null = null;
  for (const s of stations) {
    if (s.properties?.status === '规划') continue;
    const m = geodesicDistance(origin, s.geometry.coordinates);
    if (!best || m < best.meters) best = { id: String(s.properties?.id), meters: m };
  }
  return best;
}

const lonLat = (lon: [number, number], lat: [number, number]) =>
  fc.tuple(fc.double({ min: lon[0], max: lon[1], noNaN: true }), fc.double({ min: lat[0], max: lat[1], noNaN: true }));

describe('nearestFireStation', () => {
  it('agrees with a brute-force geodesic scan on random points (Yueyang scale)', () => {
    fc.assert(
      fc.property(
        fc.array(lonLat([112.3, 114.2], [28.4, 30.0]), { minLength: 1, maxLength: 60 }),
        fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
        lonLat([112.0, 114.5], [28.0, 30.5]),
        (coords, planned, origin) => {
          const stations = coords.map(([x, y], i) => station(String(i), x, y, planned[i] ? '规划' : '现有'));
          const expected = bruteForce(origin, stations);
          const got = nearestFireStation(origin, stations);
          if (!expected) {
            expect(got).toBeNull();
          } else {
            // ties at equal distance may pick either station; the distance must match
            expect(got?.properties.distanceMeters).toBeCloseTo(expected.meters, 6);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('agrees with brute force at continental scale, where sphere and ellipsoid disagree most', () => {
    fc.assert(
      fc.property(
        fc.array(lonLat([75, 135], [18, 53]), { minLength: 2, maxLength: 80 }),
        lonLat([75, 135], [18, 53]),
        (coords, origin) => {
          const stations = coords.map(([x, y], i) => station(String(i), x, y));
          const expected = bruteForce(origin, stations);
          expect(nearestFireStation(origin, stations)?.properties.distanceMeters).toBeCloseTo(
            expected?.meters ?? Number.NaN,
            6,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('returns the station with its properties and an exact distance', () => {
    const stations = [station('A', 113.1, 29.3), station('B', 113.2, 29.3)];
    const got = nearestFireStation([113.11, 29.3], stations);
    expect(got?.properties.id).toBe('A');
    expect(got?.properties.name).toBe('站A');
    // 0.01° of longitude at 29.3°N on WGS84 ≈ 971 m
    expect(got?.properties.distanceMeters).toBeGreaterThan(965);
    expect(got?.properties.distanceMeters).toBeLessThan(977);
  });

  it('skips planned stations by default and honours a custom filter', () => {
    const stations = [station('P', 113.1, 29.3, '规划'), station('E', 113.3, 29.3)];
    expect(nearestFireStation([113.1, 29.3], stations)?.properties.id).toBe('E');
    expect(nearestFireStation([113.1, 29.3], stations, { filter: () => true })?.properties.id).toBe('P');
    expect(nearestFireStation([113.1, 29.3], stations, { filter: () => false })).toBeNull();
  });

  it('handles no stations and rejects a bad origin', () => {
    expect(nearestFireStation([113, 29], [])).toBeNull();
    expect(() => nearestFireStation([Number.NaN, 29], [station('A', 113, 29)])).toThrow(/origin/);
  });
});
