// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BBox } from '../../src/state/store';
import { rangeResponse } from '../helpers/range-response';
import { coordsOf, idsInRect, seeded, streamedHazardDataset } from './fixture';

/**
 * Analyses beyond the view on streamed data (src/data/features-around.ts), end to end in node: the real layer store
 * and data client (inline), flatgeobuf's Range reader, msw serving the real file. A box far from the view must give
 * exactly the features a brute-force scan finds in the area read, and must leave the map's features alone.
 */
const BASE = 'http://around.test/data/';
const { hazards, files, manifest } = streamedHazardDataset(50_000, 33);
const ranged: string[] = [];

const server = setupServer(
  http.get(`${BASE}manifest.json`, () => HttpResponse.json(manifest)),
  http.get(`${BASE}:file`, ({ request, params }) => {
    const file = files.get(String(params.file));
    if (!file) return new HttpResponse(null, { status: 404 });
    if (request.headers.get('range')) ranged.push(String(params.file));
    return rangeResponse(request, file);
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const ids = (fs: readonly GeoJSON.Feature[]) => fs.map((f) => String(f.properties?.id)).sort();

describe('features around a box beyond the view (national streaming)', () => {
  it('reads exactly the padded box, leaves the view’s features alone, and reuses the read inside it', async () => {
    vi.resetModules();
    const store = await import('../../src/data/layer-store');
    const { useAppStore } = await import('../../src/state/store');
    const { useFeaturesAround } = await import('../../src/data/features-around');
    const { padBBox } = await import('../../src/data/read-plan');
    store.setDataBase(BASE);

    // a city view around one feature, read by the layer store as the map would
    const rand = seeded(9);
    const [vx, vy] = coordsOf(hazards[Math.floor(rand() * hazards.length)]);
    const view: BBox = [vx - 0.3, vy - 0.2, vx + 0.3, vy + 0.2];
    store.loadData();
    await vi.waitFor(() => expect(store.useDataStore.getState().layers['hazard-sources'].mode).toBe('bbox'));
    act(() => useAppStore.getState().setView({ lon: vx, lat: vy, zoom: 10 }, view));
    await vi.waitFor(() => expect(store.useDataStore.getState().layers['hazard-sources'].status).toBe('ready'), {
      timeout: 30_000,
    });
    const viewIds = ids(store.useDataStore.getState().layers['hazard-sources'].features);
    expect(viewIds.length).toBeGreaterThan(0);

    // a site far from the view (another feature, at least 3° away), grown by a 2 km zone
    let far = coordsOf(hazards[0]);
    for (const h of hazards) {
      const [x, y] = coordsOf(h);
      if (Math.abs(x - vx) > 3 || Math.abs(y - vy) > 3) {
        far = [x, y];
        break;
      }
    }
    const box = (dx: number): BBox => [far[0] - 0.02 + dx, far[1] - 0.018, far[0] + 0.02 + dx, far[1] + 0.018];
    const { result, rerender } = renderHook(
      ({ b }: { b: BBox }) => {
        const hs = store.useLayerFeatures('hazard-sources');
        const loads = { 'hazard-sources': hs };
        return useFeaturesAround(loads, b);
      },
      { initialProps: { b: box(0) } },
    );
    expect(result.current?.status).toBe('loading');
    await waitFor(() => expect(result.current?.status).toBe('ready'), { timeout: 30_000 });
    const [minX, minY, maxX, maxY] = padBBox(box(0));
    expect(ids(result.current?.features['hazard-sources'] ?? [])).toEqual(
      idsInRect(hazards, { minX, minY, maxX, maxY }),
    );
    expect(result.current?.readBeyondView).toEqual(['hazard-sources']);
    // the map's features are still the view's
    expect(ids(store.useDataStore.getState().layers['hazard-sources'].features)).toEqual(viewIds);

    // a small move of the site stays inside the area read: no new request
    const before = ranged.length;
    rerender({ b: box(0.001) });
    await new Promise((r) => setTimeout(r, 400));
    expect(result.current?.status).toBe('ready');
    expect(ranged.length).toBe(before);

    // a box the view holds: the loaded features, no read
    rerender({ b: [vx - 0.01, vy - 0.01, vx + 0.01, vy + 0.01] });
    expect(result.current?.status).toBe('ready');
    expect(result.current?.readBeyondView).toEqual([]);
    expect(ids(result.current?.features['hazard-sources'] ?? [])).toEqual(viewIds);
  });
});
