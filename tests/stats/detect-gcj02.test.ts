import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import gcoord from 'gcoord';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countyAreas } from '../../scripts/sample/boundaries';
import { loadCounties } from '../../scripts/sample/geo';
import { type AreaRef, detectGcj02, MIN_EVIDENCE, type PointRef } from '../../src/analysis/stats/detect-gcj02';
import { sampleLayer } from './sample-data';

/** The fixture: the sample's approximate county areas (WGS84), and the same areas as a GCJ-02 file would hold them. */
const wgs: AreaRef[] = countyAreas(loadCounties()).map((a) => ({ adcode: a.county.adcode, geometry: a.geometry }));
const toGcj = (g: Polygon | MultiPolygon) =>
  gcoord.transform(structuredClone(g) as never, gcoord.WGS84, gcoord.GCJ02) as unknown as Polygon | MultiPolygon;
const gcj: AreaRef[] = wgs.map((a) => ({ adcode: a.adcode, geometry: toGcj(a.geometry) }));

/** Reference points on a 0.02° grid, each coded with the (WGS84) area it lies in: ledgers with true codes. */
function gridPoints(step = 0.02): PointRef[] {
  const out: PointRef[] = [];
  for (let lon = 112.3; lon <= 114.15; lon += step) {
    for (let lat = 28.4; lat <= 29.85; lat += step) {
      const a = wgs.find((x) => booleanPointInPolygon([lon, lat], x.geometry));
      if (a) out.push({ adcode: a.adcode, lon, lat });
    }
  }
  return out;
}

describe('detectGcj02', () => {
  const grid = gridPoints();

  it('says GCJ-02 for areas shifted to GCJ-02, with dense correctly coded points', () => {
    const d = detectGcj02(gcj, grid);
    expect(d.verdict).toBe('GCJ02');
    expect(d.onlyAsGcj02).toBeGreaterThan(3 * d.onlyAsWgs84);
    expect(d.reason).toContain('GCJ-02');
  });

  it('says WGS84 for the same areas unshifted', () => {
    const d = detectGcj02(wgs, grid);
    expect(d.verdict).toBe('WGS84');
    expect(d.onlyAsGcj02).toBe(0);
    expect(d.onlyAsWgs84).toBeGreaterThanOrEqual(MIN_EVIDENCE);
  });

  it('does not guess from the sample ledgers: their points sit near county seats, far from borders', () => {
    const points: PointRef[] = (['hazard-sources', 'tailings-ponds', 'protected-targets', 'hidden-dangers'] as const)
      .flatMap((l) => sampleLayer(l))
      .map((f) => {
        const [lon, lat] = (f.geometry as unknown as { coordinates: [number, number] }).coordinates;
        return { adcode: String(f.properties?.adcode), lon, lat };
      });
    expect(points.length).toBeGreaterThan(500);
    expect(detectGcj02(gcj, points).verdict).toBe('undetermined');
    expect(detectGcj02(wgs, points).verdict).toBe('undetermined');
  });

  it('ignores points whose code names no area, and says undetermined with nothing to go on', () => {
    const d = detectGcj02(gcj, [{ adcode: '110101', lon: 116.4, lat: 39.9 }]);
    expect(d).toMatchObject({ verdict: 'undetermined', tested: 0 });
    expect(detectGcj02([], grid).verdict).toBe('undetermined');
  });

  it('stays undetermined outside China, where GCJ-02 has no offset', () => {
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [10, 50],
          [10.2, 50],
          [10.2, 50.2],
          [10, 50.2],
          [10, 50],
        ],
      ],
    };
    const pts = Array.from({ length: 50 }, (_, i) => ({ adcode: '999999', lon: 10 + i * 0.004, lat: 50.1 }));
    expect(detectGcj02([{ adcode: '999999', geometry: square }], pts).verdict).toBe('undetermined');
  });
});
