import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import fc from 'fast-check';
import * as geodesicModule from 'geographiclib-geodesic';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { geodesicDestination } from '../../src/analysis/incident/geodesic-destination';
import { RISK_LEVELS } from '../../src/domain/layer-ids';
import { NEARBY_RADII_M } from '../../src/public/contract';
import type { RiskSite } from '../../src/public/near-me/risk-site';
import { summariseNearby } from '../../src/public/near-me/summarise-nearby';
import { buildPublicFixture, type PublicFixture } from './public-data-fixture';

const lib = (geodesicModule as unknown as { default?: typeof geodesicModule }).default ?? geodesicModule;
const G = lib.Geodesic.WGS84;
const inverse = (a: Position, b: Position) =>
  G.Inverse(a[1] as number, a[0] as number, b[1] as number, b[0] as number).s12 as number;

/** Polygon edges are sampled along the geodesic every SAMPLE_M metres; the brute distance is then within ~SAMPLE_M/2. */
const SAMPLE_M = 20;
const POLYGON_TOLERANCE_M = SAMPLE_M;

/** Brute force, independent of the implementation: every site, no window, polygons by sampling their edges. */
function bruteDistance(origin: Position, site: RiskSite): number {
  const g = site.geometry;
  if (g.type === 'Point') return inverse(origin, g.coordinates);
  if (booleanPointInPolygon(origin, g as Polygon | MultiPolygon)) return 0;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best = Infinity;
  for (const poly of polys) {
    for (const ring of poly) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i] as Position;
        const b = ring[i + 1] as Position;
        const line = G.InverseLine(a[1] as number, a[0] as number, b[1] as number, b[0] as number);
        const n = Math.max(1, Math.ceil(line.s13 / SAMPLE_M));
        for (let k = 0; k <= n; k++) {
          const p = line.Position((line.s13 * k) / n);
          best = Math.min(best, inverse(origin, [p.lon2 as number, p.lat2 as number]));
        }
      }
    }
  }
  return best;
}

let fx: PublicFixture;
beforeAll(async () => {
  fx = await buildPublicFixture();
});
afterAll(() => fx?.cleanup());

/**
 * Compares the implementation with brute force at one origin. Point sites are exact on both sides; a park whose
 * brute distance is within the sampling tolerance of a radius is ambiguous and not compared (counted instead).
 */
function compare(origin: Position): { compared: number; ambiguous: number } {
  const got = summariseNearby(origin, fx.sites);
  const implDistance = new Map(got.sites.map((n) => [`${n.site.layer}/${n.site.id}`, n.distanceM]));
  let compared = 0;
  let ambiguous = 0;
  const brute = NEARBY_RADII_M.map(() => Object.fromEntries(RISK_LEVELS.map((l) => [l, 0])) as Record<string, number>);
  let anyAmbiguous = false;
  for (const site of fx.sites) {
    const d = bruteDistance(origin, site);
    const key = `${site.layer}/${site.id}`;
    const tol = site.geometry.type === 'Point' ? 1e-6 : POLYGON_TOLERANCE_M;
    const near = NEARBY_RADII_M.some((r) => Math.abs(d - r) <= tol);
    if (near && site.geometry.type !== 'Point') {
      ambiguous += 1;
      anyAmbiguous = true;
      continue;
    }
    compared += 1;
    const within = d <= Math.max(...NEARBY_RADII_M);
    expect(implDistance.has(key), `${key} at ${d} m from ${origin}`).toBe(within);
    if (within) expect(Math.abs((implDistance.get(key) as number) - d), key).toBeLessThanOrEqual(tol);
    NEARBY_RADII_M.forEach((r, i) => {
      const counts = brute[i] as Record<string, number>;
      if (d <= r) counts[site.riskLevel] = (counts[site.riskLevel] ?? 0) + 1;
    });
  }
  if (!anyAmbiguous) {
    got.rings.forEach((ring, i) => {
      expect(ring.radiusM).toBe(NEARBY_RADII_M[i]);
      expect(ring.byLevel).toEqual(brute[i]);
      expect(ring.total).toBe(Object.values(brute[i] as Record<string, number>).reduce((a, b) => a + b, 0));
    });
  }
  return { compared, ambiguous };
}

describe('summariseNearby against brute force on the public data', () => {
  it('has the data it needs: generalised hazards, tailings ponds and park polygons', () => {
    const layers = new Set(fx.sites.map((s) => s.layer));
    expect([...layers].sort()).toEqual(['chemical-parks', 'hazard-sources', 'tailings-ponds']);
    expect(fx.sites.length).toBe(
      fx.manifest.layers['hazard-sources'].featureCount +
        fx.manifest.layers['tailings-ponds'].featureCount +
        fx.manifest.layers['chemical-parks'].featureCount,
    );
  });

  it('counts within 1, 3 and 5 km match at every gazetteer place', () => {
    let ambiguous = 0;
    let nonEmpty = 0;
    for (const p of fx.gazetteer.places) {
      const r = compare([p.lon, p.lat]);
      ambiguous += r.ambiguous;
      if (summariseNearby([p.lon, p.lat], fx.sites).rings[2]?.total) nonEmpty += 1;
    }
    expect(ambiguous).toBeLessThanOrEqual(2);
    // not a vacuous comparison: most places have something within 5 km
    expect(nonEmpty).toBeGreaterThan(10);
  });

  it('counts match at random points of the region', () => {
    let ambiguous = 0;
    fc.assert(
      fc.property(
        fc.double({ min: 112.4, max: 114.0, noNaN: true }),
        fc.double({ min: 28.5, max: 29.8, noNaN: true }),
        (lon, lat) => {
          ambiguous += compare([lon, lat]).ambiguous;
        },
      ),
      { numRuns: 150, seed: 20261122 },
    );
    expect(ambiguous).toBeLessThan(10);
  });

  it('a site exactly on a ring counts, one metre beyond does not (points: exact distances)', () => {
    const points = fx.sites.filter((s) => s.geometry.type === 'Point').slice(0, 12);
    for (const site of points) {
      const c = (site.geometry as { coordinates: Position }).coordinates;
      for (const r of NEARBY_RADII_M) {
        for (const [dm, inside] of [
          [-1, true],
          [1, false],
        ] as const) {
          const origin = geodesicDestination(c, 37, r + dm);
          const got = summariseNearby(origin, [site]);
          const ring = got.rings.find((x) => x.radiusM === r);
          expect(ring?.total, `${site.id} at ${r + dm} m`).toBe(inside ? 1 : 0);
        }
      }
    }
  });

  it('is 0 inside a park and lists sites nearest first', () => {
    const park = fx.sites.find((s) => s.layer === 'chemical-parks');
    if (!park || park.geometry.type === 'Point') throw new Error('no park polygon');
    const ring =
      (park.geometry.type === 'Polygon' ? park.geometry.coordinates : park.geometry.coordinates[0])?.[0] ?? [];
    // the mean of the vertices of these convex-ish sample parks lies inside them
    const inside: Position = [
      ring.reduce((s, p) => s + (p[0] as number), 0) / ring.length,
      ring.reduce((s, p) => s + (p[1] as number), 0) / ring.length,
    ];
    const got = summariseNearby(inside, fx.sites);
    const hit = got.sites.find((n) => n.site.id === park.id);
    expect(hit?.distanceM).toBe(0);
    const ds = got.sites.map((n) => n.distanceM);
    expect(ds).toEqual([...ds].sort((a, b) => a - b));
  });
});
