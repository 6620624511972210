import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP, parseCliArgs } from '../../scripts/lib/cli-args';
import { hashTree, tempDir } from './build-data-helpers';

const ROOT = join(import.meta.dirname, '../..');

/** The real CLI, as `npm run data` runs it. */
function cli(args: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/build-data.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run data (scripts/build-data.ts)', () => {
  it('exits 1 on invalid rows, printing file:row:column: reason and writing --errors; --out untouched', () => {
    const dir = tempDir();
    const errors = join(dir, 'errors.json');
    const r = cli(['--in', 'data/sample/bad', '--out', join(dir, 'out'), '--errors', errors]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('hazard-sources.csv:5:危险化学品: ');
    expect(JSON.parse(readFileSync(errors, 'utf8')).length).toBeGreaterThan(0);
    expect([...hashTree(dir).keys()]).toEqual(['errors.json']);
  });

  it('exits 0 with --allow-invalid and prints the summary table', () => {
    const out = join(tempDir(), 'out');
    const r = cli(['--in', 'data/sample/bad', '--out', out, '--allow-invalid']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^hazard-sources\s+11\s+3\s+8\s/m);
    expect(r.stdout).toContain(
      'not built (no ledger in data/sample/bad): boundaries, chemical-parks, hidden-dangers, protected-targets',
    );
    expect(hashTree(out).has('rejected/hazard-sources.csv')).toBe(true);
  });

  it('exits 2 on a usage error, with the help text', () => {
    const r = cli(['--in', 'data/sample/bad']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--in and --out are required');
    expect(r.stderr).toContain('--errors FILE');
  });
});

describe('parseCliArgs', () => {
  it('reads the options, the CRS spellings, and documents where errors.json goes', () => {
    expect(
      parseCliArgs(['--in', 'a', '--out', 'b', '--crs', 'gcj-02', '--allow-invalid', '--errors', 'e.json']),
    ).toEqual({
      help: false,
      options: { inDir: 'a', outDir: 'b', crs: 'GCJ02', allowInvalid: true, public: false, errorsPath: 'e.json' },
    });
    expect(parseCliArgs(['--in', 'a', '--out', 'b', '--crs', 'UTM'])).toMatchObject({
      error: expect.stringContaining('UTM'),
    });
    expect(parseCliArgs(['--in', 'a', '--out', 'b', '--bogus'])).toHaveProperty('error');
    expect(parseCliArgs(['-h'])).toEqual({ help: true });
    expect(HELP).toContain('riskatlas-errors.json');
  });
});
