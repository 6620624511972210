import type { Feature, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  buildFeatureIndex,
  censusCsv,
  checkProposedHazard,
  geometryDistance,
  geometryParts,
  protectiveDistanceCensus,
} from '../../src/analysis/siting';
import { governingRule } from '../../src/analysis/siting/governing-rule';
import { targetSensitivity } from '../../src/analysis/siting/target-sensitivity';
import { WGS84 } from '../../src/analysis/siting/wgs84';
import { applyScenario, rulesForHazard } from '../../src/domain/siting';

const O: Position = [113.1, 29.4];
const at = (from: Position, azimuth: number, metres: number): Position => {
  const r = WGS84.Direct(from[1] as number, from[0] as number, azimuth, metres);
  return [r.lon2 as number, r.lat2 as number];
};
const pt = (id: string, c: Position, props: Record<string, unknown>): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: c },
  properties: { id, name: id, ...props },
});

const targets = [
  pt('SCHOOL', at(O, 10, 400), { category: '学校', people: 900 }),
  pt('HOMES', at(O, 100, 700), { category: '居民区', people: 60, dwellings: 20 }),
  pt('PLANT', at(O, 200, 100), { category: '工厂', people: 40 }),
  pt('HOSPITAL', at(O, 300, 1200), { category: '医院', people: 300 }),
];

describe('inverse check (proposed hazard → existing targets)', () => {
  it('grades the inventory with GB 18218 and lists the targets inside its zones with verdicts', () => {
    const r = checkProposedHazard({
      location: { type: 'Point', coordinates: O },
      chemicals: '氯:12;液氨:30',
      people500m: 120,
      targets: buildFeatureIndex(targets),
    });
    // R = 2.0 × (4×12/5 + 2×30/10) = 31.2 → 三级 (zones 150/500/1000 m)
    expect(r.hazard.grade).toBe('三级');
    expect(r.hazard.gradeBasis).toMatch(/31\.2/);
    expect(r.zones.map((z) => z.id)).toEqual(['hs-grade-3']);
    expect(r.targets.map((t) => [t.targetId, t.zone, t.verdict])).toEqual([
      ['SCHOOL', 'middle', '不建议'],
      ['PLANT', 'inner', '有条件'],
      ['HOMES', 'outer', '不反对'],
    ]);
    expect(r.verdict).toBe('不建议');
    expect(r.summary).toEqual({ 不建议: 1, 有条件: 1, 不反对: 1, peopleAdvisedAgainst: 900 });
  });

  it('accepts a grade when there is no inventory, and rejects a bad inventory', () => {
    const idx = buildFeatureIndex(targets);
    const r = checkProposedHazard({ location: { type: 'Point', coordinates: O }, grade: '一级', targets: idx });
    expect(r.zones.map((z) => z.id)).toEqual(['hs-grade-1']);
    // 1200 m from a 一级 hazard is its outer zone (1000–2000 m): 3级 → 有条件
    expect(r.targets.find((t) => t.targetId === 'HOSPITAL')).toMatchObject({ zone: 'outer', verdict: '有条件' });
    expect(() =>
      checkProposedHazard({ location: { type: 'Point', coordinates: O }, chemicals: '氯:abc', targets: idx }),
    ).toThrow(/氯/);
  });
});

