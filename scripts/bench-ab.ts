import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { firstLoad, launchChromium } from './bench/first-load';
import { nationalPaths } from './bench/national-data';
import { type Mount, serveStatic } from './bench/national-server';
import { median } from './bench/report';
import { pairedTest } from './lib/paired-test';

/**
 * Paired A/B of two builds: `npm run bench:ab -- --a DIR --b DIR [--pairs 8] [--path URL]`. Alternates cold
 * loads (a new browser each) of the same page from build A and build B, and prints each build's times, the median
 * of the paired differences, and a sign-flip permutation test of their mean (lib/paired-test.ts): below p = 0.05
 * the difference is unlikely to be the machine's noise alone; above it, measure more pairs or call it none. On
 * this bench's VM the time of one build drifts by a third within an hour (other tenants, page cache), so a single
 * median says little about a change; a pair, loaded back to back, shares the drift. Build the two with
 * `vite build --outDir DIR` (e.g. one from a `git worktree` of the base commit).
 * `--path` defaults to the national city view; the national data (`npm run data:national`) is served at /national/.
 */
const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    pairs: { type: 'string', default: '8' },
    path: { type: 'string', default: '/?data=national&v=113.1,29.35,9.5' },
  },
});
if (!values.a || !values.b) {
  console.error('usage: npm run bench:ab -- --a DIST_A --b DIST_B [--pairs N] [--path /?…]');
  process.exit(2);
}
const pairs = Number(values.pairs);
if (!Number.isInteger(pairs) || pairs < 1) {
  console.error(`--pairs: a whole number of pairs, at least 1 (got "${values.pairs}")`);
  process.exit(2);
}
const national = nationalPaths(resolve('data', 'national')).built;
if (values.path.includes('data=national') && !existsSync(national)) {
  console.error(`${national}: no national data; run \`npm run data:national\` first, or pass --path /?v=…`);
  process.exit(2);
}

const mounts = (dist: string): Mount[] => [
  { prefix: '/national/', dir: national },
  { prefix: '/', dir: resolve(dist) },
];
const [serverA, serverB] = await Promise.all([serveStatic(mounts(values.a)), serveStatic(mounts(values.b))]);

/** One cold load (first-load.ts) in a new browser: navigation start → `window.__riskatlas.ready`, ms. */
async function readyMs(origin: string): Promise<number> {
  const browser = await launchChromium();
  try {
    return (await firstLoad(browser, origin + values.path)).readyMs;
  } finally {
    await browser.close();
  }
}

const a: number[] = [];
const b: number[] = [];
try {
  for (let i = 0; i < pairs; i++) {
    // alternate which goes first, so neither build always loads into a machine the other has just warmed
    if (i % 2 === 0) {
      a.push(await readyMs(serverA.url));
      b.push(await readyMs(serverB.url));
    } else {
      b.push(await readyMs(serverB.url));
      a.push(await readyMs(serverA.url));
    }
    console.log(`pair ${i + 1}/${pairs}: A ${a[i]?.toFixed(0)} ms, B ${b[i]?.toFixed(0)} ms`);
  }
} finally {
  await Promise.all([serverA.close(), serverB.close()]);
}
const diff = b.map((x, i) => x - (a[i] ?? 0));
const faster = diff.filter((d) => d < 0).length;
const test = pairedTest(diff);
console.log(`\n| build | median ready, ms | pairs |
|---|---:|---|
| A ${values.a} | ${median(a).toFixed(0)} | ${a.map((x) => x.toFixed(0)).join(' ')} |
| B ${values.b} | ${median(b).toFixed(0)} | ${b.map((x) => x.toFixed(0)).join(' ')} |
| B − A | ${median(diff).toFixed(0)} | B faster in ${faster} of ${pairs}; mean ${test.mean.toFixed(0)} ± ${test.se.toFixed(0)} ms (SE), p = ${test.p.toPrecision(2)} (sign-flip test${test.exact ? ', exact' : ''}) |`);
