/**
 * `npm run siting -- --data DIR --site FILE.geojson --use CATEGORY [--people N] [--dwellings N] [--floor-area M2]
 *   [--scenario FILE.json] [--chemicals '氯:12;液氨:30' --people500m N | --grade 二级]`
 *
 * Prints the siting report (选址) as JSON: verdict, reasons, one row per hazard (id, name, layer, grade, zone,
 * requiredM, actualM, source, confidence), rules used and adjusted rules. `--at LON,LAT` replaces `--site`.
 * With `--chemicals` or `--grade` the site is also checked the other way round (a proposed hazard at the site →
 * the existing protected targets inside its zones): the `inverse` member.
 * DIR holds the built `<layer>.fgb` files (a `<layer>.geojson` is read when there is no .fgb).
 * Exit status: 0 with a report, 2 on bad arguments or input.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Feature, Geometry } from 'geojson';
import { buildFeatureIndex, checkProposedHazard, checkSiting, type FeatureIndex } from '../src/analysis/siting';
import { readFgbBytes } from '../src/data/fgb/read-fgb';
import { applyScenario, DEVELOPMENT_CATEGORIES, type SitingScenario, sitingScenarioSchema } from '../src/domain/siting';

/** Hazard layers the rule table knows; the ones not built yet are simply absent from DIR. */
export const HAZARD_LAYERS = [
  'hazard-sources',
  'tailings-ponds',
  'chemical-parks',
  'pipelines',
  'gas-stations',
] as const;
export const TARGET_LAYER = 'protected-targets';

/** Features of `<layer>.fgb` (or `<layer>.geojson`) in `dir`; null when the layer is not there. */
export function readLayer(dir: string, layer: string): Feature[] | null {
  const fgb = join(dir, `${layer}.fgb`);
  if (existsSync(fgb)) return readFgbBytes(new Uint8Array(readFileSync(fgb)));
  const gj = join(dir, `${layer}.geojson`);
  if (existsSync(gj)) return featuresOf(JSON.parse(readFileSync(gj, 'utf8')));
  return null;
}

/** Every hazard layer present in `dir`, by layer id. */
export function readHazardLayers(dir: string): Record<string, Feature[]> {
  const out: Record<string, Feature[]> = {};
  for (const layer of HAZARD_LAYERS) {
    const fs = readLayer(dir, layer);
    if (fs) out[layer] = fs;
  }
  return out;
}

/** Features of a GeoJSON object: a FeatureCollection, a Feature or a bare geometry. */
export function featuresOf(gj: unknown): Feature[] {
  const o = gj as { type?: string; features?: Feature[]; geometry?: Geometry };
  if (o?.type === 'FeatureCollection' && Array.isArray(o.features)) return o.features;
  if (o?.type === 'Feature') return [o as Feature];
  if (typeof o?.type === 'string') return [{ type: 'Feature', geometry: o as Geometry, properties: {} }];
  throw new Error('不是 GeoJSON (not GeoJSON)');
}

/** A scenario file, validated. */
export function readScenario(file: string | undefined): SitingScenario | null {
  if (!file) return null;
  const parsed = sitingScenarioSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`情景文件无效 ${file}: ${parsed.error.message}`);
  return parsed.data as SitingScenario;
}

class UsageError extends Error {}

const num = (v: string | undefined, name: string): number | null => {
  if (v === undefined) return null;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name} 应为非负数: "${v}"`);
  return n;
};

function siteGeometry(siteFile: string | undefined, at: string | undefined): Geometry {
  if (at) {
    const [lon, lat] = at.split(',').map(Number);
    if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) {
      throw new UsageError(`--at 应为 经度,纬度: "${at}"`);
    }
    return { type: 'Point', coordinates: [lon, lat] };
  }
  if (!siteFile) throw new UsageError('需要 --site FILE.geojson 或 --at LON,LAT');
  const geom = featuresOf(JSON.parse(readFileSync(siteFile, 'utf8')))[0]?.geometry;
  if (!geom || !['Point', 'Polygon', 'MultiPolygon'].includes(geom.type)) {
    throw new UsageError(`${siteFile}: 选址应为点或面 (Point/Polygon/MultiPolygon)`);
  }
  return geom;
}

/** Runs the CLI on `argv`; returns the JSON object it prints. */
export function runSiting(argv: string[]): unknown {
  const { values: a } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      site: { type: 'string' },
      at: { type: 'string' },
      use: { type: 'string' },
      people: { type: 'string' },
      dwellings: { type: 'string' },
      'floor-area': { type: 'string' },
      scenario: { type: 'string' },
      chemicals: { type: 'string' },
      people500m: { type: 'string' },
      grade: { type: 'string' },
    },
  });
  if (!a.data) throw new UsageError('需要 --data DIR（含 <layer>.fgb）');
  if (!a.use) throw new UsageError(`需要 --use CATEGORY：${DEVELOPMENT_CATEGORIES.join(' / ')}`);
  if (!DEVELOPMENT_CATEGORIES.includes(a.use)) {
    throw new UsageError(`未知的开发类型 "${a.use}"，应为 ${DEVELOPMENT_CATEGORIES.join(' / ')}`);
  }
  const dir = resolve(a.data);
  if (!existsSync(dir)) throw new UsageError(`数据目录不存在: ${dir}`);
  const site = siteGeometry(a.site, a.at);
  const effective = applyScenario(readScenario(a.scenario));
  const layers = readHazardLayers(dir);
  const hazards: Record<string, FeatureIndex> = {};
  for (const [layer, fs] of Object.entries(layers)) hazards[layer] = buildFeatureIndex(fs);
  const report = checkSiting({
    site,
    development: {
      category: a.use,
      people: num(a.people, 'people'),
      dwellings: num(a.dwellings, 'dwellings'),
      floorAreaM2: num(a['floor-area'], 'floor-area'),
    },
    hazards,
    effective,
  });
  const out: Record<string, unknown> = { ...report };
  if (a.chemicals || a.grade) {
    const targets = readLayer(dir, TARGET_LAYER);
    if (!targets) throw new UsageError(`反向核查需要 ${TARGET_LAYER}.fgb`);
    out.inverse = checkProposedHazard({
      location: site,
      chemicals: a.chemicals ?? null,
      people500m: num(a.people500m, 'people500m'),
      grade: a.grade ?? null,
      targets: buildFeatureIndex(targets),
      effective,
    });
  }
  out.data = { dir, layers: Object.fromEntries(Object.entries(layers).map(([k, v]) => [k, v.length])) };
  return out;
}

function main(): void {
  try {
    process.stdout.write(`${JSON.stringify(runSiting(process.argv.slice(2)), null, 2)}\n`);
  } catch (e) {
    process.stderr.write(`siting: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
