import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geodesicDistance } from '../../src/analysis/geodesic-distance';
import { parseManifest } from '../../src/data/manifest';
import {
  BBOX_BYTES_THRESHOLD,
  BBOX_PAD,
  BBOX_THRESHOLD,
  isStreamed,
  MIN_PAD_M,
  padBBox,
} from '../../src/data/read-plan';
import { FIRE_STATION_DISTRICT_CAPS } from '../../src/domain/fire/fire-station-caps';
import { SITING_RULES } from '../../src/domain/siting/rule-table';
import type { BBox } from '../../src/state/store';

/** Which layers are read by the view's bounds rather than whole (src/data/read-plan.ts). */
describe('isStreamed', () => {
  it("keeps every file of a city's own data whole (the embedded 岳阳 sample)", () => {
    const sample = parseManifest(readFileSync('public/data/manifest.json', 'utf8'));
    const layers = Object.values(sample.layers);
    expect(layers.length).toBeGreaterThan(0);
    for (const entry of layers) expect(entry && isStreamed(entry)).toBe(false);
  });

  it('streams the national 700 chemical parks (445 KB of polygons) though they are few', () => {
    expect(isStreamed({ file: 'chemical-parks.fgb', featureCount: 700, bytes: 445_160 })).toBe(true);
  });

  it('streams by either limit, and not at it', () => {
    expect(isStreamed({ file: 'a.fgb', featureCount: BBOX_THRESHOLD, bytes: BBOX_BYTES_THRESHOLD })).toBe(false);
    expect(isStreamed({ file: 'a.fgb', featureCount: BBOX_THRESHOLD + 1, bytes: 1 })).toBe(true);
    expect(isStreamed({ file: 'a.fgb', featureCount: 1, bytes: BBOX_BYTES_THRESHOLD + 1 })).toBe(true);
    // a manifest without sizes (older builds) decides by the count alone
    expect(isStreamed({ file: 'a.fgb', featureCount: 700 })).toBe(false);
  });
});

/** The area read around a view (src/data/read-plan.ts padBBox). */
describe('padBBox', () => {
  it('keeps the minimum margin equal to the widest default siting zone (rule-table.ts)', () => {
    expect(MIN_PAD_M).toBe(Math.max(...SITING_RULES.map((r) => r.zones.outer)));
  });

  it('the margin is wider than any fire-station district, so coverage of the objects in view sees all their stations', () => {
    // use-incident-analysis.ts viewFireCoverage: 建标152-2017 第十四条 caps as equal-area circles, and the drive radius
    const capRadii = Object.values(FIRE_STATION_DISTRICT_CAPS).map((c) => Math.sqrt((c.capKm2 ?? 0) / Math.PI) * 1000);
    const driveRadius = ((30 * 4) / 60 / 1.3) * 1000; // fire-coverage.ts defaults: 30 km/h, 4 min, λ 1.3
    expect(MIN_PAD_M).toBeGreaterThan(Math.max(...capRadii, driveRadius));
  });

  it('reads at least MIN_PAD_M beyond a zoomed-in view (a site drawn in it sees every feature in its zones)', () => {
    // ~1 km across at 岳阳, as at zoom 16
    const view: BBox = [113.125, 29.365, 113.135, 29.373];
    const [x0, y0, x1, y1] = padBBox(view);
    const mid = (view[1] + view[3]) / 2;
    for (const [from, to] of [
      [
        [view[0], mid],
        [x0, mid],
      ],
      [
        [view[2], mid],
        [x1, mid],
      ],
      [
        [113.13, view[1]],
        [113.13, y0],
      ],
      [
        [113.13, view[3]],
        [113.13, y1],
      ],
    ] as const) {
      expect(geodesicDistance([...from], [...to])).toBeGreaterThanOrEqual(MIN_PAD_M);
      expect(geodesicDistance([...from], [...to])).toBeLessThan(MIN_PAD_M * 1.05); // not much more
    }
  });

  it('pads a city view by a quarter of its size, as before (wider than MIN_PAD_M there)', () => {
    const city: BBox = [112.7, 29.05, 113.5, 29.65];
    const [x0, y0, x1, y1] = padBBox(city);
    expect(x0).toBeCloseTo(112.7 - 0.8 * BBOX_PAD, 10);
    expect(x1).toBeCloseTo(113.5 + 0.8 * BBOX_PAD, 10);
    expect(y0).toBeCloseTo(29.05 - 0.6 * BBOX_PAD, 10);
    expect(y1).toBeCloseTo(29.65 + 0.6 * BBOX_PAD, 10);
  });
});
