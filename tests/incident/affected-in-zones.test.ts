import fc from 'fast-check';
import type { Feature, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  affectedInZones,
  geodesicDestination,
  incidentZones,
  plainRings,
  pointInZone,
  type ZoneFeature,
} from '../../src/analysis/incident';

const SPILL: Position = [113.129, 29.357];
const CLASSES = ['高敏感', '重要', '一般一类', '一般二类', '一般三类'];
const LEVELS = ['red', 'orange', 'yellow', 'blue'];

const target = (id: string, p: Position, targetClass: string, people: number): Feature<Point> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: p },
  properties: { id, name: id, targetClass, people },
});
const hazard = (id: string, p: Position, riskLevel: string): Feature<Point> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: p },
  properties: { id, riskLevel },
});
const park = (id: string, ring: Position[], hole?: Position[]): Feature<Polygon> => ({
  type: 'Feature',
  geometry: { type: 'Polygon', coordinates: hole ? [ring, hole] : [ring] },
  properties: { id },
});
/** Closed ring through points given as [east, north] metres in the spill's azimuthal-equidistant frame. */
const ringXY = (...xy: [number, number][]): Position[] => {
  const r = xy.map(([x, y]) => geodesicDestination(SPILL, (Math.atan2(x, y) * 180) / Math.PI, Math.hypot(x, y)));
  return [...r, r[0] as Position];
};

/** Brute force: every feature tested against every zone with pointInZone, no index. */
function brute(zones: ZoneFeature[], targets: Feature<Point>[], hazards: Feature<Point>[]) {
  const per = zones.map((z) => {
    const t = targets.filter((f) => pointInZone(z.properties, f.geometry.coordinates));
    const h = hazards.filter((f) => pointInZone(z.properties, f.geometry.coordinates));
    const byClass: Record<string, { count: number; people: number }> = {};
    for (const f of t) {
      const c = byClass[f.properties?.targetClass] ?? { count: 0, people: 0 };
      c.count += 1;
      c.people += f.properties?.people;
      byClass[f.properties?.targetClass] = c;
    }
    return {
      targetIds: t.map((f) => f.properties?.id),
      people: t.reduce((s, f) => s + f.properties?.people, 0),
      byClass,
      hazardIds: h.map((f) => f.properties?.id),
    };
  });
  const anyT = targets.filter((f) => zones.some((z) => pointInZone(z.properties, f.geometry.coordinates)));
  const anyH = hazards.filter((f) => zones.some((z) => pointInZone(z.properties, f.geometry.coordinates)));
  return { per, unionT: anyT.map((f) => f.properties?.id), unionH: anyH.map((f) => f.properties?.id) };
}

