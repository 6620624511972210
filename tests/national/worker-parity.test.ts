import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type Remote, releaseProxy, wrap } from 'comlink';
import type { Feature, Point, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type StaticServer, serveStatic } from '../../scripts/bench/national-server';
import { layerAggregates } from '../../scripts/lib/aggregates';
import { geodesicDistance } from '../../src/analysis/geodesic-distance';
import { createDataApi, type DataApi, ReadCancelled } from '../../src/data/worker/data-api';
import { createDataClient } from '../../src/data/worker/data-client';
import { coordsOf, fixtureFgb, idsInRect, nationalFeatures, seeded } from './fixture';

/**
 * The data worker's functions give the same answers on the main thread (inline, as in node and as the fallback)
 * and through comlink in a worker thread: same module, but the comlink path also proves every result survives the
 * structured clone. Reads go over real HTTP with Range (msw cannot reach into a worker thread).
 */
const hazards = nationalFeatures('hazard-sources', 20_000, 31);
const stations = nationalFeatures('fire-stations', 3_000, 32);
const targets = nationalFeatures('protected-targets', 8_000, 33);
const dir = mkdtempSync(join(tmpdir(), 'riskatlas-parity-'));
writeFileSync(join(dir, 'hazard-sources.fgb'), fixtureFgb('hazard-sources', hazards));
writeFileSync(join(dir, 'fire-stations.fgb'), fixtureFgb('fire-stations', stations));
writeFileSync(join(dir, 'protected-targets.fgb'), fixtureFgb('protected-targets', targets));
for (const [name, bytes] of layerAggregates('hazard-sources', hazards)?.files ?? [])
  writeFileSync(join(dir, name), bytes);

let server: StaticServer;
let worker: Worker;
let remote: Remote<DataApi>;
const inline = createDataApi();
const url = (file: string) => `${server.url}/data/${file}`;
const WORLD = { minX: -180, minY: -90, maxX: 180, maxY: 90 };

