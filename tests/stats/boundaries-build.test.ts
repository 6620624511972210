import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import gcoord from 'gcoord';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../scripts/lib/cli-args';
import { runBuild } from '../../scripts/lib/run-build';
import { countyAreas } from '../../scripts/sample/boundaries';
import { loadCounties } from '../../scripts/sample/geo';
import { readFgbBytes } from '../../src/data/fgb/read-fgb';
import { distanceMetres } from '../e2e/data';
import { captureIo, tempDir } from '../scripts/build-data-helpers';

const areas = countyAreas(loadCounties());

/** A DataV-style boundaries.geojson: adcode a number (one a string), parent an object, the given geometry. */
function boundariesFile(
  shift: (g: Polygon | MultiPolygon) => Polygon | MultiPolygon,
  top: Record<string, unknown> = {},
) {
  return JSON.stringify({
    type: 'FeatureCollection',
    ...top,
    features: areas.map((a, i) => ({
      type: 'Feature',
      properties: {
        adcode: i === 0 ? a.county.adcode : Number(a.county.adcode),
        name: a.county.name,
        level: 'district',
        parent: { adcode: 430600 },
        childrenNum: 0,
        acroutes: [100000, 430000, 430600],
      },
      geometry: shift(a.geometry),
    })),
  });
}

const asIs = (g: Polygon | MultiPolygon) => g;
const toGcj = (g: Polygon | MultiPolygon) =>
  gcoord.transform(structuredClone(g) as never, gcoord.WGS84, gcoord.GCJ02) as unknown as Polygon | MultiPolygon;

/** A protected-targets ledger on a 0.02° grid, each row coded with the area it is in: dense, true codes. */
function gridLedger(): string {
  const rows = ['编号,名称,经度,纬度,行政区划代码,类别,人数'];
  let n = 0;
  for (let lon = 112.3; lon <= 114.15; lon += 0.02) {
    for (let lat = 28.4; lat <= 29.85; lat += 0.02) {
      const a = areas.find((x) => booleanPointInPolygon([lon, lat], x.geometry));
      if (a) rows.push(`PT-${++n},网格点${n},${lon.toFixed(5)},${lat.toFixed(5)},${a.county.adcode},居民区,120`);
    }
  }
  return `${rows.join('\n')}\n`;
}

