import type { Feature } from 'geojson';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFgbBytes } from '../../../src/data/fgb/read-fgb';
import { readFgbRect, readFgbUrl } from '../../../src/data/fgb/read-fgb-url';
import type { Rect } from '../../../src/data/fgb/types';
import { writeFgb } from '../../../src/data/fgb/write-fgb';
import {
  bboxOf,
  bruteForceIds,
  COLUMNS,
  idsOf,
  randomBox,
  randomPoints,
  randomPolygons,
  seededRandom,
} from './fixtures';

const points = randomPoints(5000, 42);
const polygons = randomPolygons(1500, 43);
const files: Record<string, Uint8Array> = {
  'points.fgb': writeFgb(points, { columns: COLUMNS, geometryType: 'Point', name: 'points' }),
  'polygons.fgb': writeFgb(polygons, { columns: COLUMNS, geometryType: 'Polygon', name: 'polygons' }),
  'empty.fgb': writeFgb([], { columns: COLUMNS, geometryType: 'Point' }),
  'unindexed.fgb': writeFgb(points.slice(0, 10), { columns: COLUMNS, geometryType: 'Point', indexNodeSize: 0 }),
};
const BASE = 'http://fgb.test/data/';
/** the same files from a server that ignores Range (as Python's http.server does) */
const NO_RANGE = 'http://fgb.test/norange/';

/** Bytes and requests actually served, reset before each test. */
const served = { bytes: 0, requests: 0 };

