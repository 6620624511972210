import type { Point } from 'geojson';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { layerSearchIndex } from '../../scripts/lib/search-index';
import { SEARCH_BLOCK_BYTES } from '../../src/data/search-format';
import { lookupIds, searchLayerIndex, startBlock } from '../../src/data/search-index';
import { normalizeKey } from '../../src/domain/normalize-text';
import { rangeResponse } from '../helpers/range-response';
import { nationalFeatures, seeded } from './fixture';

/**
 * The name and 编号 index of a streamed layer (scripts/lib/search-index.ts → src/data/search-index.ts), on 20,000
 * national-style hazard sources served by msw with HTTP Range: every query must give what a brute-force scan of the
 * features gives (编号 or name starting with the query, after normalizeKey; exact ones first; each feature once),
 * while reading a few blocks, not the file.
 */
const BASE = 'http://national.test/data/';
const hazards = nationalFeatures('hazard-sources', 20_000, 5);
const built = layerSearchIndex('hazard-sources', hazards, false);
if (!built) throw new Error('no index');
const index = built;
const urls = { file: BASE + index.entry.file, blocks: BASE + index.entry.blocksFile };

let bytesServed = 0;
let ranges = 0;
let ignoreRange = false;
const server = setupServer(
  http.get(`${BASE}:file`, ({ request, params }) => {
    const file = index.files.get(String(params.file));
    if (!file) return new HttpResponse(null, { status: 404 });
    const req = ignoreRange ? new Request(request.url) : request;
    return rangeResponse(req, file, {
      onBody: (n, ranged) => {
        bytesServed += n;
        if (ranged) ranges++;
      },
    });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  bytesServed = 0;
  ranges = 0;
  ignoreRange = false;
});

/** Every feature's keys: its 编号 and its name, normalised. */
const recs: [string, string][] = hazards.flatMap((f) => {
  const id = String(f.properties.id);
  const idKey = normalizeKey(id);
  const nameKey = normalizeKey(String(f.properties.name ?? ''));
  return nameKey !== '' && nameKey !== idKey
    ? [
        [idKey, id],
        [nameKey, id],
      ]
    : [[idKey, id]];
});

/** The brute-force answer: ids in key order (then id), each once, exact matches first, at most `limit`. */
function brute(query: string, limit: number): string[] {
  const key = normalizeKey(query);
  if (key === '') return [];
  const hits = recs
    .filter(([k]) => k.startsWith(key))
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const exact = new Set(hits.filter(([k]) => k === key).map(([, id]) => id));
  const ids = [...new Set(hits.map(([, id]) => id))];
  return [...ids.filter((id) => exact.has(id)), ...ids.filter((id) => !exact.has(id))].slice(0, limit);
}

const names = hazards.map((f) => String(f.properties.name));
const ids = hazards.map((f) => String(f.properties.id));

describe('search index of a streamed layer', () => {
  it('spans many blocks, each starting at a line, keys sorted in JavaScript order', () => {
    const file = index.files.get(index.entry.file) ?? new Uint8Array();
    const text = new TextDecoder().decode(file);
    const lines = text.trimEnd().split('\n');
    expect(lines.length).toBe(index.entry.records);
    const keys = lines.map((l) => JSON.parse(l)[0] as string);
    expect(keys.every((k, i) => i === 0 || (keys[i - 1] as string) <= k)).toBe(true);
    const { blocks, bytes } = JSON.parse(new TextDecoder().decode(index.files.get(index.entry.blocksFile)));
    expect(bytes).toBe(index.entry.bytes);
    expect(blocks.length).toBeGreaterThan(bytes / SEARCH_BLOCK_BYTES - 1);
    // offsets are bytes (HTTP Range): each block starts right after a line end, with the key it is listed under
    for (const [k, at] of blocks) {
      expect(at === 0 || file[at - 1] === 0x0a).toBe(true);
      const line = new TextDecoder().decode(file.subarray(at, file.indexOf(0x0a, at)));
      expect(JSON.parse(line)[0]).toBe(k);
    }
  });

  it('startBlock: the last block whose first key is below the query (records ≥ it cannot lie earlier)', () => {
    const blocks: [string, number][] = [
      ['a', 0],
      ['c', 10],
      ['c', 20],
      ['e', 30],
    ];
    expect(startBlock(blocks, 'a')).toBe(0);
    expect(startBlock(blocks, 'b')).toBe(0);
    expect(startBlock(blocks, 'c')).toBe(0); // a run of 'c' may start at the end of block 0
    expect(startBlock(blocks, 'cz')).toBe(2);
    expect(startBlock(blocks, 'z')).toBe(3);
  });

  it('equals a brute-force scan for 200 queries: name and 编号 prefixes, whole names, spaced and full-width forms', async () => {
    const rng = seeded(99);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)] as T;
    const queries: string[] = ['wxy-0001', 'WXY-00123', '不存在的危险源', '化工', '合成氨', '  ', ''];
    for (let i = 0; i < 60; i++) queries.push(pick(names).slice(0, 1 + Math.floor(rng() * 4)));
    for (let i = 0; i < 40; i++) queries.push(pick(names));
    for (let i = 0; i < 40; i++) queries.push(pick(ids));
    for (let i = 0; i < 30; i++)
      queries.push(
        pick(ids)
          .slice(0, 5 + Math.floor(rng() * 6))
          .toLowerCase(),
      );
    // what a user may type: spaces, full-width letters and digits (NFKC folds them)
    for (let i = 0; i < 20; i++) {
      const id = pick(ids);
      queries.push(` ${id.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))} `);
    }
    let withHits = 0;
    for (const q of queries) {
      const got = (await searchLayerIndex('hazard-sources', urls, q, 10)).map((h) => h.id);
      expect(got, q).toEqual(brute(q, 10));
      if (got.length > 0) withHits++;
    }
    expect(withHits).toBeGreaterThan(150);
  });

  it('a hit carries the position and the grade of its feature; an exact 编号 comes first', async () => {
    const f = hazards[1234];
    if (!f) throw new Error('fixture');
    const id = String(f.properties.id);
    const [hit] = await searchLayerIndex('hazard-sources', urls, id, 10);
    expect(hit?.id).toBe(id);
    expect(hit?.exact).toBe(true);
    expect([hit?.lon, hit?.lat]).toEqual((f.geometry as { coordinates: number[] }).coordinates);
    expect(hit?.props.grade).toBe(f.properties.grade);
    expect(hit?.props.riskLevel).toBe(f.properties.riskLevel);
  });

  it('reads a few blocks per query, not the index', async () => {
    await searchLayerIndex('hazard-sources', urls, 'x', 10); // the block list, once
    bytesServed = 0;
    await searchLayerIndex('hazard-sources', urls, String(names[77]).slice(0, 2), 10);
    expect(index.entry.bytes).toBeGreaterThan(1_000_000);
    expect(bytesServed).toBeGreaterThan(0);
    expect(bytesServed).toBeLessThanOrEqual(3 * SEARCH_BLOCK_BYTES + 4096);
  });

  it('lookupIds: exactly the features with these 编号 (unknown ones null), each block read once', async () => {
    const rng = seeded(7);
    const asked = Array.from({ length: 200 }, () => ids[Math.floor(rng() * ids.length)] as string);
    asked.push('WXY-9999999', 'NOPE', names[3] as string /* a name is not an 编号 */);
    // 编号 that open a block: their record is not in the block before (startBlock's), but the next
    const text = new TextDecoder().decode(index.files.get(index.entry.blocksFile));
    const blocks = JSON.parse(text).blocks as [string, number][];
    const openers = blocks.map(([k]) => k.toUpperCase()).filter((k) => k.startsWith('WXY-'));
    expect(openers.length).toBeGreaterThan(1);
    asked.push(...openers.slice(0, 5));
    // asked alone, so no other 编号 has that next block read anyway
    for (const id of openers.slice(1, 4)) expect((await lookupIds('hazard-sources', urls, [id])).get(id)?.id).toBe(id);
    await searchLayerIndex('hazard-sources', urls, 'x', 10); // the block list, once
    ranges = 0;
    const got = await lookupIds('hazard-sources', urls, asked);
    const byId = new Map(hazards.map((f) => [String(f.properties.id), f]));
    for (const id of asked) {
      const f = byId.get(id);
      const hit = got.get(id);
      if (!f) expect(hit, id).toBeNull();
      else
        expect([hit?.id, hit?.name, hit?.lon], id).toEqual([
          id,
          f.properties.name,
          (f.geometry as Point).coordinates[0],
        ]);
    }
    const distinct = new Set(asked.map((id) => startBlock(blocks, normalizeKey(id))));
    expect(ranges).toBeLessThanOrEqual(distinct.size + 3);
  });

  it('a server that ignores Range is an error that says so, not a download of the whole index', async () => {
    await searchLayerIndex('hazard-sources', urls, 'x', 10);
    ignoreRange = true;
    await expect(searchLayerIndex('hazard-sources', urls, '化工', 10)).rejects.toThrow(/未按 Range 返回/);
  });
});
