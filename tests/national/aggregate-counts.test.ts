import { describe, expect, it } from 'vitest';
import { aggregateCounts } from '../../src/data/aggregates';
import { RISK_LEVELS } from '../../src/domain/layer-ids';
import { bruteForceFeatureCounts, bruteForceGridCounts, hazardAggregates } from './aggregate-view-fixture';
import { type Rect, seeded } from './fixture';

/**
 * aggregateCounts(load, view): the per-level totals the layer panel shows at aggregate zoom, against brute-force
 * recounts over the written cells (and, where the view's edges are cell edges, over the features themselves).
 */
const { features, loads } = hazardAggregates(20_000, 5);

function randomView(rand: () => number): Rect {
  // views from city-sized to half the country, inside and around China
  const w = 0.5 + rand() * 30;
  const h = 0.3 + rand() * 20;
  const minX = 70 + rand() * 60;
  const minY = 15 + rand() * 35;
  return { minX, minY, maxX: minX + w, maxY: minY + h };
}

describe('grid totals in view (aggregateCounts with a view)', () => {
  it.each(loads.map((l) => [l.level?.cellDeg, l]))(
    '%s° cells: 200 random views equal the brute-force sum over the cells whose centre is in view',
    (_size, load) => {
      const rand = seeded(17);
      const wrong: string[] = [];
      let nonEmpty = 0;
      for (let i = 0; i < 200; i++) {
        const view = randomView(rand);
        const got = aggregateCounts(load, view);
        const want = bruteForceGridCounts(load, view);
        if (want.total > 0) nonEmpty++;
        if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${JSON.stringify(view)}: ${JSON.stringify(got)}`);
      }
      expect(wrong).toEqual([]);
      // the views are not all empty, so the comparison says something
      expect(nonEmpty).toBeGreaterThan(50);
    },
  );

  it('is exact when the view edges are cell edges: equals the features counted in the view', () => {
    const rand = seeded(23);
    for (const load of loads) {
      const size = load.level?.cellDeg ?? 1;
      for (let i = 0; i < 30; i++) {
        const v = randomView(rand);
        const snapped = {
          minX: Math.floor(v.minX / size) * size,
          minY: Math.floor(v.minY / size) * size,
          maxX: Math.ceil(v.maxX / size) * size,
          maxY: Math.ceil(v.maxY / size) * size,
        };
        expect(aggregateCounts(load, snapped)).toEqual(bruteForceFeatureCounts(features, snapped, RISK_LEVELS));
      }
    }
  });

  it('without a view, or with the whole world in view, counts every feature', () => {
    const world = { minX: -180, minY: -90, maxX: 180, maxY: 90 };
    for (const load of loads) {
      expect(aggregateCounts(load).total).toBe(features.length);
      expect(aggregateCounts(load, world)).toEqual(bruteForceFeatureCounts(features, world, RISK_LEVELS));
    }
  });
});
