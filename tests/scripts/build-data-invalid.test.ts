import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildIssue } from '../../scripts/lib/build-issue';
import { formatIssue } from '../../scripts/lib/build-issue';
import { runBuild } from '../../scripts/lib/run-build';
import {
  captureIo,
  type ExpectedProblem,
  FIXTURES,
  goodInput,
  hashTree,
  parseExpected,
  tempDir,
} from './build-data-helpers';

const SAMPLE_BAD = join(import.meta.dirname, '../../data/sample/bad');
const OWN_BAD = join(FIXTURES, 'bad');

/** Every expected problem is reported once under its file, row and column, as `file:row:column: reason`. */
function expectReported(expected: ExpectedProblem[], issues: BuildIssue[], stderr: string[]) {
  for (const e of expected) {
    const hit = issues.filter((i) => i.file === e.file && i.row === e.row && i.column === e.column);
    expect(hit, `${e.file}:${e.row}:${e.column} (${e.problem})`).toHaveLength(1);
    const [issue] = hit;
    if (!issue) continue;
    expect(issue.reason.trim()).not.toBe('');
    expect(stderr).toContain(formatIssue(issue));
    expect(formatIssue(issue).startsWith(`${e.file}:${e.row}:${e.column}: `)).toBe(true);
  }
}

describe('data build: data/sample/bad (EXPECTED.md)', () => {
  const expected = parseExpected(readFileSync(join(SAMPLE_BAD, 'EXPECTED.md'), 'utf8'));
  let parent: string;
  let out: string;
  let before: Map<string, string>;
  let result: Awaited<ReturnType<typeof runBuild>>;
  let io: ReturnType<typeof captureIo>;

  beforeAll(async () => {
    // A previous good build in --out: a failed build must leave it byte-identical.
    parent = tempDir();
    out = join(parent, 'out');
    expect((await runBuild({ inDir: await goodInput(), outDir: out }, captureIo())).exitCode).toBe(0);
    before = hashTree(parent);
    io = captureIo();
    result = await runBuild({ inDir: SAMPLE_BAD, outDir: out, errorsPath: join(tempDir(), 'errors.json') }, io);
  });

  it('lists the expected problems', () => {
    expect(expected.length).toBeGreaterThanOrEqual(10);
  });

  it('reports each bad row exactly as file:row:column: reason, and nothing else', () => {
    expectReported(expected, result.issues, io.stderr);
    // "Every bad row has exactly one problem; all other rows are valid."
    expect(result.issues).toHaveLength(expected.length);
  });

  it('exits 1, writes errors.json to --errors and leaves the old --out byte-identical', () => {
    expect(result.exitCode).toBe(1);
    expect(hashTree(parent)).toEqual(before);
    expect(result.errorsFile).not.toBeNull();
    const written = JSON.parse(readFileSync(result.errorsFile ?? '', 'utf8'));
    expect(written).toEqual(result.issues);
    for (const e of written) expect(Object.keys(e).sort()).toEqual(['column', 'file', 'reason', 'row']);
  });

  it('defaults errors.json to ./riskatlas-errors.json when --errors is not given', async () => {
    const cwd = tempDir();
    const r = await runBuild({ inDir: SAMPLE_BAD, outDir: join(cwd, 'out'), cwd }, captureIo());
    expect(r.errorsFile).toBe(join(cwd, 'riskatlas-errors.json'));
    expect([...hashTree(cwd).keys()]).toEqual(['riskatlas-errors.json']);
  });

  describe('--allow-invalid', () => {
    let allowOut: string;
    let allowed: Awaited<ReturnType<typeof runBuild>>;
    beforeAll(async () => {
      allowOut = join(tempDir(), 'out');
      allowed = await runBuild({ inDir: SAMPLE_BAD, outDir: allowOut, allowInvalid: true }, captureIo());
    });

    it('writes the valid rows; accepted + rejected = input rows for every layer', () => {
      expect(allowed.exitCode).toBe(0);
      for (const o of allowed.outcomes) {
        const lines = readFileSync(join(SAMPLE_BAD, o.table.file), 'utf8').trim().split('\n');
        const inputRows = lines.length - 1;
        expect(o.features.length + o.rejected.length).toBe(inputRows);
        const bad = new Set(expected.filter((e) => e.file === o.table.file).map((e) => e.row));
        expect(o.rejected.map((r) => r.rowNumber)).toEqual([...bad].sort((a, b) => a - b));
        expect(allowed.manifest?.layers[o.layer]?.rejected).toBe(bad.size);
        expect(allowed.manifest?.layers[o.layer]?.featureCount).toBe(inputRows - bad.size);
      }
    });

    it('writes each rejected row unchanged (original header and cells) to rejected/<layer>.csv, UTF-8 with BOM', () => {
      for (const o of allowed.outcomes) {
        const original = readFileSync(join(SAMPLE_BAD, o.table.file), 'utf8').replace(/^\uFEFF/, '');
        const lines = original.trim().split(/\r?\n/);
        const bytes = readFileSync(join(allowOut, 'rejected', `${o.layer}.csv`));
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const rejected = bytes.toString('utf8').slice(1).trim().split('\r\n');
        const bad = expected.filter((e) => e.file === o.table.file).map((e) => e.row);
        expect(rejected).toEqual([lines[0], ...[...new Set(bad)].sort((a, b) => a - b).map((r) => lines[r - 1])]);
        // and cell by cell, through a CSV parser
        const parsedBack = Papa.parse<string[]>(bytes.toString('utf8').slice(1).trim(), { header: false }).data;
        expect(parsedBack.length).toBe(rejected.length);
      }
    });

    it('writes errors.json into --out', () => {
      const written = JSON.parse(readFileSync(join(allowOut, 'errors.json'), 'utf8'));
      expect(written).toEqual(allowed.issues);
      expect(written).toHaveLength(expected.length);
    });
  });
});

