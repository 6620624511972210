import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { finestLevel, levelRead, padBBox, rectOf } from '../../src/data/read-plan';
import { createDataApi } from '../../src/data/worker/data-api';
import type { BBox } from '../../src/state/store';
import { rangeResponse } from '../helpers/range-response';
import { fixtureFgb, idsInRect, nationalFeatures, streamedHazardDataset } from './fixture';

/**
 * The data worker's first-view start (src/data/worker/first-view.ts): given only the manifest URL and the first
 * view, it starts the reads the layer store will ask for, and those later calls get exactly what a fresh read
 * gives, without another request. A different view, or a grid too dense to stream, starts no feature read.
 */
const BASE = 'http://first-view.test/data/';
const { hazards, agg, files, manifest } = streamedHazardDataset(50_000, 21);
const stations = nationalFeatures('fire-stations', 300, 22);
files.set('fire-stations.fgb', fixtureFgb('fire-stations', stations));
manifest.layers['fire-stations'] = { file: 'fire-stations.fgb', featureCount: stations.length };
manifest.layers['chemical-parks'] = { file: 'missing.fgb', featureCount: 1 };

const requests: string[] = [];
const server = setupServer(
  http.get(`${BASE}manifest.json`, () => {
    requests.push('manifest.json');
    return HttpResponse.json(manifest);
  }),
  http.get(`${BASE}:file`, ({ request, params }) => {
    const file = files.get(String(params.file));
    requests.push(String(params.file));
    if (!file) return new HttpResponse(null, { status: 404 });
    return rangeResponse(request, file);
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  requests.length = 0;
});

const MANIFEST = `${BASE}manifest.json`;
const HAZARDS = `${BASE}hazard-sources.fgb`;
/** a city view round 岳阳 at zoom 9.5 (streams features); a wide one at the same zoom holds too many (grid) */
const CITY: BBox = [112.7, 29.05, 113.5, 29.65];
const DENSE: BBox = [110, 26, 122, 34];

/** Waits until every request the early start made has been answered (no new request for a while). */
async function settled(): Promise<void> {
  let n = -1;
  while (n !== requests.length) {
    n = requests.length;
    await new Promise((r) => setTimeout(r, 150));
  }
}

const ids = (fs: { properties: Record<string, unknown> | null }[]) => fs.map((f) => String(f.properties?.id));

describe('first-view start in the data worker', () => {
  it('gives the layer store the same reads a fresh call gives, with no further request', async () => {
    const api = createDataApi();
    const text = api.fetchText(MANIFEST);
    await api.startFirstView({ manifestUrl: MANIFEST, base: BASE, bounds: CITY, zoom: 9.5 });
    await text;
    await settled();
    expect(requests.filter((r) => r === 'manifest.json')).toHaveLength(1); // one manifest request for both
    const before = requests.length;
    const rect = rectOf(padBBox(CITY));
    if (!agg) throw new Error('the fixture has a grid');
    // the grid read the layer store makes for this view (aggregates.ts readLevel)
    const grid = levelRead(BASE, finestLevel(agg.entry), rect);
    const cells = await api.readAggregates(1, grid.url, grid.rect);
    const hazardsRead = await api.readLayerBBox(2, 'hazard-sources', HAZARDS, rect);
    const stationsRead = await api.loadLayerUrl('fire-stations', `${BASE}fire-stations.fgb`);
    expect(requests.length).toBe(before); // all three were already read

    const fresh = createDataApi();
    expect(ids(hazardsRead.valid)).toEqual(ids((await fresh.readLayerBBox(3, 'hazard-sources', HAZARDS, rect)).valid));
    expect(ids(hazardsRead.valid).sort()).toEqual(idsInRect(hazards, rect)); // brute force
    expect(hazardsRead.valid.length).toBeGreaterThan(100);
    expect(cells).toEqual(await fresh.readAggregates(4, grid.url, grid.rect));
    expect(stationsRead).toEqual(await fresh.loadLayerUrl('fire-stations', `${BASE}fire-stations.fgb`));
    // the analysis sees what the page was given
    expect(await api.kNearest('hazard-sources', [113.1, 29.35], 3)).toEqual(
      await fresh.kNearest('hazard-sources', [113.1, 29.35], 3),
    );
    // a read is taken once: asking again reads again
    await api.readLayerBBox(5, 'hazard-sources', HAZARDS, rect);
    expect(requests.length).toBeGreaterThan(before);
  });

  it('a taken read the page cancels rejects and leaves the analysis as it was', async () => {
    const api = createDataApi();
    void api.fetchText(MANIFEST);
    await api.startFirstView({ manifestUrl: MANIFEST, base: BASE, bounds: CITY, zoom: 9.5 });
    const read = api.readLayerBBox(7, 'hazard-sources', HAZARDS, rectOf(padBBox(CITY)));
    api.cancel(7);
    await expect(read).rejects.toThrow('read cancelled');
    expect(api.loadedCount('hazard-sources')).toBe(0);
  });

  it('a later view that differs from the first is read fresh, and exactly', async () => {
    const api = createDataApi();
    void api.fetchText(MANIFEST);
    await api.startFirstView({ manifestUrl: MANIFEST, base: BASE, bounds: CITY, zoom: 9.5 });
    await settled();
    const before = requests.length;
    const moved: BBox = [112.9, 29.1, 113.7, 29.7];
    const rect = rectOf(padBBox(moved));
    const read = await api.readLayerBBox(1, 'hazard-sources', HAZARDS, rect);
    expect(requests.length).toBeGreaterThan(before);
    expect(ids(read.valid).sort()).toEqual(idsInRect(hazards, rect));
  });

  it('starts no feature read where the grid says the view is too dense, and reports a missing file when taken', async () => {
    const api = createDataApi();
    void api.fetchText(MANIFEST);
    await api.startFirstView({ manifestUrl: MANIFEST, base: BASE, bounds: DENSE, zoom: 9.5 });
    await settled();
    const hazardRequests = requests.filter((r) => r === 'hazard-sources.fgb');
    // the wide view holds more than MAX_STREAMED_FEATURES
    expect(idsInRect(hazards, rectOf(padBBox(DENSE))).length).toBeGreaterThan(10_000);
    expect(hazardRequests).toEqual([]);
    await expect(api.loadLayerUrl('chemical-parks', `${BASE}missing.fgb`)).rejects.toThrow(
      `${BASE}missing.fgb：HTTP 404`,
    );
  });
});
