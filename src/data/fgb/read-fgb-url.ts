import type { Feature } from 'geojson';
import {
  calcTreeSize,
  decodeAt,
  featureGapBytes,
  type HeaderMeta,
  headerEndOf,
  parseHeader,
  readFgbStream,
  SIZE_PREFIX_LEN,
  searchTree,
  type TreeHit,
  viewOf,
} from './read-fgb';
import { MAGIC_BYTES, type Rect } from './types';

/**
 * FlatGeobuf over HTTP: a bbox read by Range requests through the file's packed R-tree, or a whole file streamed.
 *
 * The bbox read searches the tree with flatgeobuf's own `streamSearch` and decodes with its `fromFeature`
 * (read-fgb.ts), but fetches each run of nearby features in one request and decodes it in one synchronous loop.
 * flatgeobuf's `deserializeFiltered` yields every feature through several async generators and a Repeater, which
 * for a city view of the national data (4,500 features) cost several times the decoding itself.
 */

/** The header and the first three tree levels in one request, as flatgeobuf's HttpReader assumes (2024 + 40·273). */
const FIRST_REQUEST_BYTES = 12_944;

export interface ReadOptions {
  signal?: AbortSignal;
}

/** Bytes `[start, start + length)` of `url`; only a 206 answer is taken (a 200 would be the whole file). */
async function getRange(url: string, start: number, length: number, signal?: AbortSignal): Promise<Uint8Array> {
  const res = await fetch(url, { headers: { Range: `bytes=${start}-${start + length - 1}` }, signal });
  if (res.status !== 206) {
    void res.body?.cancel().catch(() => {}); // not awaited: some bodies never settle a cancel
    if (!res.ok) throw new Error(`${url}：HTTP ${res.status}`);
    // shown on the layer like the other load errors (fetch-file.ts): zh first, the English after
    throw new Error(
      `${url}：服务器忽略了 Range 请求（HTTP ${res.status}），无法按视野读取 (the server ignored the Range request)`,
    );
  }
  return new Uint8Array(await res.arrayBuffer());
}

interface Opened {
  meta: HeaderMeta;
  /** first byte of the tree, and of the features */
  treeStart: number;
  featuresStart: number;
  /** the bytes read so far from `head` on: the first request holds the top of the tree too */
  head: number;
  bytes: Uint8Array;
}

async function open(url: string, signal?: AbortSignal): Promise<Opened> {
  let bytes = await getRange(url, 0, FIRST_REQUEST_BYTES, signal);
  // a 206 may be shorter than asked (a small file): that is all there is; parseHeader says if it is too short
  if (bytes.length >= MAGIC_BYTES.length + SIZE_PREFIX_LEN && headerEndOf(bytes) > bytes.length) {
    bytes = await getRange(url, 0, headerEndOf(bytes), signal);
  }
  const { meta, headerEnd, featuresStart } = parseHeader(bytes);
  return { meta, treeStart: headerEnd, featuresStart, head: 0, bytes };
}

/** Runs of hits no further apart than the gap threshold, each fetched in one request. */
function batches(hits: TreeHit[]): TreeHit[][] {
  const out: TreeHit[][] = [];
  let run: TreeHit[] = [];
  for (const hit of hits) {
    const prev = run[run.length - 1];
    if (prev && hit.offset - (prev.offset + prev.length) > featureGapBytes()) {
      out.push(run);
      run = [];
    }
    run.push(hit);
  }
  if (run.length > 0) out.push(run);
  return out;
}

async function readBatch(url: string, o: Opened, run: TreeHit[], signal?: AbortSignal): Promise<Feature[]> {
  const first = run[0] as TreeHit;
  const last = run[run.length - 1] as TreeHit;
  const start = o.featuresStart + first.offset;
  let lastLength = last.length;
  if (lastLength === 0) {
    // the file's last feature: its size prefix says how long it is
    const prefix = await getRange(url, o.featuresStart + last.offset, SIZE_PREFIX_LEN, signal);
    lastLength = SIZE_PREFIX_LEN + viewOf(prefix).getUint32(0, true);
  }
  const bytes = await getRange(url, start, last.offset + lastLength - first.offset, signal);
  const view = viewOf(bytes);
  return run.map((hit) => decodeAt(bytes, view, hit.offset - first.offset, hit.id, o.meta).feature);
}

/**
 * Features of the file at `url` whose bbox intersects `rect` (edges inclusive), in file order; ids are positions
 * in the file. The file must have a spatial index (an empty file has none, and gives nothing).
 */
export async function readFgbRect(url: string, rect: Rect, opts: ReadOptions = {}): Promise<Feature[]> {
  const { signal } = opts;
  const o = await open(url, signal);
  if (o.meta.featuresCount === 0) return [];
  if (o.meta.indexNodeSize === 0) throw new Error(`${url} has no spatial index, cannot read it by bbox`);
  const treeBytes = calcTreeSize(o.meta.featuresCount, o.meta.indexNodeSize);
  const readNode = async (offsetIntoTree: number, size: number): Promise<ArrayBuffer> => {
    if (offsetIntoTree + size > treeBytes) throw new Error(`${url}: truncated spatial index`);
    const at = o.treeStart + offsetIntoTree - o.head;
    if (at < 0 || at + size > o.bytes.length) {
      // each level's nodes in one request, kept for the next read of the same level (as flatgeobuf does)
      o.bytes = await getRange(url, o.treeStart + offsetIntoTree, size, signal);
      o.head = o.treeStart + offsetIntoTree;
      return o.bytes.slice(0, size).buffer;
    }
    return o.bytes.slice(at, at + size).buffer;
  };
  const hits = await searchTree(o.meta, rect, readNode);
  const runs = await Promise.all(batches(hits).map((run) => readBatch(url, o, run, signal)));
  signal?.throwIfAborted();
  return runs.flat();
}

async function* readWhole(url: string, signal: AbortSignal | undefined): AsyncGenerator<Feature> {
  const response = await fetch(url, { signal });
  if (!response.ok || !response.body) throw new Error(`GET ${url} failed: ${response.status} ${response.statusText}`);
  yield* readFgbStream(response.body);
}

/** Re-yields `source`, stopping with the signal's reason once it aborts (before the first item too). */
async function* checked(source: () => AsyncIterable<Feature>, signal?: AbortSignal): AsyncGenerator<Feature> {
  signal?.throwIfAborted();
  for await (const f of source()) {
    yield f;
    signal?.throwIfAborted();
  }
}

async function* fromRect(url: string, rect: Rect, opts: ReadOptions): AsyncGenerator<Feature> {
  yield* await readFgbRect(url, rect, opts);
}

/**
 * Features of the file at `url`. With `rect`: those whose bbox intersects it (readFgbRect). Without: the whole
 * file, streamed. `signal` stops either: the iteration then rejects with its reason.
 */
export function readFgbUrl(url: string, rect?: Rect, opts: ReadOptions = {}): AsyncGenerator<Feature> {
  const { signal } = opts;
  return checked(() => (rect ? fromRect(url, rect, opts) : readWhole(url, signal)), signal);
}
