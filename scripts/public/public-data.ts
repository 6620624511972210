import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, Geometry } from 'geojson';
import { readFgbBytes, readFgbHeader } from '../../src/data/fgb/read-fgb';
import { writeFgb } from '../../src/data/fgb/write-fgb';
import { type ColumnSpec, LAYERS, type LayerId, RISK_LEVELS, type RiskLevel } from '../../src/domain';
import {
  GENERALISED_LAYERS,
  PUBLIC_LAYERS,
  type PublicLayer,
  type PublicManifest,
  type PublicManifestLayer,
  SITE_COLUMNS,
} from '../../src/public/contract';
import { formatIssue } from '../lib/build-issue';
import { runBuild } from '../lib/run-build';
import { stableJson } from '../lib/stable-json';
import { buildGazetteer } from './gazetteer';
import { snapToGrid } from './generalise';
import { deriveShelters } from './shelters';

export interface PublicDataOptions {
  /** ledger folder, e.g. data/sample/yueyang */
  inDir: string;
  /** written from scratch: `<layer>.fgb`, manifest.json, gazetteer.json */
  outDir: string;
  /** grid size for hazard-source and tailings-pond positions, metres (0 keeps them exact) */
  precisionM: number;
  /** county seats (data/places/yueyang-county-seats.json) */
  countySeatsPath: string;
}

const SHELTER_COLUMNS: ColumnSpec[] = [
  { key: 'id', type: 'string', nullable: false },
  { key: 'name', type: 'string', nullable: false },
  { key: 'kind', type: 'string', nullable: false },
];

const DESCRIPTION: Record<PublicLayer, string> = {
  'chemical-parks': '化工园区（公众版）',
  'tailings-ponds': '尾矿库（公众版，位置已概化）',
  'hazard-sources': '重大危险源（公众版，位置已概化）',
  'fire-stations': '消防站（公众版，现有）',
  shelters: '避难场所（示例，由学校和体育场馆推得）',
};

/** Only the site's columns, in the layer's own column order (a column missing from the layer is a bug: throw). */
function siteColumns(layer: Exclude<PublicLayer, 'shelters'>): ColumnSpec[] {
  const wanted: readonly string[] = SITE_COLUMNS[layer];
  const cols = LAYERS[layer].outputColumns.filter((c) => wanted.includes(c.key));
  if (cols.length !== wanted.length) throw new Error(`${layer}: SITE_COLUMNS names a column the layer does not have`);
  return cols;
}

const pick = (f: Feature, keys: readonly string[]): Feature => ({
  type: 'Feature',
  geometry: f.geometry,
  properties: Object.fromEntries(keys.map((k) => [k, f.properties?.[k] ?? null])),
});

function byRiskLevel(features: readonly Feature[]): Partial<Record<RiskLevel, number>> {
  const out: Partial<Record<RiskLevel, number>> = {};
  for (const level of RISK_LEVELS) {
    const n = features.filter((f) => f.properties?.riskLevel === level).length;
    if (n > 0) out[level] = n;
  }
  return out;
}

const GEOMETRY_TYPE_NAME: Record<number, 'Point' | 'Polygon' | 'MultiPolygon'> = {
  1: 'Point',
  3: 'Polygon',
  6: 'MultiPolygon',
};

/**
 * The public data step: the data build with `--public` (only LAYERS[layer].publicFields), then a second, stricter
 * cut for the public site: only SITE_COLUMNS, hazard-source and tailings-pond positions snapped to a
 * `precisionM` grid, planned fire stations dropped (they cannot answer a call yet), no protected-target layer
 * (its people counts stay internal) but sample shelters derived from it, plus the offline gazetteer.
 * Deterministic: the same ledgers give the same bytes.
 */
