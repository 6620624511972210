import { type LayerId, SCHEMA_VERSION } from '../../src/domain';
import type { LayerAggregates } from './aggregates';
import { type Bbox, bboxOf, byGrade, byRiskLevel } from './layer-stats';
import type { LayerOutcome } from './process-layer';
import type { SearchIndexEntry } from './search-index';
import { sha256Hex } from './sha256';
import { compareCodeUnits } from './stable-json';

/** manifest.json, architecture.md Contract 3. */
export interface Manifest {
  schemaVersion: number;
  /** latest 更新日期 among the accepted rows; null when no row has one */
  dataVersion: string | null;
  /** some 数据来源 says 示例数据 */
  synthetic: boolean;
  public: boolean;
  layers: Partial<Record<LayerId, ManifestLayer>>;
  inputs: { sha256: string; files: Record<string, string> };
}

export interface ManifestLayer {
  file: string;
  featureCount: number;
  bbox: Bbox | null;
  byRiskLevel: Record<string, number>;
  byGrade: Record<string, number>;
  rejected: number;
  bytes: number;
  sha256: string;
  /** grid counts for low zooms, only for layers big enough to be streamed (scripts/lib/aggregates.ts) */
  aggregates?: LayerAggregates;
  /** name and 编号 index, only for layers the app reads by the view (scripts/lib/search-index.ts) */
  search?: SearchIndexEntry;
}

export const SYNTHETIC_MARK = '示例数据';

/**
 * Combined input hash: sha256 over `sha256  name\n` lines sorted by name (the `sha256sum` format), so it can be
 * re-checked with `sha256sum * | sort -k2 | sha256sum` style tools.
 */
export function combinedInputHash(files: Record<string, string>): string {
  const lines = Object.keys(files)
    .sort(compareCodeUnits)
    .map((name) => `${files[name]}  ${name}\n`);
  return sha256Hex(lines.join(''));
}

export function buildManifest(
  outcomes: readonly LayerOutcome[],
  fgbBytes: ReadonlyMap<LayerId, Uint8Array>,
  isPublic: boolean,
): Manifest {
  const layers: Partial<Record<LayerId, ManifestLayer>> = {};
  const files: Record<string, string> = {};
  let dataVersion: string | null = null;
  let synthetic = false;
  for (const o of outcomes) {
    const bytes = fgbBytes.get(o.layer);
    if (!bytes) throw new Error(`no FlatGeobuf bytes for ${o.layer}`);
    files[o.table.file] = o.table.sha256;
    for (const f of o.features) {
      const u = f.properties.updated;
      if (typeof u === 'string' && (dataVersion === null || u > dataVersion)) dataVersion = u;
    }
    synthetic ||= o.sources.some((s) => s.includes(SYNTHETIC_MARK));
    layers[o.layer] = {
      file: `${o.layer}.fgb`,
      featureCount: o.features.length,
      bbox: bboxOf(o.features),
      byRiskLevel: byRiskLevel(o.layer, o.features),
      byGrade: byGrade(o.layer, o.features),
      rejected: o.rejected.length,
      bytes: bytes.byteLength,
      sha256: sha256Hex(bytes),
    };
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    dataVersion,
    synthetic,
    public: isPublic,
    layers,
    inputs: { sha256: combinedInputHash(files), files },
  };
}