async function build(files: Record<string, string>, opts: { boundariesCrs?: 'GCJ02' | 'WGS84' } = {}) {
  const inDir = tempDir('riskatlas-bnd-in-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(inDir, name), text);
  const outDir = join(tempDir(), 'out');
  const io = captureIo();
  const r = await runBuild({ inDir, outDir, ...opts }, io);
  const built = r.exitCode === 0 ? readFgbBytes(new Uint8Array(readFileSync(join(outDir, 'boundaries.fgb')))) : [];
  return { r, io, built: built as Feature<Polygon | MultiPolygon>[] };
}

const firstVertex = (g: Polygon | MultiPolygon): Position =>
  (g.type === 'Polygon' ? g.coordinates[0]?.[0] : g.coordinates[0]?.[0]?.[0]) as Position;

/** Largest distance, metres, between the built outline's first vertices and the original (WGS84) ones. */
function maxShift(built: Feature<Polygon | MultiPolygon>[]): number {
  let worst = 0;
  for (const a of areas) {
    const f = built.find((b) => b.properties?.adcode === a.county.adcode);
    if (!f) throw new Error(`${a.county.adcode} not built`);
    const [x0, y0] = firstVertex(a.geometry) as [number, number];
    const [x1, y1] = firstVertex(f.geometry) as [number, number];
    worst = Math.max(worst, distanceMetres({ lon: x0, lat: y0 }, { lon: x1, lat: y1 }));
  }
  return worst;
}

describe('data build: boundaries.geojson (行政区划)', () => {
  it('normalises codes given as numbers or strings, fills 编号 and 上级代码, keeps DataV extras', async () => {
    const { r, built } = await build({ 'boundaries.geojson': boundariesFile(asIs, { crs: 'WGS84' }) });
    expect(r.exitCode).toBe(0);
    expect(built).toHaveLength(areas.length);
    const f = built.find((b) => b.properties?.adcode === '430602');
    expect(f?.properties).toMatchObject({ id: '430602', adcode: '430602', level: '县级', parent: '430600' });
    expect(typeof f?.properties?.adcode).toBe('string');
    expect(JSON.parse(String(f?.properties?.extra))).toMatchObject({ childrenNum: '0' });
    expect(maxShift(built)).toBeLessThan(0.05);
  });

  it('detects GCJ-02 against the point ledgers and converts to WGS84', async () => {
    const { r, io, built } = await build({
      'boundaries.geojson': boundariesFile(toGcj),
      'protected-targets.csv': gridLedger(),
    });
    expect(r.exitCode).toBe(0);
    expect(io.stdout.find((l) => l.startsWith('boundaries.geojson: 坐标系'))).toMatch(/坐标系 GCJ02（检测/);
    // gcoord's inverse is iterative: back within a few metres of the original
    expect(maxShift(built)).toBeLessThan(5);
  });

  it('detects WGS84 for unshifted outlines and leaves them where they are', async () => {
    const { io, built } = await build({
      'boundaries.geojson': boundariesFile(asIs),
      'protected-targets.csv': gridLedger(),
    });
    expect(io.stdout.find((l) => l.startsWith('boundaries.geojson: 坐标系'))).toMatch(/坐标系 WGS84（检测/);
    expect(maxShift(built)).toBeLessThan(0.05);
  });

  it('without evidence keeps --crs and says so, naming the DataV hint', async () => {
    const { io, built } = await build({ 'boundaries.geojson': boundariesFile(toGcj) });
    const line = io.stdout.find((l) => l.startsWith('boundaries.geojson: 坐标系')) ?? '';
    expect(line).toContain('CGCS2000');
    expect(line).toContain('无法检测');
    expect(line).toContain('--boundaries-crs GCJ02');
    expect(maxShift(built)).toBeGreaterThan(300);
  });

  it('a declaration wins: the file’s crs member, then --boundaries-crs', async () => {
    const declared = await build({
      'boundaries.geojson': boundariesFile(toGcj, {
        crs: { type: 'name', properties: { name: 'GCJ02' } },
      }),
    });
    expect(maxShift(declared.built)).toBeLessThan(5);
    const option = await build({ 'boundaries.geojson': boundariesFile(toGcj) }, { boundariesCrs: 'GCJ02' });
    expect(option.io.stdout).toContain('boundaries.geojson: 坐标系 GCJ02（--boundaries-crs）');
    expect(maxShift(option.built)).toBeLessThan(5);
    const ogc = await build({
      'boundaries.geojson': boundariesFile(asIs, {
        crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
      }),
      'protected-targets.csv': gridLedger(),
    });
    expect(ogc.io.stdout).toContain('boundaries.geojson: 坐标系 WGS84（文件声明 / declared in the file）');
  });

  it('reads --boundaries-crs on the command line', () => {
    const a = parseCliArgs(['--in', 'a', '--out', 'b', '--boundaries-crs', 'gcj-02']);
    expect(a.help === false && 'options' in a && a.options.boundariesCrs).toBe('GCJ02');
    const bad = parseCliArgs(['--in', 'a', '--out', 'b', '--boundaries-crs', 'mars']);
    expect('error' in bad && bad.error).toContain('--boundaries-crs mars');
  });

  it('rejects a row whose code is not a code, and one whose level contradicts its code', async () => {
    const fc = JSON.parse(boundariesFile(asIs, { crs: 'WGS84' }));
    fc.features[1].properties.adcode = '43060X';
    fc.features[2].properties.level = 'city';
    const inDir = tempDir('riskatlas-bnd-in-');
    writeFileSync(join(inDir, 'boundaries.geojson'), JSON.stringify(fc));
    const io = captureIo();
    const r = await runBuild({ inDir, outDir: join(tempDir(), 'out') }, io);
    expect(r.exitCode).toBe(1);
    expect(r.issues.map((i) => [i.row, i.column])).toEqual([
      [2, 'adcode'],
      [3, 'level'],
    ]);
  });
});
