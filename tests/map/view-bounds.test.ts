import { describe, expect, it } from 'vitest';
import { boundsOfView } from '../../src/map/view-bounds';

// Web Mercator with MapLibre's 512 px world at zoom 0: lon spans 360° × width / (512 · 2^z); y ↔ lat by the
// Gudermannian, lat = atan(sinh(π (1 − 2y))).
const lat = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

describe('boundsOfView', () => {
  it('zoom 0, 512 × 512 px: the whole Web Mercator world', () => {
    const [w, s, e, n] = boundsOfView({ lon: 0, lat: 0, zoom: 0 }, 512, 512);
    expect(w).toBeCloseTo(-180, 9);
    expect(e).toBeCloseTo(180, 9);
    expect(s).toBeCloseTo(-85.0511287798, 6);
    expect(n).toBeCloseTo(85.0511287798, 6);
  });

  it('a city view: width in degrees and latitudes from the mercator y of the centre ± half the height', () => {
    const v = { lon: 113.1, lat: 29.35, zoom: 9.5 };
    const [w, s, e, n] = boundsOfView(v, 1000, 700);
    const world = 512 * 2 ** v.zoom;
    expect(e - w).toBeCloseTo((1000 / world) * 360, 9);
    expect((w + e) / 2).toBeCloseTo(v.lon, 9);
    const sinLat = Math.sin((v.lat * Math.PI) / 180);
    const y = 0.5 - Math.log((1 + sinLat) / (1 - sinLat)) / (4 * Math.PI);
    expect(n).toBeCloseTo(lat(y - 350 / world), 9);
    expect(s).toBeCloseTo(lat(y + 350 / world), 9);
    // the map's scale grows with latitude, so the same pixels cover fewer degrees north of the centre than south
    expect(n - v.lat).toBeLessThan(v.lat - s);
  });

  it('clamps at the antimeridian and the poles', () => {
    const [w, s, e, n] = boundsOfView({ lon: 179, lat: 80, zoom: 1 }, 2000, 2000);
    expect(w).toBeGreaterThanOrEqual(-180);
    expect(e).toBe(180);
    expect(n).toBeCloseTo(85.05113, 5);
    expect(s).toBeLessThan(80);
  });
});
