import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../scripts/lib/run-build';
import { readFgbBytes, readFgbHeader } from '../../src/data/fgb/read-fgb';
import { LAYER_IDS, LAYERS } from '../../src/domain';
import { captureIo, FIXTURES, goodInput, hashTree, tempDir } from './build-data-helpers';

// Values of internal-only cells in the good fixtures: contacts, phones, an inventory (as normalised), an extra column.
const PRIVATE_VALUES = [
  '张三',
  '李四',
  '13800000001',
  '13900000002',
  '13700000001',
  '氨:30',
  '氯:12',
  '东区罐组',
  '园区级别',
];
const NEVER_PUBLIC = ['contact', 'phone', 'extra', 'chemicals'];

describe('data build: --public', () => {
  let out: string;
  beforeAll(async () => {
    out = join(tempDir(), 'out');
    const r = await runBuild({ inDir: await goodInput(), outDir: out, public: true }, captureIo());
    expect(r.exitCode).toBe(0);
  });

  it('writes only each layer’s public fields, in outputColumns order, geometry kept', () => {
    for (const layer of LAYER_IDS) {
      const bytes = new Uint8Array(readFileSync(join(out, `${layer}.fgb`)));
      const keys = readFgbHeader(bytes).columns.map((c) => c.key);
      const def = LAYERS[layer];
      expect(keys).toEqual(def.outputColumns.map((c) => c.key).filter((k) => def.publicFields.includes(k)));
      for (const k of NEVER_PUBLIC) expect(keys).not.toContain(k);
      for (const f of readFgbBytes(bytes)) {
        expect(Object.keys(f.properties ?? {}).every((k) => def.publicFields.includes(k))).toBe(true);
        expect(f.geometry).toBeTruthy();
      }
    }
  });

  it('carries no contact, phone, inventory or extra values anywhere in the output', () => {
    for (const rel of hashTree(out).keys()) {
      const text = readFileSync(join(out, rel)).toString('utf8');
      for (const v of PRIVATE_VALUES) expect(text.includes(v), `${rel} contains ${v}`).toBe(false);
    }
  });

  it('marks the manifest public and writes no rejected rows or errors.json', async () => {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.public).toBe(true);
    const bad = join(tempDir(), 'out');
    const errors = join(tempDir(), 'errors.json');
    const r = await runBuild(
      { inDir: join(FIXTURES, 'bad'), outDir: bad, public: true, allowInvalid: true, errorsPath: errors },
      captureIo(),
    );
    expect(r.exitCode).toBe(0);
    expect([...hashTree(bad).keys()].sort()).toEqual(['chemical-parks.fgb', 'manifest.json', 'protected-targets.fgb']);
    expect(JSON.parse(readFileSync(errors, 'utf8'))).toEqual(r.issues);
  });
});