describe('affectedInZones', () => {
  it('agrees with a brute-force scan on random targets (counts, people by class, hazards, union)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            dx: fc.double({ min: -0.12, max: 0.12, noNaN: true }),
            dy: fc.double({ min: -0.1, max: 0.1, noNaN: true }),
            cls: fc.constantFrom(...CLASSES),
            people: fc.integer({ min: 0, max: 3000 }),
            hazard: fc.boolean(),
          }),
          { maxLength: 300 },
        ),
        fc.constantFrom(0, 90, 225, 313),
        fc.constantFrom('small', 'large') as fc.Arbitrary<'small' | 'large'>,
        fc.constantFrom('day', 'night') as fc.Arbitrary<'day' | 'night'>,
        (pts, wind, spill, time) => {
          const targets: Feature<Point>[] = [];
          const hazards: Feature<Point>[] = [];
          pts.forEach((p, i) => {
            const pos: Position = [(SPILL[0] as number) + p.dx, (SPILL[1] as number) + p.dy];
            if (p.hazard) hazards.push(hazard(`h${i}`, pos, LEVELS[i % 4] as string));
            else targets.push(target(`t${i}`, pos, p.cls, p.people));
          });
          const zones = [
            ...incidentZones(SPILL, { substance: '硫化氢', spill, time, windFromDeg: wind }).features,
            ...plainRings(SPILL, [3000]).features,
          ];
          const got = affectedInZones(zones, { targets, hazards });
          const want = brute(zones, targets, hazards);
          got.zones.forEach((z, i) => {
            const w = want.per[i];
            expect(z.targets.ids).toEqual(w?.targetIds);
            expect(z.targets.count).toBe(w?.targetIds.length);
            expect(z.targets.people).toBe(w?.people);
            expect(z.targets.byClass).toEqual(w?.byClass);
            expect(z.hazards.ids).toEqual(w?.hazardIds);
          });
          expect(got.union.targets.ids).toEqual(want.unionT);
          expect(got.union.hazards.ids).toEqual(want.unionH);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('counts hand-placed targets and hazards, and leaves out the incident source itself', () => {
    // wind from north → square south of the spill; chlorine small night: isolation 60 m, square 1.4 km
    const zones = incidentZones(SPILL, { substance: '氯', spill: 'small', time: 'night', windFromDeg: 0 });
    const at = (az: number, m: number) => geodesicDestination(SPILL, az, m);
    const targets = [
      target('school', at(180, 1000), '高敏感', 1200), // in the square
      target('homes', at(200, 700), '一般一类', 300), // in the square (across ≈ 239 m < 700)
      target('office', at(0, 50), '一般二类', 40), // in the isolation circle only (upwind)
      target('far', at(180, 1500), '高敏感', 900), // 100 m beyond the square
      target('side', at(90, 710), '重要', 80), // beside the square's upwind edge, 10 m outside
    ];
    const hazards = [hazard('self', SPILL, 'red'), hazard('tank', at(170, 600), 'orange')];
    const r = affectedInZones(zones, { targets, hazards }, { excludeIds: ['self'] });
    const [iso, paz] = r.zones;
    expect(iso?.targets.ids).toEqual(['office']);
    expect(paz?.targets.ids).toEqual(['school', 'homes']);
    expect(paz?.targets.byClass).toEqual({ 高敏感: { count: 1, people: 1200 }, 一般一类: { count: 1, people: 300 } });
    expect(paz?.targets.people).toBe(1500);
    expect(paz?.hazards).toEqual({ count: 1, byRiskLevel: { orange: 1 }, ids: ['tank'] });
    expect(r.union.targets.count).toBe(3);
    expect(r.union.targets.people).toBe(1540);
  });

  it('finds the chemical parks a zone touches, including edge-only crossings and enclosing parks', () => {
    // ring 1 km; H2S large day: isolation 400 m + 2.2 km square; wind from west → square east of the spill
    const ring = plainRings(SPILL, [1000]).features;
    const zones = incidentZones(SPILL, { substance: '硫化氢', spill: 'large', time: 'day', windFromDeg: 270 }).features;
    const parks = [
      // crosses the ring with every vertex outside it (corners 1039–1065 m away, near edge 900 m north)
      park('strip', ringXY([-520, 900], [520, 900], [520, 930], [-520, 930])),
      // encloses everything
      park('big', ringXY([-9000, -9000], [9000, -9000], [9000, 9000], [-9000, 9000])),
      // annulus whose hole (±1600 m) holds the ring and the isolation circle; the square crosses it
      park(
        'donut',
        ringXY([-1900, -1900], [1900, -1900], [1900, 1900], [-1900, 1900]),
        ringXY([-1600, -1600], [1600, -1600], [1600, 1600], [-1600, 1600]),
      ),
      // 10 m upwind of the square's upwind edge
      park('west', ringXY([-10, -500], [-300, -500], [-300, 500], [-10, 500])),
      // 10 m beyond the square's far edge (2.2 km)
      park('east', ringXY([2210, -100], [2500, -100], [2500, 100], [2210, 100])),
      // 10 m beyond the square's side edge (1.1 km north)
      park('side', ringXY([500, 1110], [900, 1110], [900, 1300], [500, 1300])),
    ];
    expect(affectedInZones(ring, { parks }).zones[0]?.parks.ids).toEqual(['strip', 'big', 'west']);
    const r = affectedInZones(zones, { parks });
    expect(r.zones[0]?.parks.ids).toEqual(['big', 'west']);
    expect(r.zones[1]?.parks.ids).toEqual(['strip', 'big', 'donut']);
    expect(r.union.parks.ids).toEqual(['strip', 'big', 'donut', 'west']);
  });
});