describe('data build: own bad fixtures (missing column, CRS, DMS, hemisphere, GeoJSON)', () => {
  const expected = parseExpected(readFileSync(join(OWN_BAD, 'EXPECTED.md'), 'utf8'));

  it('reports each problem under the file header, or the canonical header when the column is missing', async () => {
    const inDir = tempDir();
    cpSync(OWN_BAD, inDir, { recursive: true });
    const io = captureIo();
    const r = await runBuild({ inDir, outDir: join(tempDir(), 'out'), errorsPath: join(inDir, 'e.json') }, io);
    expect(r.exitCode).toBe(1);
    expect(expected).toHaveLength(6);
    expectReported(expected, r.issues, io.stderr);
    const missingPeople = r.issues.filter((i) => i.file === 'protected-targets.csv' && i.column === '人数');
    expect(missingPeople.map((i) => i.row)).toEqual([2, 3, 4, 5]);
  });

  it('with --allow-invalid writes rejected GeoJSON features back unchanged', async () => {
    const out = join(tempDir(), 'out');
    const r = await runBuild({ inDir: OWN_BAD, outDir: out, allowInvalid: true }, captureIo());
    expect(r.exitCode).toBe(0);
    const source = JSON.parse(readFileSync(join(OWN_BAD, 'chemical-parks.geojson'), 'utf8'));
    const rejected = JSON.parse(readFileSync(join(out, 'rejected', 'chemical-parks.geojson'), 'utf8'));
    expect(rejected.features).toEqual(source.features.slice(0, 2));
    expect(r.manifest?.layers['chemical-parks']).toMatchObject({ featureCount: 1, rejected: 2 });
    expect(r.manifest?.layers['protected-targets']).toMatchObject({ featureCount: 0, rejected: 4, bbox: null });
  });

  it('refuses two ledgers for one layer, whatever --allow-invalid says', async () => {
    const inDir = tempDir();
    cpSync(join(FIXTURES, 'good', 'hazard-sources.csv'), join(inDir, 'hazard-sources.csv'));
    cpSync(join(FIXTURES, 'good', 'hazard-sources.csv'), join(inDir, 'hazard-sources.xlsx'));
    const io = captureIo();
    const r = await runBuild(
      { inDir, outDir: join(inDir, 'out'), allowInvalid: true, errorsPath: join(inDir, 'e.json') },
      io,
    );
    expect(r.exitCode).toBe(1);
    expect(io.stderr[0]).toMatch(/^hazard-sources\.csv, hazard-sources\.xlsx:0:: .*more than one ledger/);
  });
});
