import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { targetsWithinRadii } from '../../src/analysis/targets-within-radii';
import { Geodesic } from '../helpers/geodesic';

// a target placed `meters` east of the origin, exactly, via the direct geodesic problem
function targetAt(meters: number, targetClass: string): Feature<Geometry> {
  const r = Geodesic.WGS84.Direct(29.3, 113.1, 90, meters);
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [r.lon2 as number, r.lat2 as number] },
    properties: { targetClass },
  };
}

describe('targetsWithinRadii', () => {
  it('counts by class inside 500 m and 1 km, boundaries inclusive', () => {
    const targets = [
      targetAt(100, '高敏感'),
      targetAt(499, '重要'),
      targetAt(501, '重要'),
      targetAt(999, '一般一类'),
      targetAt(1001, '高敏感'),
    ];
    const [r500, r1k] = targetsWithinRadii([113.1, 29.3], targets);
    expect(r500).toEqual({ radiusMeters: 500, total: 2, byClass: { 高敏感: 1, 重要: 1 } });
    expect(r1k).toEqual({ radiusMeters: 1000, total: 4, byClass: { 高敏感: 1, 重要: 2, 一般一类: 1 } });
  });

  it('measures polygons from their centroid', () => {
    const square: Feature<Geometry> = {
      type: 'Feature',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [113.099, 29.299],
            [113.101, 29.299],
            [113.101, 29.301],
            [113.099, 29.301],
            [113.099, 29.299],
          ],
        ],
      },
      properties: { targetClass: '重要' },
    };
    expect(targetsWithinRadii([113.1, 29.3], [square], { radiiMeters: [10] })[0]?.total).toBe(1);
  });
});
