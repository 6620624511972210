// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reloadData, setDataBase } from '../../src/data/layer-store';
import { LAYER_IDS, RISK_LAYER_IDS } from '../../src/domain/layer-ids';
import { LayerPanel } from '../../src/panels/layer-panel';
import { useAppStore } from '../../src/state/store';
import { FACETS } from '../../src/theme/theme';

/*
 * The layer panel on the REAL data path: src/data/layer-store fetches public/data/manifest.json and every .fgb
 * through msw (a static server with Range support, like `vite preview`), decodes and validates them; with bounds
 * covering the world, the chip counts must equal the manifest's byRiskLevel.
 */
const DATA_DIR = join(process.cwd(), 'public', 'data');
const BASE = 'http://riskatlas.test/data/';
const manifest = JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')) as {
  layers: Record<string, { featureCount: number; byRiskLevel?: Record<string, number>; rejected?: number }>;
};
const requested: string[] = [];
let without: string | null = null;

const server = setupServer(
  http.get(`${BASE}:file`, ({ request, params }) => {
    const name = String(params.file);
    if (!/^[\w.-]+$/.test(name)) return new HttpResponse(null, { status: 400 });
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(join(DATA_DIR, name)));
    } catch {
      return new HttpResponse(null, { status: 404 });
    }
    requested.push(name);
    // `?without=<layer>`: the same data from a dataset that has no such layer (as the national build has no 隐患)
    if (name === 'manifest.json' && without) {
      const m = JSON.parse(new TextDecoder().decode(bytes)) as { layers: Record<string, unknown> };
      delete m.layers[without];
      bytes = new TextEncoder().encode(JSON.stringify(m));
    }
    const type = name.endsWith('.json') ? 'application/json' : 'application/octet-stream';
    const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.get('range') ?? '');
    if (!range) return new HttpResponse(bytes, { status: 200, headers: { 'Content-Type': type } });
    const start = Number(range[1]);
    const end = Math.min(range[2] ? Number(range[2]) : bytes.length - 1, bytes.length - 1);
    if (start >= bytes.length) return new HttpResponse(null, { status: 416 });
    return new HttpResponse(bytes.slice(start, end + 1), {
      status: 206,
      headers: { 'Content-Type': type, 'Content-Range': `bytes ${start}-${end}/${bytes.length}` },
    });
  }),
);

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  setDataBase(BASE);
});
afterAll(() => {
  cleanup();
  server.close();
});

const count = (layer: string, value: string) =>
  Number(screen.getByTestId(`facet-chip-${layer}-${value}`).querySelector('.chip-count')?.textContent);

describe('LayerPanel with the real layer store and public/data', () => {
  it('chip counts equal the manifest byRiskLevel when the bounds cover everything', async () => {
    useAppStore.getState().setView({ lon: 113, lat: 29, zoom: 2 }, [-180, -90, 180, 90]);
    render(<LayerPanel />);
    // every layer loaded: the panel shows each layer's total
    await waitFor(() => expect(document.querySelectorAll('.layer-total')).toHaveLength(LAYER_IDS.length), {
      timeout: 20_000,
    });
    expect(screen.queryAllByRole('alert')).toEqual([]);
    for (const layer of RISK_LAYER_IDS) {
      const want = manifest.layers[layer]?.byRiskLevel ?? {};
      expect(
        Object.values(want).reduce((a, b) => a + b, 0),
        `${layer} has features`,
      ).toBeGreaterThan(0);
      for (const v of FACETS[layer].values)
        expect(count(layer, v.value), `${layer}/${v.value}`).toBe(want[v.value] ?? 0);
    }
    // layers without a risk level: their chips together count every feature in the file
    for (const layer of ['fire-stations', 'protected-targets'] as const) {
      const sum = FACETS[layer].values.reduce((s, v) => s + count(layer, v.value), 0);
      expect(sum, layer).toBe(manifest.layers[layer]?.featureCount);
    }
    expect(requested).toContain('manifest.json');
    for (const layer of LAYER_IDS) expect(requested).toContain(`${layer}.fgb`);
  });
});

describe('LayerPanel with a dataset that lacks a layer', () => {
  it('says the layer is not in this dataset, without an error or a retry, and loads the others', async () => {
    cleanup();
    without = 'hidden-dangers';
    requested.length = 0;
    reloadData();
    render(<LayerPanel />);
    await waitFor(() => expect(document.querySelectorAll('.layer-total')).toHaveLength(LAYER_IDS.length), {
      timeout: 20_000,
    });
    expect(screen.getByTestId('layer-absent-hidden-dangers').textContent).toBe('本数据集不含此图层');
    expect(screen.queryAllByRole('alert')).toEqual([]);
    expect(requested).not.toContain('hidden-dangers.fgb');
    for (const layer of LAYER_IDS.filter((l) => l !== 'hidden-dangers')) {
      expect(screen.queryByTestId(`layer-absent-${layer}`)).toBeNull();
      expect(requested).toContain(`${layer}.fgb`);
    }
    without = null;
  });
});
