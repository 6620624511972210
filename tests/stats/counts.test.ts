import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { representativePoint } from '../../src/analysis/representative-point';
import { compositeIndex } from '../../src/analysis/stats/composite-index';
import { countAt, countByCounty, countyTotal } from '../../src/analysis/stats/count-by-county';
import { buildCountyIndex, countyOf, filterByCounty, UNASSIGNED } from '../../src/analysis/stats/county-index';
import { isOpenAt, isOverdueAt, stageAt } from '../../src/analysis/stats/danger-timeline';
import { DEFAULT_WEIGHTS, type RiskWeights } from '../../src/analysis/stats/risk-weights';
import { gradeField } from '../../src/domain';
import { LAYER_IDS, type LayerId } from '../../src/domain/layer-ids';
import { DATA_VERSION, sampleLayer } from './sample-data';

const boundaries = sampleLayer('boundaries');
const index = buildCountyIndex(boundaries);
const layers = Object.fromEntries(LAYER_IDS.map((l) => [l, sampleLayer(l)])) as Record<
  LayerId,
  Feature<Geometry | null>[]
>;
const COUNTED = LAYER_IDS.filter((l) => l !== 'boundaries');
const prop = (f: Feature<Geometry | null>, k: string) => f.properties?.[k];

describe('statistics on the 岳阳 sample, against brute force', () => {
  it('has ten county areas, all approximate (示意)', () => {
    expect(index.areas.map((a) => a.adcode)).toEqual([
      '430602',
      '430603',
      '430611',
      '430621',
      '430623',
      '430624',
      '430626',
      '430671',
      '430681',
      '430682',
    ]);
    expect(index.areas.every((a) => a.approximate)).toBe(true);
  });

  it('codes every sample feature by its own 行政区划代码, which the (approximate) areas contain', () => {
    for (const l of COUNTED) {
      for (const f of layers[l]) {
        const c = countyOf(f, index);
        expect(c, `${l} ${prop(f, 'id')}`).toBe(prop(f, 'adcode'));
        const p = representativePoint(f) as [number, number];
        expect(booleanPointInPolygon(p, index.byCode.get(c)?.geometry as never), `${l} ${prop(f, 'id')}`).toBe(true);
      }
    }
  });

  it('counts per county × grade equal a brute-force count, for every layer and grade field', () => {
    for (const l of COUNTED) {
      for (const key of [gradeField(l), 'riskLevel', 'status']) {
        const t = countByCounty(layers[l], index, (f) => {
          const v = prop(f, key);
          return typeof v === 'string' ? v : null;
        });
        const values = new Set(layers[l].map((f) => prop(f, key)).filter((v): v is string => typeof v === 'string'));
        let sum = 0;
        for (const a of index.areas) {
          for (const v of values) {
            let n = 0;
            for (const f of layers[l]) if (prop(f, 'adcode') === a.adcode && prop(f, key) === v) n++;
            expect(countAt(t, a.adcode, v), `${l} ${key} ${a.name} ${v}`).toBe(n);
            sum += n;
          }
        }
        expect(sum).toBe(layers[l].filter((f) => typeof prop(f, key) === 'string').length);
        expect(t.has(UNASSIGNED)).toBe(false);
      }
    }
  });

  it('the county filter keeps exactly the features counted in that county', () => {
    for (const a of index.areas) {
      for (const l of COUNTED) {
        const kept = filterByCounty(layers[l], a.adcode, index);
        const t = countByCounty(layers[l], index, () => 'x');
        expect(kept.length).toBe(countyTotal(t, a.adcode));
        expect(kept.every((f) => prop(f, 'adcode') === a.adcode)).toBe(true);
      }
    }
    // an unknown code (a stale link) filters nothing
    expect(filterByCounty(layers['hazard-sources'], '999999', index)).toHaveLength(layers['hazard-sources'].length);
  });

  it('falls back to the containing area when a feature has no (known) code', () => {
    const f = layers['hazard-sources'][0] as Feature<Geometry | null>;
    const stripped = { ...f, properties: { ...f.properties, adcode: null } };
    expect(countyOf(stripped, index)).toBe(prop(f, 'adcode'));
    const far = {
      type: 'Feature' as const,
      properties: {},
      geometry: { type: 'Point' as const, coordinates: [100, 20] },
    };
    expect(countyOf(far, index)).toBe(UNASSIGNED);
  });

  it('hidden dangers by stage, open, overdue per county on a day equal a brute-force count', () => {
    const dangers = layers['hidden-dangers'];
    expect(dangers.length).toBeGreaterThanOrEqual(100);
    for (const day of ['2025-06-30', '2025-12-31', DATA_VERSION]) {
      const t = countByCounty(dangers, index, (f) => stageAt(f.properties as never, day));
      for (const a of index.areas) {
        const mine = dangers.filter((f) => prop(f, 'adcode') === a.adcode);
        const found = mine.filter((f) => String(prop(f, 'openedDate')) <= day);
        const closed = found.filter((f) => prop(f, 'closedDate') !== null && String(prop(f, 'closedDate')) <= day);
        expect(countAt(t, a.adcode, '核销')).toBe(closed.length);
        expect(countyTotal(t, a.adcode)).toBe(found.length);
        const open = mine.filter((f) => isOpenAt(f.properties as never, day));
        expect(open.length).toBe(found.length - closed.length);
        const overdue = open.filter((f) => prop(f, 'dueDate') !== null && String(prop(f, 'dueDate')) < day);
        expect(mine.filter((f) => isOverdueAt(f.properties as never, day)).length).toBe(overdue.length);
      }
    }
  });

  it('on the data version day the stages are the ledger stages', () => {
    for (const f of layers['hidden-dangers'])
      expect(stageAt(f.properties as never, DATA_VERSION)).toBe(prop(f, 'stage'));
  });

  it('composite index: weighted sums per county equal a brute-force sum; the highest county reads 100', () => {
    const weights: RiskWeights = { level: { red: 5, orange: 3, yellow: 2, blue: 1 }, danger: { 重大: 4, 一般: 1 } };
    for (const basis of ['total', 'density'] as const) {
      const scores = compositeIndex(layers, index, weights, { asOf: DATA_VERSION, basis });
      for (const s of scores) {
        let brute = 0;
        for (const l of ['hazard-sources', 'tailings-ponds', 'chemical-parks'] as const) {
          for (const f of layers[l]) {
            if (prop(f, 'adcode') !== s.adcode) continue;
            brute += weights.level[prop(f, 'riskLevel') as keyof RiskWeights['level']];
          }
        }
        for (const f of layers['hidden-dangers']) {
          if (prop(f, 'adcode') !== s.adcode || !isOpenAt(f.properties as never, DATA_VERSION)) continue;
          brute += prop(f, 'dangerLevel') === '重大' ? 4 : 1;
        }
        expect(s.score, s.name).toBe(brute);
        const km2 = index.byCode.get(s.adcode)?.areaKm2 as number;
        expect(s.density).toBeCloseTo((brute / km2) * 100, 9);
      }
      expect(Math.max(...scores.map((s) => s.index))).toBe(100);
    }
  });

  it('changing a weight changes only what it weighs', () => {
    const base = compositeIndex(layers, index, DEFAULT_WEIGHTS, { basis: 'total' });
    const noBlue = compositeIndex(
      layers,
      index,
      { ...DEFAULT_WEIGHTS, level: { ...DEFAULT_WEIGHTS.level, blue: 0 } },
      { basis: 'total' },
    );
    for (const [i, s] of base.entries()) {
      let blue = 0;
      for (const l of ['hazard-sources', 'tailings-ponds', 'chemical-parks'] as const) {
        blue += layers[l].filter((f) => prop(f, 'adcode') === s.adcode && prop(f, 'riskLevel') === 'blue').length;
      }
      expect(s.score - (noBlue[i]?.score ?? 0)).toBe(blue * DEFAULT_WEIGHTS.level.blue);
    }
  });
});
