import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { area } from '@turf/area';
import type { FeatureCollection, Polygon } from 'geojson';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, generateSample } from '../../scripts/sample/generate';
import { assess, SUBSTANCES } from '../../scripts/sample/substances';

const ROOT = join(import.meta.dirname, '../..');
const SOURCE = '示例数据（模拟）';

/** Runs the real CLI, as `npm run data:sample` does. */
function runCli(out: string, badOut: string, seed = DEFAULT_SEED): void {
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/gen-sample.ts', '--seed', String(seed), '--out', out, '--bad-out', badOut],
    { cwd: ROOT, stdio: 'pipe' },
  );
}

const readDir = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f))]),
  );
const parseCsv = (text: string) =>
  Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

let tmp: string;
let a: string;
let b: string;
let files: Record<string, Buffer>;
const csv = (name: string, encoding = 'utf-8') => parseCsv(new TextDecoder(encoding).decode(files[name]));

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'gen-sample-'));
  a = join(tmp, 'a');
  b = join(tmp, 'b');
  runCli(a, join(tmp, 'a-bad'));
  runCli(b, join(tmp, 'b-bad'));
  files = readDir(a);
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('gen-sample', () => {
  it('writes byte-identical files for the same seed', () => {
    expect(Object.keys(files)).toEqual([
      'boundaries.geojson',
      'chemical-parks.geojson',
      'fire-stations.csv',
      'hazard-sources.csv',
      'hidden-dangers.csv',
      'protected-targets.csv',
      'tailings-ponds.csv',
    ]);
    expect(readDir(b)).toEqual(files);
    expect(readDir(join(tmp, 'b-bad'))).toEqual(readDir(join(tmp, 'a-bad')));
  });

  it('gives different data for a different seed', () => {
    const other = generateSample(DEFAULT_SEED + 1);
    expect(Buffer.from(other['hazard-sources.csv'] as Uint8Array)).not.toEqual(files['hazard-sources.csv']);
  });

  it('matches the committed data/sample (regenerate with npx tsx scripts/gen-sample.ts)', () => {
    expect(readDir(join(ROOT, 'data/sample/yueyang'))).toEqual(files);
    expect(readDir(join(ROOT, 'data/sample/bad'))).toEqual(readDir(join(tmp, 'a-bad')));
  });

  it('has the seed 003 counts', () => {
    expect(csv('hazard-sources.csv')).toHaveLength(52);
    expect(csv('tailings-ponds.csv', 'gb18030')).toHaveLength(79);
    expect(csv('protected-targets.csv').length).toBeGreaterThanOrEqual(300);
    const stations = csv('fire-stations.csv');
    for (const name of ['湘阴二站', '平江二站', '屈原消防站', '湖滨消防站']) {
      const s = stations.find((r) => r.名称 === name);
      expect(s?.状态, name).toBe('规划');
      expect(Number(s?.规划年份)).toBeGreaterThanOrEqual(2016);
      expect(Number(s?.规划年份)).toBeLessThanOrEqual(2020);
    }
    const base = stations.find((r) => r.名称 === '巴陵石化危险化学品应急救援基地');
    expect(base).toMatchObject({ 类型: '专职队', 专业: '危化', 状态: '现有' });
  });

  it('marks every record as synthetic and dates it in 2026', () => {
    const parks = JSON.parse(new TextDecoder().decode(files['chemical-parks.geojson'])) as FeatureCollection;
    const props = parks.features.map((f) => f.properties ?? {});
    const rows = [
      ...csv('hazard-sources.csv'),
      ...csv('tailings-ponds.csv', 'gb18030'),
      ...csv('fire-stations.csv'),
      ...csv('protected-targets.csv'),
      ...csv('hidden-dangers.csv'),
      ...props,
    ];
    for (const r of rows) {
      expect(r.数据来源).toBe(SOURCE);
      expect(r.更新日期).toMatch(/^2026-(0[1-9]|1[0-2])-\d\d$/);
      expect(r.联系电话).toMatch(/^0730-0000\d{4}$/);
    }
    expect(
      rows
        .map((r) => r.更新日期 as string)
        .sort()
        .at(-1),
    ).toBe('2026-11-22');
  });

  it('encodes the tailings ledger in GB18030, not UTF-8', () => {
    const bytes = files['tailings-ponds.csv'] as Buffer;
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    expect(text.split('\r\n')[0]).toBe(
      '编号,名称,经度,纬度,坐标系,行政区划代码,全库容(万m³),坝高(m),等别,安全度,头顶库,下游设施,状态,数据来源,更新日期,联系人,联系电话',
    );
  });

  it('grades hazard sources into a realistic mix with S ≥ 1', () => {
    const subs = Object.values(SUBSTANCES);
    const grades = csv('hazard-sources.csv').map((r) => {
      const items = (r.危险化学品 ?? '').split(';').map((part) => {
        const i = part.lastIndexOf(':');
        const sub = subs.find((s) => s.label === part.slice(0, i));
        if (!sub) throw new Error(`unknown substance in ${part}`);
        return { sub, q: Number(part.slice(i + 1)) };
      });
      const res = assess(items, Number(r['500米内人数']));
      expect(res.S).toBeGreaterThanOrEqual(1);
      return { declared: r.申报等级, grade: res.grade };
    });
    const n = (g: string) => grades.filter((x) => x.grade === g).length;
    expect(n('一级')).toBeGreaterThanOrEqual(2);
    expect(n('一级')).toBeLessThanOrEqual(4);
    expect(n('二级')).toBeGreaterThanOrEqual(5);
    expect(n('二级')).toBeLessThanOrEqual(8);
    expect(grades.filter((x) => x.declared && x.declared !== x.grade)).toHaveLength(2);
  });

  it('draws park outlines that agree with the declared area within 10 %', () => {
    const parks = JSON.parse(new TextDecoder().decode(files['chemical-parks.geojson'])) as FeatureCollection<Polygon>;
    expect(parks.features.length).toBeGreaterThanOrEqual(4);
    for (const f of parks.features) {
      const declared = Number(f.properties?.['面积(km²)']);
      expect(Math.abs(area(f) / 1e6 / declared - 1)).toBeLessThan(0.1);
    }
  });

  it('mixes coordinate styles in the protected targets', () => {
    const rows = csv('protected-targets.csv');
    const gcj = rows.filter((r) => r.坐标系 === 'GCJ02').length / rows.length;
    expect(gcj).toBeGreaterThan(0.08);
    expect(gcj).toBeLessThan(0.12);
    expect(rows.filter((r) => /^\d+°\d\d'\d\d\.\d"$/.test(r.经度 ?? '')).length).toBeGreaterThanOrEqual(3);
  });

  it('lists in EXPECTED.md only rows that exist in the bad ledgers', () => {
    const bad = join(tmp, 'a-bad');
    const md = readFileSync(join(bad, 'EXPECTED.md'), 'utf8');
    const entries = [...md.matchAll(/^\| (\S+\.csv) \| (\d+) \| (\S+) \| /gm)];
    expect(entries.length).toBeGreaterThanOrEqual(11);
    for (const [, file, row, column] of entries) {
      const rows = parseCsv(readFileSync(join(bad, file as string), 'utf8'));
      expect(rows[Number(row) - 2], `${file}:${row}`).toBeDefined();
      expect(Object.keys(rows[0] ?? {})).toContain(column);
    }
  });
});
