import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/data/manifest';
import { BBOX_BYTES_THRESHOLD, BBOX_THRESHOLD, isStreamed } from '../../src/data/read-plan';

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
