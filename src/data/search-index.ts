import type { LayerId } from '../domain/layer-ids';
import { normalizeKey } from '../domain/normalize-text';
import { type SearchBlocks, zSearchBlocks, zSearchRecord } from './search-format';

/**
 * Queries a layer's name and 编号 index (./search-format.ts) by HTTP Range: the block list once, then the block the
 * query's key would start in and, while the matches run on, the next ones. A key matches when it starts with the
 * query's key (normalizeKey: NFKC, no spaces, one case), so `瑞源` finds 瑞源化肥合成氨装置 and `wxy-00012` finds
 * WXY-0001200 to WXY-0001299, across a million records, for a few tens of KB.
 */
export interface IndexHit {
  layer: LayerId;
  id: string;
  name: string;
  lon: number;
  lat: number;
  props: Record<string, string>;
  /** the 编号 or the name is the query itself (not only starts with it) */
  exact: boolean;
}

/** A query reads at most this many blocks per layer: enough for `limit` matches, a bound if a prefix is common. */
const MAX_BLOCKS = 3;

const blockLists = new Map<string, Promise<SearchBlocks>>();

async function fetchOk(url: string, init: RequestInit, what: string): Promise<Response> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${what}: HTTP ${res.status}`);
  return res;
}

function blocksOf(url: string): Promise<SearchBlocks> {
  let p = blockLists.get(url);
  if (!p) {
    p = fetchOk(url, {}, url)
      .then(async (res) => zSearchBlocks.parse(await res.json()))
      .catch((e: unknown) => {
        blockLists.delete(url); // a failed read is tried again by the next query
        throw e;
      });
    blockLists.set(url, p);
  }
  return p;
}

async function readBlock(url: string, start: number, end: number, signal?: AbortSignal): Promise<string> {
  const res = await fetchOk(url, { headers: { Range: `bytes=${start}-${end - 1}` }, signal }, url);
  // a server that ignores Range would send the whole index (hundreds of MB for the national data): refuse it
  if (res.status !== 206) {
    void res.body?.cancel().catch(() => {});
    throw new Error(`${url}: 服务器未按 Range 返回（HTTP ${res.status}），无法检索全国数据`);
  }
  return res.text();
}

/** The lines of block `b` of the index (one record each), read by Range. */
async function blockLines(file: string, index: SearchBlocks, b: number, signal?: AbortSignal): Promise<string[]> {
  const start = index.blocks[b]?.[1] ?? 0;
  const end = index.blocks[b + 1]?.[1] ?? index.bytes;
  return (await readBlock(file, start, end, signal)).split('\n').filter((line) => line !== '');
}

/** Index of the block to start reading at: the last one whose first key is below `key` (records ≥ key follow it). */
export function startBlock(blocks: SearchBlocks['blocks'], key: string): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let at = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((blocks[mid]?.[0] ?? '') < key) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at;
}

/** The features of `layer` whose 编号 or name starts with `query`, exact ones first, at most `limit`. */
export async function searchLayerIndex(
  layer: LayerId,
  urls: { file: string; blocks: string },
  query: string,
  limit: number,
  signal?: AbortSignal,
): Promise<IndexHit[]> {
  const key = normalizeKey(query);
  if (key === '') return [];
  const index = await blocksOf(urls.blocks);
  const hits = new Map<string, IndexHit>();
  const first = startBlock(index.blocks, key);
  for (let b = first; b < index.blocks.length && b < first + MAX_BLOCKS; b++) {
    let past = false;
    for (const line of await blockLines(urls.file, index, b, signal)) {
      const [k, id, name, lon, lat, props] = zSearchRecord.parse(JSON.parse(line));
      if (k.startsWith(key)) {
        const seen = hits.get(id);
        if (!seen) hits.set(id, { layer, id, name, lon, lat, props, exact: k === key });
        else if (k === key) seen.exact = true;
      } else if (k > key) {
        past = true;
        break;
      }
    }
    // keys are sorted, the query's own key (the exact matches) first: past the prefix, or enough found, stop
    if (past || hits.size >= limit) break;
  }
  return [...hits.values()].sort((a, b) => Number(b.exact) - Number(a.exact)).slice(0, limit);
}

/**
 * The features of `layer` with exactly these 编号, by the layer's index: each block that can hold one of them read
 * once (an 编号's record lies in its start block, or opens the next). `null` for an 编号 the layer does not have.
 * For lists that name features by 编号 alone, such as a monitoring feed's alarms.
 */
export async function lookupIds(
  layer: LayerId,
  urls: { file: string; blocks: string },
  ids: readonly string[],
  signal?: AbortSignal,
): Promise<Map<string, IndexHit | null>> {
  const out = new Map<string, IndexHit | null>(ids.map((id) => [id, null]));
  if (ids.length === 0) return out;
  const index = await blocksOf(urls.blocks);
  const wanted = new Map<string, string>(ids.map((id) => [normalizeKey(id), id]));
  const toRead = new Set<number>();
  for (const key of wanted.keys()) {
    const b = startBlock(index.blocks, key);
    toRead.add(index.blocks[b + 1]?.[0] === key ? b + 1 : b);
  }
  for (const b of [...toRead].sort((x, y) => x - y)) {
    for (const line of await blockLines(urls.file, index, b, signal)) {
      const [k, id, name, lon, lat, props] = zSearchRecord.parse(JSON.parse(line));
      const asked = wanted.get(k);
      if (asked !== undefined && id === asked) out.set(asked, { layer, id, name, lon, lat, props, exact: true });
    }
  }
  return out;
}