// A static file server honouring single `Range: bytes=a-b` requests, like vite preview.
const server = setupServer(
  http.get(`${BASE}:file`, ({ request, params }) => {
    const file = files[String(params.file)];
    if (!file) return new HttpResponse(null, { status: 404 });
    served.requests++;
    const range = request.headers.get('range');
    if (!range) {
      served.bytes += file.length;
      return new HttpResponse(file.slice(), { status: 200, headers: { 'Content-Length': String(file.length) } });
    }
    const m = /^bytes=(\d+)-(\d*)$/.exec(range);
    if (!m) return new HttpResponse(null, { status: 416 });
    const start = Number(m[1]);
    const end = Math.min(m[2] ? Number(m[2]) : file.length - 1, file.length - 1);
    if (start >= file.length) {
      return new HttpResponse(null, { status: 416, headers: { 'Content-Range': `bytes */${file.length}` } });
    }
    const body = file.slice(start, end + 1);
    served.bytes += body.length;
    return new HttpResponse(body, {
      status: 206,
      headers: { 'Content-Range': `bytes ${start}-${end}/${file.length}`, 'Content-Length': String(body.length) },
    });
  }),
  http.get(`${NO_RANGE}:file`, ({ params }) => {
    const file = files[String(params.file)];
    if (!file) return new HttpResponse(null, { status: 404 });
    served.requests++;
    served.bytes += file.length;
    return new HttpResponse(file.slice(), { status: 200, headers: { 'Content-Length': String(file.length) } });
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  served.bytes = 0;
  served.requests = 0;
});

async function collect(gen: AsyncGenerator<Feature>): Promise<Feature[]> {
  const out: Feature[] = [];
  for await (const f of gen) out.push(f);
  return out;
}

describe('readFgbUrl over HTTP Range', () => {
  it.each([
    ['points.fgb', points, 1.5],
    ['polygons.fgb', polygons, 1.5],
  ] as const)('%s: 200 random boxes return exactly the brute-force bbox matches', async (file, features, maxSize) => {
    const rand = seededRandom(file.length);
    let nonEmpty = 0;
    for (let q = 0; q < 200; q++) {
      const rect = randomBox(rand, maxSize);
      const got = idsOf(await collect(readFgbUrl(BASE + file, rect)));
      const want = bruteForceIds(features, rect);
      expect(got, `box ${q} ${JSON.stringify(rect)}`).toEqual(want);
      if (want.length > 0) nonEmpty++;
    }
    // Guards against a fixture where every box misses and the comparison proves nothing.
    expect(nonEmpty).toBeGreaterThan(100);
  });

  it('fetches a small part of the file for a small box, in a few requests', async () => {
    const size = files['points.fgb']?.length ?? 0;
    const rect: Rect = { minX: 113.0, minY: 29.3, maxX: 113.15, maxY: 29.45 };
    const got = await collect(readFgbUrl(`${BASE}points.fgb`, rect));
    expect(idsOf(got)).toEqual(bruteForceIds(points, rect));
    expect(got.length).toBeGreaterThan(0);
    expect(served.bytes).toBeLessThan(size / 10);
    expect(served.requests).toBeLessThanOrEqual(6);
  });

  it('returns nothing for a box outside the data', async () => {
    const got = await collect(readFgbUrl(`${BASE}points.fgb`, { minX: 0, minY: 0, maxX: 1, maxY: 1 }));
    expect(got).toEqual([]);
  });

  it('returns full features with every column', async () => {
    const rect: Rect = { minX: 111, minY: 27, maxX: 111.2, maxY: 27.2 };
    const got = await collect(readFgbUrl(`${BASE}polygons.fgb`, rect));
    expect(got.length).toBeGreaterThan(0);
    const byId = new Map(polygons.map((f) => [f.properties.id, f]));
    for (const f of got) {
      const original = byId.get(String(f.properties?.id));
      expect(f.geometry).toEqual(original?.geometry);
      expect(Object.keys(f.properties ?? {})).toEqual(COLUMNS.map((c) => c.key));
    }
  });

  it('reads the whole file without a rect', async () => {
    const got = await collect(readFgbUrl(`${BASE}points.fgb`));
    expect(idsOf(got)).toEqual(idsOf(points as Feature[]));
  });

  it('returns nothing from an empty file, and refuses a bbox read of an unindexed file', async () => {
    expect(await collect(readFgbUrl(`${BASE}empty.fgb`, { minX: -180, minY: -90, maxX: 180, maxY: 90 }))).toEqual([]);
    await expect(
      collect(readFgbUrl(`${BASE}unindexed.fgb`, { minX: -180, minY: -90, maxX: 180, maxY: 90 })),
    ).rejects.toThrow(/no spatial index/);
  });

  it('stops with the abort reason when the signal aborts', async () => {
    const controller = new AbortController();
    const rect: Rect = { minX: 100, minY: 20, maxX: 120, maxY: 35 };
    let seen = 0;
    const run = async () => {
      for await (const _ of readFgbUrl(`${BASE}points.fgb`, rect, { signal: controller.signal })) {
        seen++;
        if (seen === 10) controller.abort(new Error('view moved'));
      }
    };
    await expect(run()).rejects.toThrow('view moved');
    expect(seen).toBe(10);
    await expect(
      collect(readFgbUrl(`${BASE}points.fgb`, rect, { signal: AbortSignal.abort(new Error('already')) })),
    ).rejects.toThrow('already');
  });

  it("reads the file's last feature, whose length the tree does not hold", async () => {
    const bytes = files['polygons.fgb'] as Uint8Array;
    const all = readFgbBytes(bytes);
    const last = all[all.length - 1] as (typeof polygons)[number];
    const byId = new Map(polygons.map((f) => [f.properties.id, f]));
    const rect = bboxOf(byId.get(String(last.properties?.id)) as (typeof polygons)[number]);
    const got = await readFgbRect(`${BASE}polygons.fgb`, rect);
    expect(idsOf(got)).toEqual(bruteForceIds(polygons, rect));
    expect(got.map((f) => f.id)).toContain(all.length - 1);
    expect(got.find((f) => f.id === all.length - 1)).toEqual(last);
  });

  it('gives each feature its position in the file as id, and the same feature as a whole-file read', async () => {
    const all = readFgbBytes(files['points.fgb'] as Uint8Array);
    const got = await readFgbRect(`${BASE}points.fgb`, { minX: 110, minY: 26, maxX: 112, maxY: 28 });
    expect(got.length).toBeGreaterThan(50);
    for (const f of got) expect(f).toEqual(all[f.id as number]);
  });

  it('refuses a server that ignores Range, naming the file, instead of downloading all of it', async () => {
    await expect(readFgbRect(`${NO_RANGE}points.fgb`, { minX: 110, minY: 26, maxX: 112, maxY: 28 })).rejects.toThrow(
      `${NO_RANGE}points.fgb：服务器忽略了 Range 请求（HTTP 200），无法按视野读取 (the server ignored the Range request)`,
    );
    expect(served.requests).toBe(1);
    await expect(readFgbRect(`${BASE}missing.fgb`, { minX: 0, minY: 0, maxX: 1, maxY: 1 })).rejects.toThrow(
      `${BASE}missing.fgb：HTTP 404`,
    );
  });
});
