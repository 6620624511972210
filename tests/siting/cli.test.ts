import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  buildFeatureIndex,
  censusCsv,
  checkProposedHazard,
  checkSiting,
  protectiveDistanceCensus,
} from '../../src/analysis/siting';
import { writeFgb } from '../../src/data/fgb/write-fgb';
import { loadCases } from './golden-case';

const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function run(script: string, args: string[]) {
  const r = spawnSync(TSX, [script, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Writes each layer as `<layer>.fgb` with our writer, columns taken from the features' properties. */
function writeLayers(dir: string, layers: Record<string, Feature[]>): void {
  for (const [layer, features] of Object.entries(layers)) {
    const keys = [...new Set(features.flatMap((f) => Object.keys(f.properties ?? {})))].sort();
    const typeOf = (k: string) => {
      const v = features.map((f) => f.properties?.[k]).find((x) => x !== null && x !== undefined);
      return typeof v === 'number' ? 'double' : typeof v === 'boolean' ? 'bool' : 'string';
    };
    const columns = keys.map((key) => ({ key, type: typeOf(key), nullable: true }) as const);
    const filled = features.map((f) => ({
      ...f,
      properties: Object.fromEntries(keys.map((k) => [k, f.properties?.[k] ?? null])),
    })) as Feature<Point | Polygon | MultiPolygon>[];
    const geometryType = features[0]?.geometry.type === 'Point' ? 'Point' : 'Polygon';
    writeFileSync(join(dir, `${layer}.fgb`), writeFgb(filled, { columns, geometryType }));
  }
}

const cases = loadCases();
const multi = cases.find((c) => c.name === 'multi-hazard');
const straddle = cases.find((c) => c.name === 'straddle-edge-inside');
if (!multi || !straddle) throw new Error('golden inputs missing: run tests/fixtures/siting/make-inputs.ts');

const targets: Feature[] = [
  {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [113.104, 29.4] },
    properties: { id: 'PT-1', name: '一中', category: '学校', people: 900, dwellings: null },
  },
  {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [113.1, 29.409] },
    properties: { id: 'PT-2', name: '东村', category: '居民区', people: 60, dwellings: 20 },
  },
];

function dataDir(layers: Record<string, Feature[]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'siting-cli-'));
  writeLayers(dir, { ...layers, 'protected-targets': targets });
  return dir;
}
const indexAll = (layers: Record<string, Feature[]>) =>
  Object.fromEntries(Object.entries(layers).map(([k, v]) => [k, buildFeatureIndex(v)]));

describe('npm run siting (scripts/siting.ts)', () => {
  const dir = dataDir(multi.layers);

  it('prints the same report as the engine for a point site read from FlatGeobuf files', () => {
    const siteFile = join(dir, 'site.geojson');
    writeFileSync(siteFile, JSON.stringify({ type: 'Feature', geometry: multi.site, properties: {} }));
    const r = run('scripts/siting.ts', ['--data', dir, '--site', siteFile, '--use', '学校', '--people', '1200']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const { data: meta, ...report } = JSON.parse(r.stdout);
    expect(meta.layers).toEqual({ 'hazard-sources': 3, 'tailings-ponds': 1, 'chemical-parks': 1 });
    const engine = checkSiting({
      site: multi.site,
      development: { category: '学校', people: 1200 },
      hazards: indexAll(multi.layers),
    });
    expect(report).toEqual(JSON.parse(JSON.stringify(engine)));
    expect(report.verdict).toBe('不建议');
    expect(report.hazards[0]).toMatchObject({ id: 'HS-A', layer: 'hazard-sources', grade: '一级', zone: 'middle' });
    for (const k of ['id', 'name', 'layer', 'grade', 'zone', 'requiredM', 'actualM', 'source', 'confidence']) {
      expect(report.hazards[0]).toHaveProperty(k);
    }
  });

  it('takes a polygon site and a scenario file, and marks 已调整规则', () => {
    const siteFile = join(dir, 'straddle.geojson');
    writeFileSync(
      siteFile,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', geometry: straddle.site, properties: {} }],
      }),
    );
    const scenario = join(dir, 'scenario.json');
    const sc = { name: '报告距离', overrides: [{ ruleId: 'hs-grade-1', zones: { middle: 990 } }] };
    writeFileSync(scenario, JSON.stringify(sc));
    const sdir = dataDir(straddle.layers);
    const r = run('scripts/siting.ts', [
      '--data',
      sdir,
      '--site',
      siteFile,
      '--use',
      '养老院',
      '--people',
      '80',
      '--scenario',
      scenario,
    ]);
    expect(r.status).toBe(0);
    const { data: _meta, ...report } = JSON.parse(r.stdout);
    const engine = checkSiting({
      site: straddle.site,
      development: { category: '养老院', people: 80 },
      hazards: indexAll(straddle.layers),
      scenario: sc,
    });
    expect(report).toEqual(JSON.parse(JSON.stringify(engine)));
    expect(report.adjustedLabel).toBe('已调整规则');
    expect(report.adjustedRules[0].text).toBe('hs-grade-1 中区 1000 m → 990 m');
    expect(report.hazards[0]).toMatchObject({ zone: 'outer', verdict: '有条件' });
  });

  it('adds the inverse check for a proposed hazardous-chemical project', () => {
    const r = run('scripts/siting.ts', [
      '--data',
      dir,
      '--at',
      '113.1,29.4',
      '--use',
      '危险化学品项目',
      '--chemicals',
      '氯:12;液氨:30',
      '--people500m',
      '120',
    ]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    const engine = checkProposedHazard({
      location: { type: 'Point', coordinates: [113.1, 29.4] },
      chemicals: '氯:12;液氨:30',
      people500m: 120,
      targets: buildFeatureIndex(targets),
    });
    expect(out.inverse).toEqual(JSON.parse(JSON.stringify(engine)));
    expect(out.inverse.hazard.grade).toBe('三级');
    expect(out.inverse.targets.map((t: { targetId: string }) => t.targetId)).toEqual(['PT-1', 'PT-2']);
  });

  it('exits 2 with a message on bad arguments', () => {
    const r = run('scripts/siting.ts', ['--data', dir, '--at', '113.1,29.4', '--use', '飞船基地']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('未知的开发类型 "飞船基地"');
    expect(r.stdout).toBe('');
  });
});

describe('npm run census (scripts/census.ts)', () => {
  it('writes the engine’s CSV (UTF-8 BOM) and prints a summary', () => {
    const dir = dataDir(multi.layers);
    const out = join(dir, 'out', 'census.csv');
    const r = run('scripts/census.ts', ['--data', dir, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const engine = protectiveDistanceCensus({ hazards: multi.layers, targets });
    const csv = readFileSync(out);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toBe(censusCsv(engine));
    expect(r.stdout).toContain(`违规对 ${engine.summary.violations}`);
    expect(r.stdout).toContain('搬迁/整治候选');

    const json = run('scripts/census.ts', ['--data', dir, '--out', out, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      violations: engine.summary.violations,
      hazards: 5,
      inactiveSkipped: 1,
    });
  });
});
