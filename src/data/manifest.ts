import { z } from 'zod';
import type { LayerId } from '../domain/layer-ids';

/**
 * public/data/manifest.json (architecture.md Contract 3), parsed at the boundary. Mirrors the writer's type in
 * scripts/lib/manifest.ts; extra keys are ignored so a newer build still loads.
 */
const zBbox = z.tuple([z.number(), z.number(), z.number(), z.number()]);

const zManifestLayer = z.object({
  file: z.string().min(1),
  featureCount: z.number().int().nonnegative(),
  bbox: zBbox.nullable().optional(),
  byRiskLevel: z.record(z.string(), z.number()).optional(),
  byGrade: z.record(z.string(), z.number()).optional(),
  rejected: z.number().int().nonnegative().optional(),
  bytes: z.number().optional(),
  sha256: z.string().optional(),
  // grid counts the app draws at low zoom (scripts/lib/aggregates.ts, src/data/aggregates.ts)
  aggregates: z
    .object({
      facetKey: z.string().nullable(),
      facetValues: z.array(z.string()),
      levels: z.array(
        z.object({
          cellDeg: z.number().positive(),
          minZoom: z.number(),
          maxZoom: z.number(),
          file: z.string().min(1),
          cells: z.number().int().nonnegative(),
          bytes: z.number().optional(),
        }),
      ),
    })
    .optional(),
  // name and 编号 index of a layer read by the view (scripts/lib/search-index.ts, src/data/search-index.ts)
  search: z
    .object({
      file: z.string().min(1),
      blocksFile: z.string().min(1),
      records: z.number().int().nonnegative(),
      bytes: z.number().int().nonnegative(),
      sha256: z.string().optional(),
    })
    .optional(),
});

export const zManifest = z.object({
  schemaVersion: z.number().int(),
  dataVersion: z.string().nullable(),
  synthetic: z.boolean(),
  public: z.boolean(),
  layers: z.record(z.string(), zManifestLayer),
  inputs: z.unknown().optional(),
});

export type ManifestLayer = z.infer<typeof zManifestLayer>;
export type Manifest = Omit<z.infer<typeof zManifest>, 'layers'> & { layers: Partial<Record<LayerId, ManifestLayer>> };

/** Parses manifest text; the error says what is wrong in words a data manager can act on. */
export function parseManifest(text: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const hint = text.trimStart().startsWith('<') ? '（服务器返回了网页：文件可能不存在，请先运行 npm run data）' : '';
    throw new Error(`manifest.json 不是有效的 JSON${hint}`);
  }
  const r = zManifest.safeParse(json);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new Error(`manifest.json 格式不符：${i?.path.join('.') || '(根)'} ${i?.message ?? ''}`.trim());
  }
  return r.data as Manifest;
}
