import type { Feature } from 'geojson';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

/**
 * The map's data feed (src/data/layer-store.ts), with fetch and the FlatGeobuf reader faked: what is tested is the
 * orchestration (manifest → layers, validation counts, error states, bbox streaming), not FGB decoding (tests/data/fgb).
 */
const readFgbBytes = vi.fn<(b: Uint8Array) => Feature[]>();
const readFgbRect = vi.fn();
vi.mock('../../src/data/fgb/read-fgb', () => ({ readFgbBytes }));
vi.mock('../../src/data/fgb/read-fgb-url', () => ({ readFgbRect }));
// A small stand-in for LAYERS[layer].propsSchema: an id and a riskLevel from the four.
vi.mock('../../src/domain', () => {
  const schema = z.object({ id: z.string(), riskLevel: z.enum(['red', 'orange', 'yellow', 'blue']) });
  const ids = ['chemical-parks', 'tailings-ponds', 'hazard-sources', 'protected-targets', 'fire-stations'];
  return { LAYERS: Object.fromEntries(ids.map((id) => [id, { propsSchema: schema }])) };
});

const pt = (properties: Record<string, unknown>): Feature => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates: [113, 29] },
});

const entry = (file: string, featureCount: number) => ({ file, featureCount, bbox: [112, 28, 114, 30] });
const manifest = (layers: Record<string, unknown>) =>
  JSON.stringify({ schemaVersion: 1, dataVersion: '2026-11-22', synthetic: true, public: false, layers });

function serve(files: Record<string, { status?: number; body: string; type?: string }>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const f = files[url];
      if (!f) return new Response('not found', { status: 404, statusText: 'Not Found' });
      return new Response(f.body, {
        status: f.status ?? 200,
        headers: { 'content-type': f.type ?? 'application/octet-stream' },
      });
    }),
  );
}

async function freshStore() {
  vi.resetModules();
  const mod = await import('../../src/data/layer-store');
  const app = await import('../../src/state/store');
  mod.setDataBase('/data/');
  return { ...mod, app };
}

const settle = async (store: Awaited<ReturnType<typeof freshStore>>) =>
  vi.waitFor(() => expect(store.allSettled(store.useDataStore.getState())).toBe(true));

const all = ['chemical-parks', 'tailings-ponds', 'hazard-sources', 'protected-targets', 'fire-stations'];
const smallManifest = () => manifest(Object.fromEntries(all.map((l) => [l, entry(`${l}.fgb`, 2)])));

beforeEach(() => {
  readFgbBytes.mockReset();
  readFgbRect.mockReset();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('layer store', () => {
  it('validates each feature, keeps the valid ones and counts the rest', async () => {
    serve({
      '/data/manifest.json': { body: smallManifest(), type: 'application/json' },
      ...Object.fromEntries(all.map((l) => [`/data/${l}.fgb`, { body: 'fgb' }])),
    });
    readFgbBytes.mockReturnValue([pt({ id: 'A', riskLevel: 'red' }), pt({ id: 'B', riskLevel: 'purple' })]);
    const s = await freshStore();
    s.loadData();
    await settle(s);
    const hz = s.useDataStore.getState().layers['hazard-sources'];
    expect(hz.status).toBe('ready');
    expect(hz.features.map((f) => f.properties?.id)).toEqual(['A']);
    expect(hz.invalid).toBe(1);
    expect(hz.invalidList[0]).toMatchObject({ layer: 'hazard-sources', id: 'B' });
    expect(s.useDataStore.getState().manifest.manifest?.dataVersion).toBe('2026-11-22');
  });

  it('puts every layer in an error state, with the reason, when the manifest is missing', async () => {
    // Vite's dev server answers a missing file with index.html
    serve({ '/data/manifest.json': { body: '<!doctype html><html></html>', type: 'text/html' } });
    const s = await freshStore();
    s.loadData();
    await settle(s);
    const st = s.useDataStore.getState();
    expect(st.manifest.status).toBe('error');
    expect(st.manifest.error).toContain('文件可能不存在');
    for (const l of all) expect(st.layers[l as 'hazard-sources'].status).toBe('error');
  });

  it('reports a missing layer file, marks a layer the manifest lacks as absent (empty, no error), loads the others', async () => {
    const layers = Object.fromEntries(all.filter((l) => l !== 'fire-stations').map((l) => [l, entry(`${l}.fgb`, 1)]));
    serve({
      '/data/manifest.json': { body: manifest(layers), type: 'application/json' },
      ...Object.fromEntries(all.filter((l) => l !== 'tailings-ponds').map((l) => [`/data/${l}.fgb`, { body: 'x' }])),
    });
    readFgbBytes.mockReturnValue([pt({ id: 'A', riskLevel: 'blue' })]);
    const s = await freshStore();
    s.loadData();
    await settle(s);
    const L = s.useDataStore.getState().layers;
    expect(L['tailings-ponds']).toMatchObject({ status: 'error' });
    expect(L['tailings-ponds'].error).toContain('404');
    // a dataset without a layer (the national build has no 隐患) is not a failure to retry
    expect(L['fire-stations']).toMatchObject({ status: 'ready', absent: true, features: [] });
    expect(L['fire-stations'].error).toBeUndefined();
    expect(L['hazard-sources'].status).toBe('ready');
    expect(L['hazard-sources'].absent).toBeUndefined();
  });

  it('streams a layer above 20,000 features by the (padded) view bounds, debounced', async () => {
    const layers = Object.fromEntries(all.map((l) => [l, entry(`${l}.fgb`, l === 'protected-targets' ? 50_000 : 1)]));
    serve({
      '/data/manifest.json': { body: manifest(layers), type: 'application/json' },
      ...Object.fromEntries(all.map((l) => [`/data/${l}.fgb`, { body: 'x' }])),
    });
    readFgbBytes.mockReturnValue([]);
    readFgbRect.mockResolvedValue([pt({ id: 'T1', riskLevel: 'yellow' })]);
    const s = await freshStore();
    s.loadData();
    await vi.waitFor(() => expect(s.useDataStore.getState().layers['hazard-sources'].status).toBe('ready'));
    expect(s.useDataStore.getState().layers['protected-targets'].mode).toBe('bbox');
    expect(readFgbBytes).toHaveBeenCalledTimes(4); // the big layer is never read whole
    // two quick moves: the first bounds known are the first view, which the worker starts reading at once
    // (worker/first-view.ts); of the moves, only the last one is read
    s.app.useAppStore.getState().setView({ lon: 113, lat: 29, zoom: 10 }, [112, 28, 113, 29]);
    s.app.useAppStore.getState().setView({ lon: 113, lat: 29, zoom: 10 }, [112.5, 28.5, 113.5, 29.5]);
    await vi.waitFor(() => expect(s.useDataStore.getState().layers['protected-targets'].status).toBe('ready'));
    expect(readFgbRect).toHaveBeenCalledTimes(2);
    expect((readFgbRect.mock.calls[0] as [string, { minX: number }])[1].minX).toBeCloseTo(111.75);
    const [url, rect] = readFgbRect.mock.calls[1] as [string, { minX: number; maxX: number }];
    expect(url).toBe('/data/protected-targets.fgb');
    expect(rect.minX).toBeCloseTo(112.25);
    expect(rect.maxX).toBeCloseTo(113.75);
    expect(s.useDataStore.getState().layers['protected-targets'].features).toHaveLength(1);
  });
});
