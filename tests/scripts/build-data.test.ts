import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import gcoord from 'gcoord';
import type { Feature, Point } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { round7 } from '../../scripts/lib/crs';
import type { Manifest } from '../../scripts/lib/manifest';
import { runBuild } from '../../scripts/lib/run-build';
import { readFgbBytes, readFgbHeader } from '../../src/data/fgb/read-fgb';
import { parseManifest } from '../../src/data/manifest';
import { LAYER_IDS, LAYERS } from '../../src/domain';
import { captureIo, goodInput, hashTree, tempDir } from './build-data-helpers';

let inDir: string;
let outDir: string;
let stdout: string[];
let manifest: Manifest;

const features = (layer: string) => readFgbBytes(new Uint8Array(readFileSync(join(outDir, `${layer}.fgb`))));
const byId = (layer: string, id: string) => {
  const f = features(layer).find((x) => x.properties?.id === id);
  if (!f) throw new Error(`${layer} ${id} not built`);
  return f;
};
const coords = (f: Feature) => (f.geometry as Point).coordinates;

describe('data build: good ledgers (CSV UTF-8 + GB18030, XLSX, GeoJSON)', () => {
  beforeAll(async () => {
    inDir = await goodInput();
    outDir = join(tempDir(), 'out');
    const io = captureIo();
    const result = await runBuild({ inDir, outDir }, io);
    stdout = io.stdout;
    expect(io.stderr).toEqual([]);
    expect(result.exitCode).toBe(0);
    manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
  });

  it('builds every layer with every row accepted', () => {
    expect(Object.keys(manifest.layers).sort()).toEqual([...LAYER_IDS].sort());
    const counts = Object.fromEntries(Object.entries(manifest.layers).map(([k, v]) => [k, v?.featureCount]));
    expect(counts).toEqual({
      'hazard-sources': 4,
      'tailings-ponds': 2,
      'chemical-parks': 2,
      'fire-stations': 2,
      'protected-targets': 2,
      'hidden-dangers': 2,
      boundaries: 2,
    });
    for (const l of Object.values(manifest.layers)) expect(l?.rejected).toBe(0);
    expect(hashTree(outDir).has('errors.json')).toBe(false);
  });

  it('reports the detected CSV encodings and the summary table', () => {
    expect(stdout).toContain('tailings-ponds.csv: encoding gb18030');
    expect(stdout).toContain('hazard-sources.csv: encoding utf-8');
    const row = stdout.find((l) => l.startsWith('hazard-sources '));
    expect(row?.split(/\s{2,}/).slice(0, 4)).toEqual(['hazard-sources', '4', '4', '0']);
  });

  it('decodes GB18030 and reads XLSX cells (numbers, dates) as the keeper typed them', () => {
    expect(byId('tailings-ponds', 'TP-01').properties?.name).toBe('桃林铅锌矿尾矿库');
    const fs1 = byId('fire-stations', 'FS-01').properties;
    expect(fs1).toMatchObject({ name: '岳阳市特勤站', vehicles: 12, staff: 60, updated: '2025-02-01', type: '特勤站' });
    expect(coords(byId('fire-stations', 'FS-01'))).toEqual([113.1289, 29.3572]);
  });

  it('matches headers by Chinese name, English alias or both, any case, and keeps unknown columns in extra', () => {
    // hazard-sources.csv: `编号 [id]`, `name`, `LAT`; protected-targets.csv: English aliases only
    expect(byId('hazard-sources', 'HS-003').properties).toMatchObject({
      name: '巴陵石化液氨罐区',
      contact: '张三',
      extra: '{"备注":"东区罐组"}',
    });
    expect(byId('protected-targets', 'PT-01').properties).toMatchObject({ name: '云溪居民小区', people: 450 });
    expect(byId('hazard-sources', 'HS-002').properties?.extra).toBe('{}');
    expect(byId('chemical-parks', 'CP-01').properties?.extra).toBe('{"园区级别":"省级"}');
  });

  it('parses DMS coordinates (113°15\'30.5", 113°5′12.3″E, 东经/北纬 prefixes)', () => {
    const dms = (d: number, m: number, s: number) => round7(d + m / 60 + s / 3600);
    expect(coords(byId('hazard-sources', 'HS-001'))).toEqual([dms(113, 15, 30.5), dms(29, 28, 12.25)]);
    expect(coords(byId('protected-targets', 'PT-02'))).toEqual([dms(113, 5, 12.3), dms(29, 21, 40.5)]);
    expect(coords(byId('protected-targets', 'PT-01'))).toEqual([113.2701, 29.4702]);
  });

  it('converts GCJ02 and BD09 rows to WGS84 like gcoord, and leaves CGCS2000 rows unshifted', () => {
    const expected = (lon: number, lat: number, from: Parameters<typeof gcoord.transform>[1]) =>
      gcoord.transform([lon, lat], from, gcoord.WGS84).map(round7);
    expect(coords(byId('hazard-sources', 'HS-002'))).toEqual(expected(113.13, 29.36, gcoord.GCJ02));
    expect(coords(byId('hazard-sources', 'HS-004'))).toEqual(expected(113.47, 29.48, gcoord.BD09));
    // sanity: the GCJ-02 shift near 岳阳 is hundreds of metres, so the test would notice a missing conversion
    expect(Math.abs((coords(byId('hazard-sources', 'HS-002'))[0] ?? 0) - 113.13)).toBeGreaterThan(0.003);
    expect(coords(byId('hazard-sources', 'HS-003'))).toEqual([113.2456789, 29.4123456]);
  });

  it('measures park polygons for the domain (geomAreaKm2) and writes indexed FlatGeobuf with outputColumns', () => {
    const cp1 = byId('chemical-parks', 'CP-01').properties;
    expect(cp1?.geomAreaKm2).toBeGreaterThan(4.2);
    expect(cp1?.geomAreaKm2).toBeLessThan(4.4);
    for (const layer of LAYER_IDS) {
      const header = readFgbHeader(new Uint8Array(readFileSync(join(outDir, `${layer}.fgb`))));
      expect(header.columns.map((c) => c.key)).toEqual(LAYERS[layer].outputColumns.map((c) => c.key));
      expect(header.indexNodeSize).toBe(16);
      expect(header.crs?.code).toBe(4326);
    }
  });

  it('writes a manifest per Contract 3 that matches the files', () => {
    const out = hashTree(outDir);
    expect(manifest.schemaVersion).toBe(1);
    expect(manifest.dataVersion).toBe('2025-08-02');
    expect(manifest.synthetic).toBe(false);
    expect(manifest.public).toBe(false);
    const hs = manifest.layers['hazard-sources'];
    expect(hs?.file).toBe('hazard-sources.fgb');
    expect(hs?.sha256).toBe(out.get('hazard-sources.fgb'));
    expect(hs?.bytes).toBe(readFileSync(join(outDir, 'hazard-sources.fgb')).byteLength);
    expect(Object.keys(hs?.byRiskLevel ?? {}).sort()).toEqual(['blue', 'orange', 'red', 'yellow']);
    expect(Object.values(hs?.byGrade ?? {}).reduce((a, b) => a + b, 0)).toBe(4);
    expect(manifest.layers['fire-stations']?.byGrade).toEqual({ 特勤站: 1, 二级站: 1 });
    const [minX, minY, maxX, maxY] = hs?.bbox ?? [];
    for (const f of features('hazard-sources')) {
      const [x = Number.NaN, y = Number.NaN] = coords(f);
      expect(x >= (minX ?? 0) && x <= (maxX ?? 0) && y >= (minY ?? 0) && y <= (maxY ?? 0)).toBe(true);
    }
    const inputs = hashTree(inDir);
    expect(manifest.inputs.files).toEqual(Object.fromEntries(inputs));
    const text = readFileSync(join(outDir, 'manifest.json'), 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    // the app's reader (src/data/manifest.ts) accepts it
    expect(parseManifest(text).layers['hazard-sources']?.featureCount).toBe(4);
    expect(text).toContain('\n  "inputs": {');
  });

  it('is deterministic: a second build of the same input is byte-identical', async () => {
    const again = join(tempDir(), 'out');
    expect((await runBuild({ inDir, outDir: again }, captureIo())).exitCode).toBe(0);
    expect(hashTree(again)).toEqual(hashTree(outDir));
  });

  it('replaces a previous build atomically and leaves no temp folders behind', async () => {
    const parent = tempDir();
    const out = join(parent, 'data');
    expect((await runBuild({ inDir, outDir: out }, captureIo())).exitCode).toBe(0);
    expect((await runBuild({ inDir, outDir: out, crs: 'GCJ02' }, captureIo())).exitCode).toBe(0);
    expect([...hashTree(parent).keys()].every((k) => k.startsWith('data/'))).toBe(true);
    // --crs GCJ02 shifts rows with an empty 坐标系 (HS-003) but not those that name CGCS2000 (HS-001)
    const hs = readFgbBytes(new Uint8Array(readFileSync(join(out, 'hazard-sources.fgb'))));
    const p = (id: string) => coords(hs.find((f) => f.properties?.id === id) as Feature);
    expect(p('HS-003')).toEqual(gcoord.transform([113.2456789, 29.4123456], gcoord.GCJ02, gcoord.WGS84).map(round7));
    expect(p('HS-001')).toEqual(coords(byId('hazard-sources', 'HS-001')));
  });

  it('refuses to replace an --out folder holding files it did not write', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'notes.txt'), 'keep me');
    const io = captureIo();
    expect((await runBuild({ inDir, outDir: out }, io)).exitCode).toBe(2);
    expect(io.stderr.join('\n')).toContain('notes.txt');
    expect([...hashTree(out).keys()]).toEqual(['notes.txt']);
  });
});
