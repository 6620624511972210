import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { LayerLoad } from '../../../src/data/layer-store';
import { tallyHazards } from '../../../src/panels/command/hazard-tally';

const hz = (id: string, x: number, y: number, grade: string | null): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [x, y] },
  properties: { id, grade },
});
const FEATURES = [
  hz('a', 113.1, 29.1, '一级'),
  hz('b', 113.15, 29.15, '三级'),
  hz('c', 113.19, 29.19, '三级'),
  hz('d', 113.3, 29.1, '二级'), // east of the view: read with the margin
  hz('e', 113.1, 29.12, null), // 不构成: counted in the total, in no grade
];
const load = (mode: 'whole' | 'bbox'): LayerLoad => ({
  status: 'ready',
  features: FEATURES,
  invalid: 0,
  invalidList: [],
  mode,
});
const VIEW: [number, number, number, number] = [113, 29, 113.2, 29.2];

describe('tallyHazards (the wall’s 重大危险源 tile)', () => {
  it('data read whole: every loaded hazard source, whatever the view', () => {
    expect(tallyHazards(load('whole'), VIEW, null)).toEqual({
      scope: 'all',
      total: 5,
      byGrade: { 一级: 1, 二级: 1, 三级: 2, 四级: 0 },
    });
  });

  it('streamed by the view: those in view, not the margin read around it', () => {
    expect(tallyHazards(load('bbox'), VIEW, null)).toEqual({
      scope: 'view',
      total: 4,
      byGrade: { 一级: 1, 二级: 0, 三级: 2, 四级: 0 },
    });
  });

  it('grid cells on the map: the grid totals in view, each risk level standing for its grade', () => {
    const grid = { total: 1234, byFacet: { red: 10, orange: 200, yellow: 400, blue: 624 } };
    const empty: LayerLoad = { ...load('bbox'), features: [] };
    expect(tallyHazards(empty, VIEW, grid)).toEqual({
      scope: 'grid',
      total: 1234,
      byGrade: { 一级: 10, 二级: 200, 三级: 400, 四级: 624 },
    });
    // a level the grid does not count is unknown, not zero
    expect(tallyHazards(empty, VIEW, { total: 5, byFacet: { red: 5 } }).byGrade.四级).toBeNull();
  });
});