describe('protective-distance census', () => {
  const hazards = {
    'hazard-sources': [
      pt('H1', O, { grade: '三级', chemicals: '氯:6' }),
      pt('H-CLOSED', O, { grade: '一级', chemicals: '氯:12', status: '已关闭' }),
    ],
    'tailings-ponds': [pt('T1', at(O, 300, 400), { class: '三等' })],
  };

  it('finds the violating pairs with distances and ranks relocation candidates', () => {
    const r = protectiveDistanceCensus({ hazards, targets });
    // T1 (400 m at 300° from H1) reaches SCHOOL (≈459 m), PLANT (≈440 m) and HOSPITAL (800 m) within 1 km;
    // HOMES is ≈1090 m from T1 and in H1's outer zone, where 2级 is 不反对. Most severe (actual/required) first.
    expect(r.violations.map((v) => [v.hazardId, v.targetId, v.verdict, v.ruleId])).toEqual([
      ['H1', 'SCHOOL', '不建议', 'hs-grade-3'],
      ['T1', 'SCHOOL', '不建议', 'tp-overhead-1km'],
      ['T1', 'HOSPITAL', '不建议', 'tp-overhead-1km'],
      ['T1', 'PLANT', '有条件', 'tp-overhead-1km'],
      ['H1', 'PLANT', '有条件', 'hs-grade-3'],
    ]);
    expect(r.violations[0]?.actualM).toBeCloseTo(400, 2);
    expect(
      r.relocation.map((c) => [c.rank, c.hazardId, c.advisedAgainst, c.conditional, c.peopleAdvisedAgainst]),
    ).toEqual([
      [1, 'T1', 2, 1, 1200],
      [2, 'H1', 1, 1, 900],
    ]);
    expect(r.summary).toMatchObject({
      hazards: 3,
      inactiveSkipped: 1,
      violations: 5,
      advisedAgainst: 3,
      conditional: 2,
    });
  });

  it('writes CSV with a BOM, CRLF and ledger-style headers', () => {
    const csv = censusCsv(protectiveDistanceCensus({ hazards, targets }));
    expect(csv.startsWith('\uFEFF危险源编号 [hazardId],')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(7); // header + 5 rows + trailing empty
    expect(lines[1]).toMatch(/^H1,H1,重大危险源,三级,SCHOOL,SCHOOL,学校,高敏感,3,900,中区,不建议,1000,400,hs-grade-3,/);
    expect(lines[1]).toMatch(/,U,$/); // confidence U, no approximation
    expect(lines[2]).toMatch(/^T1,T1,尾矿库,三等,SCHOOL,.*,tp-overhead-1km,.*,V,圆形近似/);
  });

  it('finds exactly the pairs an unindexed all-pairs scan finds (random data, mixed geometries)', () => {
    let s = 7;
    const r = () => {
      s = (s * 16807) % 2147483647;
      return s / 2147483647;
    };
    const box = (): Position => [113 + r() * 0.3, 29.3 + r() * 0.3];
    const grades = ['一级', '二级', '三级', '四级'];
    const cats = ['学校', '居民区', '工厂', '医院', '商场', '体育场馆', '办公楼'];
    const hs = Array.from({ length: 60 }, (_, i) =>
      pt(`H${i}`, box(), { grade: grades[i % 4], chemicals: i % 5 ? '氯:6' : '液化石油气:60' }),
    );
    const parks: Feature[] = Array.from({ length: 4 }, (_, i) => {
      const c = box();
      const ring = [at(c, 0, 900), at(c, 120, 900), at(c, 240, 900)];
      return {
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: [[...ring, ring[0] as Position]] },
        properties: { id: `P${i}`, name: `P${i}`, parkClass: 'ABCD'[i] },
      };
    });
    const ts: Feature[] = Array.from({ length: 400 }, (_, i) => {
      const c = box();
      const props = { category: cats[i % cats.length], people: Math.floor(r() * 1500), dwellings: i % 2 ? 40 : 5 };
      if (i % 10) return pt(`T${i}`, c, props);
      const ring = [c, at(c, 90, 120), at(at(c, 90, 120), 0, 120), at(c, 0, 120)];
      return {
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: [[...ring, c]] },
        properties: { id: `T${i}`, name: `T${i}`, ...props },
      };
    });
    const layers = { 'hazard-sources': hs, 'chemical-parks': parks };
    const got = protectiveDistanceCensus({ hazards: layers, targets: ts });

    const eff = applyScenario(null);
    const expected: string[] = [];
    for (const [layer, fs] of Object.entries(layers)) {
      for (const h of fs) {
        const rules = rulesForHazard(eff.rules, layer, h.properties ?? {});
        const hp = geometryParts(h.geometry);
        for (const t of ts) {
          const tp = geometryParts(t.geometry);
          const g = governingRule(
            rules,
            geometryDistance(hp, tp),
            targetSensitivity(t.properties ?? {}, tp),
            eff.matrix,
          );
          if (g && g.evaluation.verdict !== '不反对')
            expected.push(`${h.properties?.id}|${t.properties?.id}|${g.evaluation.verdict}`);
        }
      }
    }
    const seen = got.violations.map((v) => `${v.hazardId}|${v.targetId}|${v.verdict}`);
    expect(expected.length).toBeGreaterThan(20);
    expect(seen.sort()).toEqual(expected.sort());
  });
});
