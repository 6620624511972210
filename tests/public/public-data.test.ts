import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, Point, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapToGrid } from '../../scripts/public/generalise';
import { SAMPLE_SHELTER_SUFFIX } from '../../scripts/public/shelters';
import { geodesicDistance } from '../../src/analysis/geodesic-distance';
import { readFgbBytes } from '../../src/data/fgb/read-fgb';
import { GENERALISED_LAYERS, PUBLIC_LAYERS } from '../../src/public/contract';
import { buildPublicFixture, type PublicFixture } from './public-data-fixture';

const internal = (layer: string): Feature[] =>
  readFgbBytes(new Uint8Array(readFileSync(join(process.cwd(), 'public', 'data', `${layer}.fgb`))));

let fx: PublicFixture;
let exact: PublicFixture;
beforeAll(async () => {
  [fx, exact] = await Promise.all([buildPublicFixture(1000), buildPublicFixture(0)]);
});
afterAll(() => {
  fx?.cleanup();
  exact?.cleanup();
});

describe('snapToGrid', () => {
  it('moves a point by at most half the cell diagonal and maps a whole cell to one centre', () => {
    const p: Position = [113.29482, 29.47413];
    for (const precision of [250, 1000, 2000]) {
      const s = snapToGrid(p, precision);
      expect(geodesicDistance(p, s)).toBeLessThanOrEqual(precision * Math.SQRT1_2 * 1.01);
      // a point 100 m away in the same cell lands on the same centre, and the centre is its own snap
      expect(snapToGrid(s, precision)).toEqual(s);
    }
    expect(snapToGrid(p, 0)).toEqual(p);
  });
});

describe('public data step', () => {
  it('generalises hazard sources and tailings ponds to the grid, within 0.71 × precision of the true position', () => {
    for (const layer of GENERALISED_LAYERS) {
      const truth = new Map(internal(layer).map((f) => [f.properties?.id, (f.geometry as Point).coordinates]));
      const pub = fx.raw[layer];
      expect(pub.length).toBe(truth.size);
      let moved = 0;
      for (const f of pub) {
        const c = (f.geometry as Point).coordinates;
        const t = truth.get(f.properties?.id) as Position;
        const d = geodesicDistance(t, c);
        expect(d, String(f.properties?.id)).toBeLessThanOrEqual(1000 * Math.SQRT1_2 * 1.01);
        expect(snapToGrid(c, 1000)).toEqual(c);
        if (d > 1) moved += 1;
      }
      expect(moved).toBeGreaterThan(pub.length * 0.9);
    }
    expect(fx.manifest.generalisation).toEqual({ method: 'grid', precisionM: 1000, layers: [...GENERALISED_LAYERS] });
  });

  it('keeps exact positions with --precision 0, and parks, stations and shelters are never moved', () => {
    const truth = new Map(internal('hazard-sources').map((f) => [f.properties?.id, (f.geometry as Point).coordinates]));
    for (const f of exact.raw['hazard-sources'])
      expect((f.geometry as Point).coordinates).toEqual(truth.get(f.properties?.id));
    expect(fx.raw['chemical-parks'].map((f) => f.geometry)).toEqual(exact.raw['chemical-parks'].map((f) => f.geometry));
    expect(fx.raw['fire-stations'].map((f) => f.geometry)).toEqual(exact.raw['fire-stations'].map((f) => f.geometry));
  });

  it('is deterministic: the same ledgers give the same bytes', async () => {
    const again = await buildPublicFixture(1000);
    try {
      for (const layer of PUBLIC_LAYERS) {
        const a = readFileSync(join(fx.dir, 'data', `${layer}.fgb`));
        const b = readFileSync(join(again.dir, 'data', `${layer}.fgb`));
        expect(Buffer.compare(a, b), layer).toBe(0);
      }
      for (const f of ['manifest.json', 'gazetteer.json']) {
        expect(readFileSync(join(again.dir, 'data', f), 'utf8')).toBe(readFileSync(join(fx.dir, 'data', f), 'utf8'));
      }
    } finally {
      again.cleanup();
    }
  });

  it('derives sample shelters from schools and sports venues, each labelled 示例', () => {
    const targets = internal('protected-targets').filter((f) =>
      ['学校', '体育场馆'].includes(String(f.properties?.category)),
    );
    expect(fx.shelters.length).toBe(targets.length);
    expect(fx.shelters.length).toBeGreaterThan(10);
    for (const s of fx.shelters) {
      expect(s.properties.name.endsWith(SAMPLE_SHELTER_SUFFIX)).toBe(true);
      expect(['学校', '体育场馆']).toContain(s.properties.kind);
    }
    expect(fx.manifest.sheltersDerived).toBe(true);
  });

  it('keeps only existing fire stations (a planned one cannot answer a call)', () => {
    const all = internal('fire-stations');
    const existing = all.filter((f) => f.properties?.status !== '规划');
    expect(existing.length).toBeLessThan(all.length);
    expect(fx.fireStations.map((f) => f.properties.id).sort()).toEqual(
      existing.map((f) => String(f.properties?.id)).sort(),
    );
  });

  it('writes a gazetteer of the city, every county seat, the sample towns and the parks', () => {
    const byKind = (k: string) => fx.gazetteer.places.filter((p) => p.kind === k);
    expect(byKind('city').map((p) => p.name)).toEqual(['岳阳市']);
    expect(byKind('county')).toHaveLength(10);
    expect(byKind('county').find((p) => p.name === '岳阳县')?.aliases).toEqual(['荣家湾镇']);
    expect(byKind('town').map((p) => p.name)).toContain('城陵矶');
    expect(byKind('park')).toHaveLength(fx.raw['chemical-parks'].length);
    for (const p of fx.gazetteer.places) {
      expect(p.lon).toBeGreaterThan(112);
      expect(p.lon).toBeLessThan(114.5);
      expect(p.lat).toBeGreaterThan(28);
      expect(p.lat).toBeLessThan(30);
    }
  });

  it('every risk feature and facility passes the app’s own checks', () => {
    const total = (['chemical-parks', 'tailings-ponds', 'hazard-sources'] as const).reduce(
      (n, l) => n + fx.raw[l].length,
      0,
    );
    expect(fx.sites.length).toBe(total);
    expect(fx.fireStations.length).toBe(fx.raw['fire-stations'].length);
    expect(fx.shelters.length).toBe(fx.raw.shelters.length);
  });
});
