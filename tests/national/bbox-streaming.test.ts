import type { Feature, Point } from 'geojson';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_STREAMED_FEATURES, WHOLE_LEVEL_BYTES } from '../../src/data/read-plan';
import type { LayerId } from '../../src/domain/layer-ids';
import { rangeResponse } from '../helpers/range-response';
import { coordsOf, idsInRect, seeded, streamedHazardDataset } from './fixture';

/**
 * The app's bbox path end to end, in node: the layer store (src/data/layer-store.ts) reads a 50,000-point
 * national-style hazard layer through the data client (inline here: node has no Web Worker) and flatgeobuf's
 * HTTP Range reader, from msw serving the real file bytes. Every view must give exactly the features a brute-force
 * scan finds in the padded view; below city zoom, no feature is read and the grid counts equal a brute-force count.
 */
const BASE = 'http://national.test/data/';
const { hazards, agg, files, manifest } = streamedHazardDataset(50_000, 21);

/** Requests and body bytes per file, reset before each test. */
const served = new Map<string, { requests: number; bytes: number; ranged: number }>();

const server = setupServer(
  http.get(`${BASE}manifest.json`, () => HttpResponse.json(manifest)),
  http.get(`${BASE}:file`, ({ request, params }) => {
    const name = String(params.file);
    const file = files.get(name);
    if (!file) return new HttpResponse(null, { status: 404 });
    const s = served.get(name) ?? { requests: 0, bytes: 0, ranged: 0 };
    served.set(name, s);
    s.requests++;
    return rangeResponse(request, file, {
      onBody: (bytes, ranged) => {
        s.bytes += bytes;
        if (ranged) s.ranged++;
      },
    });
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => served.clear());

async function freshStore() {
  vi.resetModules();
  const store = await import('../../src/data/layer-store');
  const app = await import('../../src/state/store');
  const aggregates = await import('../../src/data/aggregates');
  store.setDataBase(BASE);
  return { ...store, app, aggregates };
}
type Store = Awaited<ReturnType<typeof freshStore>>;

/** Resolves when `layer` next goes from loading to ready (the read for the view just set). */
function nextReady(s: Store, layer: LayerId): Promise<void> {
  return new Promise((resolve, reject) => {
    let sawLoading = false;
    const timer = setTimeout(() => reject(new Error(`${layer} did not load`)), 30_000);
    const unsubscribe = s.useDataStore.subscribe((st) => {
      const l = st.layers[layer];
      if (l.status === 'loading') sawLoading = true;
      else if (sawLoading && l.status === 'ready') {
        clearTimeout(timer);
        unsubscribe();
        resolve();
      } else if (l.status === 'error') {
        clearTimeout(timer);
        unsubscribe();
        reject(new Error(l.error));
      }
    });
  });
}

async function show(s: Store, lon: number, lat: number, zoom: number, half: [number, number]) {
  const bounds: [number, number, number, number] = [lon - half[0], lat - half[1], lon + half[0], lat + half[1]];
  const ready = nextReady(s, 'hazard-sources');
  s.app.useAppStore.getState().setView({ lon, lat, zoom }, bounds);
  await ready;
  const [minX, minY, maxX, maxY] = s.padBBox(bounds);
  return { minX, minY, maxX, maxY };
}

const hazardIds = (s: Store) =>
  s.useDataStore
    .getState()
    .layers['hazard-sources'].features.map((f) => String(f.properties?.id))
    .sort();

describe('national bbox streaming through the layer store', () => {
  it('returns exactly the features in the padded view, for 8 city views, reading a small part of the file', async () => {
    const s = await freshStore();
    s.loadData();
    await vi.waitFor(() => expect(s.useDataStore.getState().layers['hazard-sources'].mode).toBe('bbox'));
    const rand = seeded(5);
    const size = files.get('hazard-sources.fgb')?.byteLength ?? 0;
    let total = 0;
    let previous: { minX: number; minY: number; maxX: number; maxY: number } | null = null;
    for (let i = 0; i < 8; i++) {
      // centred on a feature (the data gather round cities), a city-sized view at zoom 9–12
      const centre = coordsOf(hazards[Math.floor(rand() * hazards.length)]);
      const zoom = 9 + rand() * 3;
      const half: [number, number] = [0.2 + rand() * 0.8, 0.15 + rand() * 0.6];
      const [cx = 0, cy = 0] = centre;
      const p = previous;
      // a view inside the area already read is (rightly) not read again: that case has its own test
      if (p && cx - half[0] >= p.minX && cx + half[0] <= p.maxX && cy - half[1] >= p.minY && cy + half[1] <= p.maxY) {
        i--;
        continue;
      }
      served.clear();
      const rect = await show(s, cx, cy, zoom, half);
      previous = rect;
      const got = hazardIds(s);
      expect(got, `view ${i} ${JSON.stringify(rect)}`).toEqual(idsInRect(hazards, rect));
      expect(s.useDataStore.getState().layers['hazard-sources'].invalid).toBe(0);
      const read = served.get('hazard-sources.fgb');
      expect(read?.ranged).toBe(read?.requests); // Range requests only, never the whole file
      expect(read?.bytes ?? 0).toBeLessThan(size / 4);
      total += got.length;
    }
    expect(total).toBeGreaterThan(1_000); // the views were not empty
  });

  it('does not read again for a pan or zoom that stays inside the area already read', async () => {
    const s = await freshStore();
    s.loadData();
    await vi.waitFor(() => expect(s.useDataStore.getState().layers['hazard-sources'].mode).toBe('bbox'));
    const rect = await show(s, 113.1, 29.35, 9.5, [0.4, 0.3]);
    const before = s.useDataStore.getState().layers['hazard-sources'].features;
    expect(hazardIds(s)).toEqual(idsInRect(hazards, rect));
    served.clear();
    // a quarter-view pan, then a zoom in: both inside the padded rect read for the first view
    s.app.useAppStore.getState().setView({ lon: 113.2, lat: 29.35, zoom: 9.5 }, [112.8, 29.05, 113.6, 29.65]);
    s.app.useAppStore.getState().setView({ lon: 113.2, lat: 29.4, zoom: 11 }, [113.05, 29.3, 113.35, 29.5]);
    await new Promise((r) => setTimeout(r, 600)); // past the debounce
    expect(served.size).toBe(0);
    expect(s.useDataStore.getState().layers['hazard-sources'].features).toBe(before);
    // leaving it reads again
    const moved = await show(s, 114.3, 30.6, 9.5, [0.4, 0.3]);
    expect(hazardIds(s)).toEqual(idsInRect(hazards, moved));
    expect(served.get('hazard-sources.fgb')?.ranged).toBeGreaterThan(0);
  });

  it('below city zoom (or in too dense a view) reads no feature, only grid counts equal to a brute-force count', async () => {
    const s = await freshStore();
    s.loadData();
    await vi.waitFor(() => expect(s.useDataStore.getState().layers['hazard-sources'].mode).toBe('bbox'));
    const levels = agg?.entry.levels ?? [];
    const cases = [
      { zoom: 4.5, lon: 110, lat: 33, half: [40, 16] as [number, number] },
      { zoom: 6.5, lon: 113, lat: 29, half: [10, 6] as [number, number] },
      { zoom: 8.5, lon: 121, lat: 31, half: [2.5, 1.6] as [number, number] },
    ];
    for (const c of cases) {
      served.clear();
      const rect = await show(s, c.lon, c.lat, c.zoom, c.half);
      const layer = s.useDataStore.getState().layers['hazard-sources'];
      expect(layer.features).toEqual([]);
      expect(served.get('hazard-sources.fgb')).toBeUndefined();
      const cellsLoad = s.aggregates.useAggregateStore.getState()['hazard-sources'];
      const level = levels.find((l) => l.minZoom <= c.zoom && c.zoom < l.maxZoom);
      expect(cellsLoad.level?.cellDeg).toBe(level?.cellDeg);
      const size = level?.cellDeg ?? 1;
      // brute force: every feature's cell, kept if the cell's centre is in the rect (small levels are read whole)
      const whole = (level?.bytes ?? 0) <= WHOLE_LEVEL_BYTES;
      const want = new Map<string, number>();
      for (const f of hazards) {
        const [x = 0, y = 0] = (f.geometry as Point).coordinates;
        const ix = Math.floor(x / size);
        const iy = Math.floor(y / size);
        const cx = (ix + 0.5) * size;
        const cy = (iy + 0.5) * size;
        if (!whole && (cx < rect.minX || cx > rect.maxX || cy < rect.minY || cy > rect.maxY)) continue;
        want.set(`${ix},${iy}`, (want.get(`${ix},${iy}`) ?? 0) + 1);
      }
      const got = new Map(
        cellsLoad.cells.map((f: Feature) => [String(f.properties?.cell), Number(f.properties?.count)]),
      );
      expect(got, `zoom ${c.zoom}`).toEqual(want);
      expect(got.size).toBeGreaterThan(0);
    }
    // at city zoom, a view holding more than MAX_STREAMED_FEATURES keeps the finest grid instead of streaming
    served.clear();
    const wide = await show(s, 116, 32, 9.5, [8, 6]);
    expect(idsInRect(hazards, wide).length).toBeGreaterThan(MAX_STREAMED_FEATURES);
    expect(s.useDataStore.getState().layers['hazard-sources'].features).toEqual([]);
    expect(served.get('hazard-sources.fgb')).toBeUndefined();
    expect(s.aggregates.useAggregateStore.getState()['hazard-sources'].level?.cellDeg).toBe(0.0625);
    // and back at an ordinary city view the features stream again and the cells go
    const rect = await show(s, 121.47, 31.23, 10, [0.3, 0.2]);
    expect(hazardIds(s)).toEqual(idsInRect(hazards, rect));
    expect(s.aggregates.useAggregateStore.getState()['hazard-sources'].status).toBe('idle');
  });
});
