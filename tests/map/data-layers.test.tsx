// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import type { Feature } from 'geojson';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * <DataLayers/> wiring with MapLibre's React binding replaced by recorders (jsdom has no WebGL): store intent
 * (visible layers, hidden facet values, selection) must reach the <Source>/<Layer> props.
 */
const sources = new Map<string, Record<string, unknown>>();
const layers = new Map<string, Record<string, unknown>>();
vi.mock('@vis.gl/react-maplibre', () => ({
  Source: (p: { id: string; children?: ReactNode }) => {
    sources.set(p.id, p);
    return <>{p.children}</>;
  },
  Layer: (p: { id: string }) => {
    layers.set(p.id, p);
    return null;
  },
}));

const features: Record<string, Feature[]> = {};
vi.mock('../../src/data/layer-store', () => ({
  useLayerFeatures: (layer: string) => ({ status: 'ready', features: features[layer] ?? [], invalid: 0 }),
}));

const { DataLayers } = await import('../../src/map/data-layers');
const { useAppStore } = await import('../../src/state/store');
const { mapTheme } = await import('../../src/theme/map-theme');

const pt = (id: string, riskLevel: string): Feature => ({
  type: 'Feature',
  properties: { id, name: id, riskLevel, grade: '一级' },
  geometry: { type: 'Point', coordinates: [113, 29] },
});

beforeEach(() => {
  sources.clear();
  layers.clear();
  features['hazard-sources'] = [pt('H1', 'red'), pt('H2', 'blue')];
  features['tailings-ponds'] = [pt('T1', 'yellow')];
});
afterEach(cleanup);

const visibilityOf = (id: string) => (layers.get(id)?.layout as { visibility?: string } | undefined)?.visibility;
const dataOf = (id: string) => (sources.get(id)?.data as { features: Feature[] } | undefined)?.features ?? [];

describe('<DataLayers/>', () => {
  it('hides a layer through layout.visibility and a facet value through the filter', () => {
    useAppStore.setState((s) => ({
      visibleLayers: { ...s.visibleLayers, 'tailings-ponds': false },
      hiddenValues: { ...s.hiddenValues, 'tailings-ponds': ['yellow'] },
    }));
    render(<DataLayers theme={mapTheme('light')} />);
    expect(visibilityOf('tailings-ponds-icon')).toBe('none');
    expect(visibilityOf('hazard-sources-point')).toBe('visible');
    expect(JSON.stringify(layers.get('tailings-ponds-icon')?.filter)).toContain('yellow');
  });

  it('drops hidden values from the data of a clustered layer, so cluster counts match what is shown', () => {
    useAppStore.setState((s) => ({ hiddenValues: { ...s.hiddenValues, 'hazard-sources': ['red'] } }));
    render(<DataLayers theme={mapTheme('light')} />);
    expect(sources.get('hazard-sources')?.cluster).toBe(true);
    expect(dataOf('hazard-sources').map((f) => f.properties?.id)).toEqual(['H2']);
    expect(dataOf('tailings-ponds')).toHaveLength(1); // not clustered: filtered by the layer filter instead
  });

  it('copies the selected feature into the selection source, even when its value is hidden', () => {
    useAppStore.setState({ selected: { layer: 'hazard-sources', id: 'H1' } });
    render(<DataLayers theme={mapTheme('light')} />);
    expect(dataOf('selection').map((f) => f.properties?.id)).toEqual(['H1']);
    expect(layers.has('selection-halo')).toBe(true);
  });
});
