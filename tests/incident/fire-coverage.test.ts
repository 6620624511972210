import { area } from '@turf/area';
import type { Feature, Geometry, Point, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fireCoverage, geodesicDestination, geodesicPolar } from '../../src/analysis/incident';

const O: Position = [113.129, 29.357];
const east = (km: number) => geodesicDestination(O, 90, km * 1000);
const from = (p: Position, az: number, km: number) => geodesicDestination(p, az, km * 1000);

const station = (id: string, p: Position, type: string, extra: Record<string, unknown> = {}): Feature<Point> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: p },
  properties: { id, name: id, type, status: '现有', ...extra },
});
const obj = (id: string, p: Position): Feature<Point> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: p },
  properties: { id },
});

// Stations far apart so that each object is near one station only.
const A = O; //              一级站, cap 7 km² → r = √(7/π) = 1.4927 km
const B = east(5); //        小型站, cap 2 km² → r = √(2/π) = 0.7979 km
const C = east(10); //       二级站 (规划), cap 4 km² → r = √(4/π) = 1.1284 km
const E = east(20); //       feature carries districtCapKm2 15 (近郊) → r = √(15/π) = 2.1851 km
const D = east(40); //       战勤保障站: no district
const stations = [
  station('A', A, '一级站'),
  station('B', B, '小型站'),
  station('C', C, '二级站', { status: '规划' }),
  station('E', E, '一级站', { districtCapKm2: 15 }),
  station('D', D, '战勤保障站'),
];
const park: Feature<Geometry> = {
  type: 'Feature',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [from(O, 0, 30), from(from(O, 0, 30), 90, 1), from(from(O, 0, 31), 90, 1), from(O, 0, 31), from(O, 0, 30)],
    ],
  },
  properties: { id: 'o7' },
};
const objects: Feature<Geometry>[] = [
  obj('o1', from(A, 0, 1.4)), //  in A (1.40 < 1.4927)
  obj('o2', from(A, 0, 1.52)), // outside A by cap (1.52 > 1.4927); inside the 1.538 km drive radius
  obj('o3', from(B, 0, 0.7)), //  in B (0.70 < 0.7979)
  obj('o4', from(B, 0, 0.9)), //  outside B by cap; inside by drive radius
  obj('o5', from(C, 0, 1.0)), //  in planned C only (1.00 < 1.1284)
  obj('o6', from(E, 0, 2.0)), //  in E by its own 15 km² cap (2.00 < 2.1851); outside the drive radius
  park, //                       centroid 30.5 km north: nowhere
  obj('o8', from(D, 0, 0.1)), //  next to the 战勤保障站, which has no district
];

describe('fireCoverage', () => {
  it('cap method: figures computed by hand', () => {
    const r = fireCoverage(stations, objects);
    expect(r.method).toBe('cap');
    // before: o1, o3, o6 of 8 = 37.5 %; after (with planned C): + o5 = 50 %
    expect(r.before).toEqual({ covered: 3, total: 8, pct: 37.5 });
    expect(r.after).toEqual({ covered: 4, total: 8, pct: 50 });
    expect(r.uncovered.map((f) => f.properties?.id)).toEqual(['o2', 'o4', 'o5', 'o7', 'o8']);
    expect(r.objects.find((o) => o.id === 'o5')).toEqual({ id: 'o5', coveredBy: [], coveredByPlanned: ['C'] });
    expect(r.noDistrict).toEqual(['D']);
    expect(r.districts.features.map((f) => f.properties.stationId)).toEqual(['A', 'B', 'E']);
    const radius = Object.fromEntries(r.districts.features.map((f) => [f.properties.stationId, f.properties.radiusM]));
    expect(radius.A).toBeCloseTo(1492.7, 1);
    expect(radius.B).toBeCloseTo(797.9, 1);
    expect(radius.E).toBeCloseTo(2185.1, 1);
  });

  it('includePlanned draws planned districts and judges uncovered with them', () => {
    const r = fireCoverage(stations, objects, { includePlanned: true });
    expect(r.districts.features.map((f) => [f.properties.stationId, f.properties.planned])).toEqual([
      ['A', false],
      ['B', false],
      ['C', true],
      ['E', false],
    ]);
    expect(r.uncovered.map((f) => f.properties?.id)).toEqual(['o2', 'o4', 'o7', 'o8']);
    expect(r.before.pct).toBe(37.5);
    expect(r.after.pct).toBe(50);
  });

  it('drive method: P = 30 km/h × 4 min ÷ 1.3 = 1.538 km for every station with a district', () => {
    const r = fireCoverage(stations, objects, { method: 'drive' });
    // before: o1, o2, o3, o4 = 50 %; after: + o5 = 62.5 %; o6 is 2.0 km from E > 1.538 km
    expect(r.before).toEqual({ covered: 4, total: 8, pct: 50 });
    expect(r.after).toEqual({ covered: 5, total: 8, pct: 62.5 });
    for (const f of r.districts.features) expect(f.properties.radiusM).toBeCloseTo(1538.46, 2);
  });

  it('district polygons have the capped area and their vertices at the radius', () => {
    const r = fireCoverage(stations, objects);
    for (const f of r.districts.features) {
      const cap = f.properties.stationId === 'E' ? 15 : f.properties.stationId === 'B' ? 2 : 7;
      expect(f.properties.areaKm2).toBeCloseTo(cap, 9);
      // turf's spherical area of the drawn polygon: within 0.5 % (chords and sphere vs ellipsoid)
      expect(Math.abs(area(f) / 1e6 / cap - 1)).toBeLessThan(0.005);
      const centre = stations.find((s) => s.properties?.id === f.properties.stationId)?.geometry
        .coordinates as Position;
      for (const v of f.geometry.coordinates[0] as Position[]) {
        expect(geodesicPolar(centre, v).meters).toBeCloseTo(f.properties.radiusM, 6);
      }
    }
  });

  it('reports null percentages when there is nothing to cover', () => {
    const r = fireCoverage(stations, []);
    expect(r.before).toEqual({ covered: 0, total: 0, pct: null });
    expect(fireCoverage([], objects).before.pct).toBe(0);
  });
});
