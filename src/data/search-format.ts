import { z } from 'zod';

/**
 * The name and 编号 index of a layer read by the view (written by scripts/lib/search-index.ts, read by
 * ./search-index.ts): the format both sides share, and its schemas for the app's boundary.
 */

/** Blocks of about this many bytes: a query reads one or two (a few hundred records each). */
export const SEARCH_BLOCK_BYTES = 32 * 1024;

/** Properties a hit carries so the result list can show its grade and level as the loaded features do (gradeText). */
export const SEARCH_PROPS = [
  'grade',
  'class',
  'parkClass',
  'type',
  'targetClass',
  'dangerLevel',
  'level',
  'riskLevel',
  'status',
] as const;

/** One line of `<layer>.search.jsonl`: the key (normalizeKey of the 编号 or of the name), then the feature. */
export type SearchRecord = [
  key: string,
  id: string,
  name: string,
  lon: number,
  lat: number,
  props: Record<string, string>,
];

export const zSearchRecord = z.tuple([
  z.string(),
  z.string().min(1),
  z.string(),
  z.number().min(-180).max(180),
  z.number().min(-90).max(90),
  z.record(z.string(), z.string()),
]);

/** `<layer>.search-blocks.json`: the file's length and, per block, its first key and byte offset. */
export interface SearchBlocks {
  bytes: number;
  blocks: [firstKey: string, offset: number][];
}

export const zSearchBlocks = z.object({
  bytes: z.number().int().nonnegative(),
  blocks: z.array(z.tuple([z.string(), z.number().int().nonnegative()])),
});
