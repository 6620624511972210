import { representativePoint } from '../../src/analysis/representative-point';
import { SEARCH_BLOCK_BYTES, SEARCH_PROPS, type SearchBlocks, type SearchRecord } from '../../src/data/search-format';
import { LAYERS, type LayerId, normalizeKey } from '../../src/domain';
import type { BuiltFeature } from './process-layer';
import { sha256Hex } from './sha256';
import { compareCodeUnits } from './stable-json';

/**
 * A name and 编号 index for a layer the app reads by the view (the national data), so the top-bar search finds a
 * feature anywhere in the country, not only around the view. The app reads it the way it reads the features: by
 * HTTP Range, only the blocks a query needs (src/data/search-index.ts).
 *
 * `<layer>.search.jsonl`: one JSON record per line (SearchRecord), one for the 编号 and one for the name of each
 * feature, sorted by key (normalizeKey, the build's own matching form) in UTF-16 order, JavaScript's `<`, so the
 * app's binary search agrees with the sort. `<layer>.search-blocks.json`: the first key and byte offset of each
 * block of about SEARCH_BLOCK_BYTES, cut at line ends; the app fetches it once, then one or two blocks a query.
 */
export interface SearchIndexEntry {
  file: string;
  blocksFile: string;
  records: number;
  bytes: number;
  sha256: string;
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

export function layerSearchIndex(
  layer: LayerId,
  features: readonly BuiltFeature[],
  isPublic: boolean,
): { files: Map<string, Uint8Array>; entry: SearchIndexEntry } | null {
  const def = LAYERS[layer];
  // the public site ships only whitelisted fields: no index where the name or the 编号 is not one of them
  const allowed = (k: string) => !isPublic || def.publicFields.includes(k);
  if (!allowed('id') || !allowed('name')) return null;
  const props = SEARCH_PROPS.filter(allowed);
  const records: SearchRecord[] = [];
  for (const f of features) {
    const id = String(f.properties.id ?? '');
    if (id === '') continue;
    const name = typeof f.properties.name === 'string' ? f.properties.name : '';
    const [lon = Number.NaN, lat = Number.NaN] = representativePoint(f) ?? [];
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    const p: Record<string, string> = {};
    for (const k of props) {
      const v = f.properties[k];
      if (typeof v === 'string' && v !== '') p[k] = v;
    }
    const idKey = normalizeKey(id);
    records.push([idKey, id, name, round6(lon), round6(lat), p]);
    const nameKey = normalizeKey(name);
    if (nameKey !== '' && nameKey !== idKey) records.push([nameKey, id, name, round6(lon), round6(lat), p]);
  }
  records.sort((a, b) => compareCodeUnits(a[0], b[0]) || compareCodeUnits(a[1], b[1]));

  const enc = new TextEncoder();
  const lines = records.map((r) => enc.encode(`${JSON.stringify(r)}\n`));
  const bytes = new Uint8Array(lines.reduce((n, l) => n + l.length, 0));
  const blocks: SearchBlocks['blocks'] = [];
  let at = 0;
  let blockStart = -Infinity;
  for (const [i, line] of lines.entries()) {
    if (at - blockStart >= SEARCH_BLOCK_BYTES || i === 0) {
      blocks.push([records[i]?.[0] ?? '', at]);
      blockStart = at;
    }
    bytes.set(line, at);
    at += line.length;
  }
  const file = `${layer}.search.jsonl`;
  const blocksFile = `${layer}.search-blocks.json`;
  const index: SearchBlocks = { bytes: bytes.length, blocks };
  return {
    files: new Map([
      [file, bytes],
      [blocksFile, enc.encode(JSON.stringify(index))],
    ]),
    entry: { file, blocksFile, records: records.length, bytes: bytes.length, sha256: sha256Hex(bytes) },
  };
}
