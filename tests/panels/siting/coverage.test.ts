import { describe, expect, it } from 'vitest';
import { type Coverage, coverageOf, type LayerCoverage } from '../../../src/panels/siting/coverage';
import type { BBox } from '../../../src/state/store';

/** Whether a siting check has every hazard it needs (src/panels/siting/coverage.ts). */
const whole: LayerCoverage = { layer: 'hazard-sources', mode: 'whole', grid: false };
const bbox: LayerCoverage = { layer: 'hazard-sources', mode: 'bbox', grid: false };
const grid: LayerCoverage = { layer: 'hazard-sources', mode: 'bbox', grid: true };
const NEEDED: BBox = [113.1, 29.3, 113.2, 29.4];

describe('coverageOf', () => {
  it('is always complete for layers read whole, wherever the view is', () => {
    expect(coverageOf([whole], NEEDED, null)).toBe<Coverage>('ok');
    expect(coverageOf([whole], NEEDED, [100, 20, 101, 21])).toBe<Coverage>('ok');
  });

  it('is complete for a bbox layer only when its read area holds the whole needed box', () => {
    expect(coverageOf([whole, bbox], NEEDED, [113, 29.2, 113.3, 29.5])).toBe<Coverage>('ok');
    expect(coverageOf([whole, bbox], NEEDED, NEEDED)).toBe<Coverage>('ok'); // edges inclusive
    expect(coverageOf([bbox], NEEDED, [113.15, 29.2, 113.3, 29.5])).toBe<Coverage>('outside');
    expect(coverageOf([bbox], NEEDED, null)).toBe<Coverage>('outside'); // the view is not known yet
  });

  it('says grid when any bbox layer is drawn as grid cells (no features loaded), whatever the area', () => {
    expect(coverageOf([bbox, grid], NEEDED, [113, 29.2, 113.3, 29.5])).toBe<Coverage>('grid');
  });
});