beforeAll(async () => {
  server = await serveStatic([{ prefix: '/data/', dir }]);
  worker = new Worker(new URL('./data-worker-boot.mjs', import.meta.url));
  const { nodeEndpoint } = await import('./node-endpoint');
  remote = wrap<DataApi>(nodeEndpoint(worker));
});
afterAll(async () => {
  remote?.[releaseProxy]();
  await worker?.terminate();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const origins = (n: number, seed: number): Position[] => {
  const rand = seeded(seed);
  return Array.from({ length: n }, () => {
    const p = coordsOf(hazards[Math.floor(rand() * hazards.length)]);
    return [(p[0] ?? 0) + (rand() - 0.5) * 0.1, (p[1] ?? 0) + (rand() - 0.5) * 0.1];
  });
};

describe('data worker: main thread and comlink worker agree', () => {
  it('bbox reads: identical features and validation counts, equal to a brute-force scan', async () => {
    const rand = seeded(9);
    for (let i = 0; i < 6; i++) {
      const c = coordsOf(hazards[Math.floor(rand() * hazards.length)]);
      const rect = {
        minX: (c[0] ?? 0) - 0.8,
        minY: (c[1] ?? 0) - 0.5,
        maxX: (c[0] ?? 0) + 0.8,
        maxY: (c[1] ?? 0) + 0.5,
      };
      const a = await inline.readLayerBBox(i, 'hazard-sources', url('hazard-sources.fgb'), rect);
      const b = await remote.readLayerBBox(i, 'hazard-sources', url('hazard-sources.fgb'), rect);
      expect(b).toEqual(a);
      expect(a.valid.map((f) => String(f.properties?.id)).sort()).toEqual(idsInRect(hazards, rect));
      expect(a.invalid).toBe(0);
    }
  });

  it('aggregate reads and whole-file parses are identical', async () => {
    const file = url('hazard-sources.agg-0.25.fgb');
    const rect = { minX: 110, minY: 25, maxX: 118, maxY: 32 };
    expect(await remote.readAggregates(1, file, rect)).toEqual(await inline.readAggregates(1, file, rect));
    expect(await remote.readAggregates(2, file, null)).toEqual(await inline.readAggregates(2, file, null));
    const a = await inline.loadLayerUrl('fire-stations', url('fire-stations.fgb'));
    const b = await remote.loadLayerUrl('fire-stations', url('fire-stations.fgb'));
    expect(b).toEqual(a);
    expect(a.valid).toHaveLength(stations.length);
  });

  it('analysis over the loaded features: k-nearest, nearest station, targets in radii, siting', async () => {
    // load the same areas on both sides: hazards of a region (湘鄂赣), every station and target
    const region = { minX: 111, minY: 27, maxX: 117, maxY: 31 };
    const inRegion = ([x = 0, y = 0]: Position) =>
      x > region.minX && x < region.maxX && y > region.minY && y < region.maxY;
    let loadedHazards: Feature[] = [];
    for (const api of [inline, remote]) {
      loadedHazards = (await api.readLayerBBox(10, 'hazard-sources', url('hazard-sources.fgb'), region)).valid;
      await api.readLayerBBox(11, 'fire-stations', url('fire-stations.fgb'), WORLD);
      await api.readLayerBBox(12, 'protected-targets', url('protected-targets.fgb'), WORLD);
    }
    expect(await remote.loadedCount('hazard-sources')).toBe(inline.loadedCount('hazard-sources'));

    const sites = origins(200, 4).filter(inRegion).slice(0, 8);
    expect(sites.length).toBe(8);
    for (const o of sites) {
      const knn = await inline.kNearest('hazard-sources', o, 10);
      expect(await remote.kNearest('hazard-sources', o, 10)).toEqual(knn);
      // and right: the 10 smallest exact distances of a brute-force scan
      const brute = loadedHazards
        .map((f) => geodesicDistance(o, (f.geometry as Point).coordinates))
        .sort((x, y) => x - y)
        .slice(0, 10);
      expect(knn.map((n) => n.meters)).toEqual(brute);

      expect(await remote.nearestFireStation(o)).toEqual(await inline.nearestFireStation(o));
      expect(await remote.targetsWithinRadii(o, [500, 1000, 5000])).toEqual(
        await inline.targetsWithinRadii(o, [500, 1000, 5000]),
      );
      const query = {
        site: { type: 'Point' as const, coordinates: o },
        development: { category: '学校', people: 800 },
      };
      expect(await remote.checkSiting(query)).toEqual(await inline.checkSiting(query));
    }
  });

  it('the page-side client falls back to the page when the worker cannot start, and the read still succeeds', async () => {
    // a Worker whose script never loads (blocked by a Content-Security-Policy, a 404…): it only ever fires 'error'
    class BrokenWorker extends EventTarget {
      postMessage() {}
      terminate() {}
      constructor() {
        super();
        setTimeout(() => this.dispatchEvent(new Event('error')), 20);
      }
    }
    vi.stubGlobal('Worker', BrokenWorker);
    try {
      const client = createDataClient('worker');
      expect(client.mode).toBe('worker');
      const r = await client.readLayerBBox('fire-stations', url('fire-stations.fgb'), WORLD);
      expect(client.mode).toBe('inline');
      expect(r.valid).toHaveLength(stations.length);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('cancelling a whole aggregate level aborts its download, not only the wait for it', async () => {
    const file = url('hazard-sources.agg-0.25.fgb');
    const signals: (AbortSignal | null | undefined)[] = [];
    const realFetch = globalThis.fetch;
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input) === file) signals.push(init?.signal);
      return realFetch(input, init);
    });
    try {
      const read = inline.readAggregates(40, file, null);
      inline.cancel(40);
      await expect(read).rejects.toThrow(ReadCancelled);
      expect(signals).toHaveLength(1);
      expect(signals[0]?.aborted).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('the page-side client cancels a read when its signal aborts', async () => {
    const client = createDataClient('inline');
    expect(client.mode).toBe('inline');
    const ctl = new AbortController();
    const read = client.readLayerBBox('hazard-sources', url('hazard-sources.fgb'), WORLD, ctl.signal);
    ctl.abort(new Error('view moved'));
    await expect(read).rejects.toThrow('view moved');
    const r = await client.readLayerBBox('fire-stations', url('fire-stations.fgb'), WORLD);
    expect(r.valid).toHaveLength(stations.length);
  });
});
