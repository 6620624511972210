import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { positionFromWgs84 } from '../../src/data/import/crs';
import { kmToBox, landIndex, locationWarnings, type WarningInput } from '../../src/data/import/location-warnings';
import { importWith, utf8 } from './helpers';

const land = landIndex((JSON.parse(readFileSync('public/basemap/land.geojson', 'utf8')) as FeatureCollection).features);
const YUEYANG: [number, number, number, number] = [112.5, 28.5, 113.9, 29.6];
const pts = (cs: [number, number][]): Feature[] =>
  cs.map((c) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: c }, properties: {} }));
const base = (over: Partial<WarningInput>): WarningInput => ({
  crs: 'CGCS2000',
  sample: { xs: [], ys: [] },
  features: [],
  dataBbox: YUEYANG,
  land,
  nearLon: 113.2,
  ...over,
});
const kinds = (ws: { kind: string }[]) => ws.map((w) => w.kind);

describe('location warnings', () => {
  it('say nothing for points where the data is', () => {
    expect(
      locationWarnings(
        base({
          sample: { xs: [113.1, 113.2], ys: [29.3, 29.4] },
          features: pts([
            [113.1, 29.3],
            [113.2, 29.4],
          ]),
        }),
      ),
    ).toEqual([]);
  });

  it('spot swapped lon/lat and offer the swap', () => {
    const ws = locationWarnings(base({ sample: { xs: [29.3, 29.4, 30.1], ys: [113.1, 113.2, 114] } }));
    expect(ws).toEqual([{ kind: 'swap', n: 3, total: 3, fix: { swap: true } }]);
  });

  it('spot projected metres read as degrees and name the zone', () => {
    const to = positionFromWgs84('EPSG:4526');
    const ps = [to([113.1, 29.3]), to([113.2, 29.4])];
    const ws = locationWarnings(base({ sample: { xs: ps.map((p) => p[0]), ys: ps.map((p) => p[1]) } }));
    expect(ws).toEqual([{ kind: 'projected-values', n: 2, total: 2, fix: { crs: 'EPSG:4526', swap: false } }]);
  });

  it('spot degrees under a projected choice', () => {
    expect(kinds(locationWarnings(base({ crs: 'EPSG:4526', sample: { xs: [113.1], ys: [29.3] } })))).toEqual([
      'degree-values',
    ]);
  });

  it('spot points outside China, far from the loaded data, and in the sea', () => {
    expect(
      kinds(
        locationWarnings(
          base({
            features: pts([
              [2.35, 48.85],
              [-74, 40.7],
            ]),
          }),
        ),
      ),
    ).toContain('outside-china');
    const far = locationWarnings(
      base({
        features: pts([
          [87.6, 43.8],
          [87.7, 43.9],
        ]),
      }),
    );
    expect(kinds(far)).toEqual(['far']);
    expect(far[0]?.km).toBeGreaterThan(2000);
    // East China Sea and South China Sea (open water, well off the coarse coast)
    expect(
      kinds(
        locationWarnings(
          base({
            dataBbox: null,
            features: pts([
              [124.5, 29.5],
              [116, 17],
            ]),
          }),
        ),
      ),
    ).toEqual(['sea']);
    // land, and a lake shore, are not sea
    expect(
      kinds(
        locationWarnings(
          base({
            dataBbox: null,
            features: pts([
              [113.1, 29.3],
              [116.4, 39.9],
            ]),
          }),
        ),
      ),
    ).toEqual([]);
  });

  it('measure distance to a box', () => {
    expect(kmToBox([113, 29], YUEYANG)).toBe(0);
    expect(kmToBox([112.5, 27.5], YUEYANG)).toBeCloseTo(111.2, 0);
  });

  it('follow from a real import: swapped columns are detected by the engine too', async () => {
    const { preview } = await importWith('s.csv', utf8('名称,经度,纬度\n甲,29.3,113.1\n乙,29.4,113.2\n'));
    expect(preview.detected.swap).toBe(true);
  });
});