export async function buildPublicData(opts: PublicDataOptions): Promise<PublicManifest> {
  const work = mkdtempSync(join(tmpdir(), 'riskatlas-public-'));
  try {
    const built = join(work, 'data');
    const errors: string[] = [];
    const result = await runBuild(
      { inDir: opts.inDir, outDir: built, public: true, cwd: work },
      { out: () => {}, err: (line) => errors.push(line) },
    );
    if (result.exitCode !== 0 || !result.manifest) {
      const detail = result.issues.map(formatIssue).join('\n') || errors.join('\n');
      throw new Error(`public data build failed (exit ${result.exitCode}):\n${detail}`);
    }
    const read = (layer: LayerId): { features: Feature[]; geometryType: 'Point' | 'Polygon' | 'MultiPolygon' } => {
      const entry = result.manifest?.layers[layer];
      if (!entry) throw new Error(`the public build has no ${layer} layer (ledger missing in ${opts.inDir}?)`);
      const bytes = new Uint8Array(readFileSync(join(built, entry.file)));
      const type = GEOMETRY_TYPE_NAME[readFgbHeader(bytes).geometryType];
      if (!type) throw new Error(`${layer}: unexpected FlatGeobuf geometry type`);
      return { features: readFgbBytes(bytes), geometryType: type };
    };

    const files = new Map<
      PublicLayer,
      { features: Feature[]; columns: ColumnSpec[]; geometryType: 'Point' | 'Polygon' | 'MultiPolygon' }
    >();
    for (const layer of ['chemical-parks', 'tailings-ponds', 'hazard-sources', 'fire-stations'] as const) {
      const { features, geometryType } = read(layer);
      const columns = siteColumns(layer);
      const keys = columns.map((c) => c.key);
      let out = features.map((f) => pick(f, keys));
      if (layer === 'fire-stations') out = out.filter((_, i) => features[i]?.properties?.status !== '规划');
      if ((GENERALISED_LAYERS as readonly string[]).includes(layer)) {
        out = out.map((f) => generalised(f, opts.precisionM));
      }
      files.set(layer, { features: out, columns, geometryType });
    }
    const shelters = deriveShelters(read('protected-targets').features);
    files.set('shelters', { features: shelters, columns: SHELTER_COLUMNS, geometryType: 'Point' });

    rmSync(opts.outDir, { recursive: true, force: true });
    mkdirSync(opts.outDir, { recursive: true });
    const layers = {} as Record<PublicLayer, PublicManifestLayer>;
    for (const layer of PUBLIC_LAYERS) {
      const f = files.get(layer);
      if (!f) throw new Error(`no features for ${layer}`);
      const bytes = writeFgb(f.features as Feature<never>[], {
        columns: f.columns,
        geometryType: f.geometryType,
        name: layer,
        description: DESCRIPTION[layer],
      });
      writeFileSync(join(opts.outDir, `${layer}.fgb`), bytes);
      layers[layer] = { file: `${layer}.fgb`, featureCount: f.features.length, byRiskLevel: byRiskLevel(f.features) };
    }
    const gazetteer = buildGazetteer(opts.countySeatsPath, files.get('chemical-parks')?.features ?? []);
    writeFileSync(join(opts.outDir, 'gazetteer.json'), stableJson(gazetteer));
    const manifest: PublicManifest = {
      kind: 'riskatlas-public',
      dataVersion: result.manifest.dataVersion,
      synthetic: result.manifest.synthetic,
      generalisation: { method: 'grid', precisionM: opts.precisionM, layers: [...GENERALISED_LAYERS] },
      sheltersDerived: true,
      layers,
      gazetteer: 'gazetteer.json',
    };
    writeFileSync(join(opts.outDir, 'manifest.json'), stableJson(manifest));
    return manifest;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function generalised(f: Feature, precisionM: number): Feature {
  const g = f.geometry as Geometry | null;
  if (g?.type !== 'Point') throw new Error(`generalisation expects points, got ${g?.type ?? 'no geometry'}`);
  return { ...f, geometry: { type: 'Point', coordinates: snapToGrid(g.coordinates, precisionM) } };
}
