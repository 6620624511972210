/**
 * Writes the synthetic 岳阳市 sample ledgers (data/sample/yueyang) and the deliberately broken ones
 * (data/sample/bad). Deterministic: the same --seed gives byte-identical files.
 *
 *   npx tsx scripts/gen-sample.ts [--seed 20161] [--out data/sample/yueyang] [--bad-out data/sample/bad | --no-bad]
 */
import { parseArgs } from 'node:util';
import { badLedgers, DEFAULT_SEED, generateSample, writeFiles } from './sample/generate';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    out: { type: 'string', default: 'data/sample/yueyang' },
    'bad-out': { type: 'string', default: 'data/sample/bad' },
    'no-bad': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('usage: tsx scripts/gen-sample.ts [--seed N] [--out DIR] [--bad-out DIR | --no-bad]');
  process.exit(0);
}

const seed = Number(values.seed);
if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
  console.error(`--seed must be an integer in [0, 4294967295], got "${values.seed}"`);
  process.exit(2);
}

const files = generateSample(seed);
writeFiles(values.out, files);
console.log(`示例数据 seed ${seed} → ${values.out}: ${Object.keys(files).join(', ')}`);
if (!values['no-bad']) {
  const bad = badLedgers();
  writeFiles(values['bad-out'], bad);
  console.log(`坏数据样例 → ${values['bad-out']}: ${Object.keys(bad).join(', ')}`);
}
