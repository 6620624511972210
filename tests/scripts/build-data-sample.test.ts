import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../../scripts/lib/run-build';
import { captureIo, hashTree, tempDir } from './build-data-helpers';

const ROOT = join(import.meta.dirname, '../..');

describe('public/data', () => {
  it('is reproduced byte-for-byte by `npm run data -- --in data/sample/yueyang --out public/data`', async () => {
    const committed = hashTree(join(ROOT, 'public/data'));
    expect(committed.has('manifest.json')).toBe(true);
    const out = join(tempDir(), 'data');
    const r = await runBuild({ inDir: join(ROOT, 'data/sample/yueyang'), outDir: out }, captureIo());
    expect(r.exitCode).toBe(0);
    expect(r.issues).toEqual([]);
    expect(hashTree(out)).toEqual(committed);
  });

  it('is marked synthetic (示例数据) and holds the seven layers', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'public/data/manifest.json'), 'utf8'));
    expect(manifest.synthetic).toBe(true);
    expect(Object.keys(manifest.layers).sort()).toEqual([
      'boundaries',
      'chemical-parks',
      'fire-stations',
      'hazard-sources',
      'hidden-dangers',
      'protected-targets',
      'tailings-ponds',
    ]);
  });
});
