// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import type { Feature, FeatureCollection } from 'geojson';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleLayer } from './sample-data';

/** <DataLayers/> with MapLibre's React binding replaced by a recorder: the county drill-down must reach the data. */
const sources = new Map<string, { data?: FeatureCollection }>();
vi.mock('@vis.gl/react-maplibre', () => ({
  Source: (p: { id: string; data?: FeatureCollection; children?: ReactNode }) => {
    sources.set(p.id, p);
    return <>{p.children}</>;
  },
  Layer: () => null,
  useMap: () => ({ current: undefined }),
}));

const layers: Record<string, Feature[]> = {};
vi.mock('../../src/data/layer-store', () => ({
  useLayerFeatures: (layer: string) => ({ status: 'ready', features: layers[layer] ?? [], invalid: 0 }),
  useManifest: () => ({ status: 'ready', manifest: null }),
}));

const { DataLayers } = await import('../../src/map/data-layers');
const { useAppStore } = await import('../../src/state/store');
const { mapTheme } = await import('../../src/theme/map-theme');

for (const l of ['boundaries', 'hazard-sources', 'protected-targets', 'hidden-dangers'] as const) {
  layers[l] = sampleLayer(l) as Feature[];
}

beforeEach(() => {
  sources.clear();
  useAppStore.setState(useAppStore.getInitialState(), true);
});
afterEach(() => cleanup());

const ids = (layer: string) => (sources.get(layer)?.data?.features ?? []).map((f) => f.properties?.adcode);

describe('<DataLayers/> and the county drill-down', () => {
  it('feeds each source only the chosen county’s features (clustered or not); areas stay whole', () => {
    render(<DataLayers theme={mapTheme('light')} />);
    expect(ids('hazard-sources')).toHaveLength(layers['hazard-sources']?.length ?? -1);
    act(() => useAppStore.getState().setCounty('430626'));
    for (const l of ['hazard-sources', 'protected-targets', 'hidden-dangers']) {
      const expected = (layers[l] ?? []).filter((f) => f.properties?.adcode === '430626').length;
      expect(expected, l).toBeGreaterThan(0);
      expect(ids(l), l).toEqual(new Array(expected).fill('430626'));
    }
    expect(ids('boundaries')).toHaveLength(10);
    act(() => useAppStore.getState().setCounty('999999'));
    expect(ids('hazard-sources')).toHaveLength(layers['hazard-sources']?.length ?? -1);
  });
});
