import {
  createPropertyExpression,
  featureFilter,
  isExpression,
  type LayerSpecification,
  latest,
  type StyleSpecification,
  validateStyleMin,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS, type LayerId } from '../../src/domain/layer-ids';
import { layersFor, SELECTION_SOURCE, selectionLayers } from '../../src/layers';
import { aggregateLayers } from '../../src/layers/aggregate-layers';
import { boundaryLayers } from '../../src/layers/boundaries';
import { chemicalParkLayers } from '../../src/layers/chemical-parks';
import { clusterLayers } from '../../src/layers/clusters';
import { fireStationLayers } from '../../src/layers/fire-stations';
import { hazardSourceLayers } from '../../src/layers/hazard-sources';
import { hiddenDangerLayers } from '../../src/layers/hidden-dangers';
import { protectedTargetLayers } from '../../src/layers/protected-targets';
import { ABSENT_PROPERTY, dependsOn, SHARED_BINDINGS, withSharedBindings } from '../../src/layers/shared-bindings';
import { tailingsPondLayers } from '../../src/layers/tailings-ponds';
import { offlineBasemapLayers, offlineBasemapStyle } from '../../src/map/basemap-style';
import { type MapMode, mapTheme } from '../../src/theme/map-theme';
import { FACETS } from '../../src/theme/theme';

/**
 * src/layers/shared-bindings.ts: every layer type of the first view compiles to one GPU program, and no layer
 * draws differently for it. The program key is computed the way MapLibre's ProgramConfiguration builds it (one
 * `u_`/`a_`/`z_` entry per paint property the program reads, from the property's expression kind), with the
 * kinds from the style spec's own parser, not from the helper under test.
 */

type Paint = Record<string, unknown>;
const specOf = (group: string, key: string) =>
  (latest as unknown as Record<string, Record<string, { 'property-type'?: string; default?: unknown }>>)[group]?.[key];
const paintOf = (l: LayerSpecification): Paint => ((l as { paint?: Paint }).paint ?? {}) as Paint;
const layoutOf = (l: LayerSpecification): Paint => ((l as { layout?: Paint }).layout ?? {}) as Paint;

/** A paint value as MapLibre reads it: unset is the spec default, an unset fill outline is the fill colour. */
function paintValue(layer: LayerSpecification, key: string, value: unknown): unknown {
  // a plain array (a dash pattern) is a literal, as MapLibre reads it
  if (Array.isArray(value) && !isExpression(value)) return ['literal', value];
  if (value !== undefined) return value;
  if (key === 'fill-outline-color') return paintValue(layer, 'fill-color', paintOf(layer)['fill-color']);
  return specOf(`paint_${layer.type}`, key)?.default;
}

/** u_ (constant or zoom-only: a uniform), a_ (per feature: an attribute), z_ (zoom and feature: two attributes). */
function binder(layer: LayerSpecification, key: string): string {
  const value = paintValue(layer, key, paintOf(layer)[key]);
  if (value === undefined) return 'u_'; // an unset pattern: no default, a uniform
  const e = createPropertyExpression(value, key, specOf(`paint_${layer.type}`, key) as never);
  if (e.result !== 'success') throw new Error(`${layer.id} ${key}: ${JSON.stringify(e.value)}`);
  const kind = (e.value as { kind: string }).kind;
  return kind === 'source' ? 'a_' : kind === 'composite' ? 'z_' : 'u_';
}

/** The paint properties a program of `type` binds: the data-driven ones of the layer type with that prefix. */
function programProperties(layerType: string, prefix: string): string[] {
  const group = (latest as unknown as Record<string, Record<string, { 'property-type'?: string }>>)[
    `paint_${layerType}`
  ];
  return Object.keys(group ?? {})
    .filter((k) => k.startsWith(prefix))
    .filter((k) => /data-driven/.test(group?.[k]?.['property-type'] ?? ''))
    .sort();
}

/** The programs one layer draws with, as `name/binders` keys (MapLibre's getProgram cache key, minus projection). */
function programKeys(layer: LayerSpecification): string[] {
  const paint = paintOf(layer);
  const keyOf = (name: string, props: string[]) => `${name}/${props.map((p) => binder(layer, p) + p).join('/')}`;
  switch (layer.type) {
    case 'circle':
      return [keyOf('circle', programProperties('circle', 'circle-'))];
    case 'fill': {
      const props = programProperties('fill', 'fill-');
      const pattern = paint['fill-pattern'] !== undefined;
      const antialias = paint['fill-antialias'] !== false;
      const name = pattern ? 'fillPattern' : 'fill';
      const outline = pattern ? 'fillOutlinePattern' : 'fillOutline';
      return [keyOf(name, props), ...(antialias ? [keyOf(outline, props)] : [])];
    }
    case 'line': {
      const name = paint['line-dasharray'] !== undefined ? 'lineSDF' : paint['line-pattern'] ? 'linePattern' : 'line';
      return [keyOf(name, programProperties('line', 'line-'))];
    }
    case 'symbol': {
      const layout = layoutOf(layer);
      return [
        ...(layout['text-field'] ? [keyOf('symbolSDF', programProperties('symbol', 'text-'))] : []),
        ...(layout['icon-image'] ? [keyOf('symbolIcon', programProperties('symbol', 'icon-'))] : []),
      ];
    }
    default:
      return [layer.type];
  }
}

/** Everything the overview can draw: basemap, every data layer with its clusters, the grid cells, the selection. */
function overviewLayers(mode: MapMode): LayerSpecification[] {
  const theme = mapTheme(mode);
  const aggregated: LayerId[] = ['hazard-sources', 'protected-targets', 'tailings-ponds', 'fire-stations'];
  return [
    ...offlineBasemapStyle(mode, '/').layers,
    ...LAYER_IDS.flatMap((l) => layersFor(l, theme, [])),
    ...aggregated.flatMap((l) =>
      aggregateLayers(l, theme, { facetKey: FACETS[l].key, facetValues: FACETS[l].values.map((v) => v.value) }, []),
    ),
    ...selectionLayers(theme),
  ];
}

const byProgram = (layers: LayerSpecification[]) => {
  const out = new Map<string, Set<string>>();
  for (const l of layers)
    for (const key of programKeys(l)) {
      const name = key.split('/')[0] ?? key;
      if (!out.has(name)) out.set(name, new Set());
      out.get(name)?.add(key);
    }
  return out;
};

describe('shared bindings: one program per layer type', () => {
  for (const mode of ['light', 'dark'] as MapMode[]) {
    it(`every program of the overview (${mode}) has one binding set`, () => {
      const programs = byProgram(overviewLayers(mode));
      for (const [name, keys] of programs) expect([...keys], name).toHaveLength(1);
      // background, fill (+ its edge), pattern fill, line, dashed line, text, icon, circle: not one per layer
      expect(programs.size).toBeLessThanOrEqual(9);
    });
  }

  it('the raw layers would need several (the test can fail)', () => {
    const theme = mapTheme('light');
    const raw = [
      ...offlineBasemapLayers('light'),
      ...hazardSourceLayers(theme, null),
      ...clusterLayers('hazard-sources', theme),
      ...protectedTargetLayers(theme, null),
    ];
    const programs = byProgram(raw);
    expect(programs.get('circle')?.size).toBeGreaterThan(1);
    expect(programs.get('fill')?.size).toBeGreaterThan(1);
    expect(programs.get('symbolSDF')?.size).toBeGreaterThan(1);
  });

  it('the style validates against the MapLibre style spec', () => {
    const layers = overviewLayers('light');
    const empty = { type: 'FeatureCollection' as const, features: [] };
    const sources: StyleSpecification['sources'] = {};
    for (const l of layers) {
      const src = (l as { source?: string }).source;
      if (src) sources[src] = { type: 'geojson', data: empty };
    }
    sources[SELECTION_SOURCE] = { type: 'geojson', data: empty };
    expect(validateStyleMin({ version: 8, sources, layers })).toEqual([]);
  });
});

/** Property bags that reach every branch the layers read: facets, cluster counts, basemap kinds, absent values. */
function sampleProperties(): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [{}];
  for (const layer of LAYER_IDS)
    for (const v of FACETS[layer].values) out.push({ [FACETS[layer].key]: v.value, grade: '一级', status: '在役' });
  for (const n of [2, 9, 10, 99, 100, 999, 1000, 25_000])
    out.push({ point_count: n, n0: n, n1: 0, n2: 1, n3: 0, count: n, n_red: n, n_blue: 1 });
  for (const kind of ['city', 'county', 'water']) out.push({ kind, strokeweig: 1.5, min_zoom: 3, iso_a2: 'CN' });
  out.push({ iso_a2: 'JP', strokeweig: 0.4 }, { level: 'county' }, { planned: true }, { overdue: true });
  // columns the filters and paints read (a hidden danger's date and stage, a river's min zoom and weight)
  const stage = FACETS['hidden-dangers'].values[0]?.value;
  return out.map((p) => ({ openedDate: '2026-01-01', stage, min_zoom: 2, strokeweig: 1, ...p }));
}

const ZOOMS = [0, 3, 6, 7.5, 9.5, 11, 12, 14, 16, 20, 24];

function evaluate(layer: LayerSpecification, key: string, value: unknown, zoom: number, properties: object) {
  const spec = specOf(`paint_${layer.type}`, key);
  const e = createPropertyExpression(paintValue(layer, key, value), key, spec as never);
  if (e.result !== 'success') throw new Error(`${layer.id} ${key}: ${JSON.stringify(e.value)}`);
  const feature = { type: 1, properties, geometry: [] } as never;
  return JSON.stringify(
    (e.value as { evaluate: (g: object, f: unknown) => unknown }).evaluate({ zoom, globalState: {} }, feature),
  );
}

describe('shared bindings: same drawing', () => {
  const theme = mapTheme('light');
  const raw: LayerSpecification[] = [
    ...offlineBasemapLayers('light'),
    ...offlineBasemapLayers('dark'),
    ...hazardSourceLayers(theme, null),
    ...tailingsPondLayers(theme, null),
    ...chemicalParkLayers(theme, null),
    ...fireStationLayers(theme, null),
    ...protectedTargetLayers(theme, null),
    ...hiddenDangerLayers(theme, null),
    ...boundaryLayers(theme, null),
    ...clusterLayers('hazard-sources', theme),
    ...clusterLayers('protected-targets', theme),
    // the shapes the selection, grid and command layers use: a zoom curve, a data curve, plain constants
    {
      id: 'zoom-curve',
      type: 'circle',
      source: 's',
      paint: { 'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 13, 12, 17, 16, 21] },
    },
    {
      id: 'zoom-step',
      type: 'line',
      source: 's',
      paint: { 'line-width': ['step', ['zoom'], 1, 8, 2, 12, 3] },
    },
    {
      id: 'data-curve',
      type: 'circle',
      source: 's',
      filter: ['has', 'count'],
      paint: { 'circle-radius': ['interpolate', ['linear'], ['ln', ['max', ['get', 'count'], 1]], 0, 5, 9.2, 16] },
    },
  ];

  it('every shared property evaluates as before, at every zoom, for every kind of feature', () => {
    let compared = 0;
    for (const layer of raw) {
      const shared = withSharedBindings(layer);
      const props = Object.keys(SHARED_BINDINGS[layer.type] ?? {});
      if (layer.type === 'fill') props.push('fill-outline-color');
      for (const key of props) {
        const before = paintOf(layer)[key] ?? (key === 'fill-outline-color' ? paintOf(layer)['fill-color'] : undefined);
        const after = paintOf(shared)[key];
        const draws = featureFilter((layer as { filter?: unknown }).filter as never, 'filter');
        for (const zoom of ZOOMS)
          for (const p of sampleProperties()) {
            // only features the layer draws (a cluster layer never sees a feature without point_count)
            if (!draws.filter({ zoom, globalState: {} } as never, { type: 1, properties: p, geometry: [] } as never))
              continue;
            expect(evaluate(shared, key, after, zoom, p), `${layer.id} ${key} z${zoom}`).toBe(
              evaluate(layer, key, before, zoom, p),
            );
            compared++;
          }
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it('leaves layout, filters, other paint properties and other layer types alone', () => {
    for (const layer of raw) {
      const shared = withSharedBindings(layer);
      expect({ ...shared, paint: undefined }).toEqual({ ...layer, paint: undefined });
      const sharedKeys = new Set([...Object.keys(SHARED_BINDINGS[layer.type] ?? {}), 'fill-outline-color']);
      for (const [k, v] of Object.entries(paintOf(layer)))
        if (!sharedKeys.has(k) || paintOf(layer)['fill-pattern'] !== undefined) expect(paintOf(shared)[k]).toEqual(v);
    }
    const bg: LayerSpecification = { id: 'bg', type: 'background', paint: { 'background-color': '#fff' } };
    expect(withSharedBindings(bg)).toBe(bg);
  });

  it('is idempotent', () => {
    for (const layer of raw) expect(withSharedBindings(withSharedBindings(layer))).toEqual(withSharedBindings(layer));
  });

  it('keeps a value it cannot share as it is (a zoom function where a per-feature binding is shared)', () => {
    const zoomColour: LayerSpecification = {
      id: 'zoom-colour',
      type: 'circle',
      source: 's',
      paint: { 'circle-color': ['interpolate', ['linear'], ['zoom'], 5, '#000000', 10, '#ffffff'] },
    };
    expect(paintOf(withSharedBindings(zoomColour))['circle-color']).toEqual(paintOf(zoomColour)['circle-color']);
  });
});

describe('dependsOn', () => {
  it('reads zoom and feature references at any depth, not inside literals', () => {
    expect(dependsOn('#fff')).toEqual({ zoom: false, feature: false });
    expect(dependsOn(['get', 'x'])).toEqual({ zoom: false, feature: true });
    expect(dependsOn(['interpolate', ['linear'], ['zoom'], 0, 1, 5, ['get', 'w']])).toEqual({
      zoom: true,
      feature: true,
    });
    expect(dependsOn(['literal', ['get', 'x']])).toEqual({ zoom: false, feature: false });
    expect(dependsOn(['==', ['geometry-type'], 'Point'])).toEqual({ zoom: false, feature: true });
  });

  it('the placeholder property is absent from every feature the app draws', () => {
    expect(ABSENT_PROPERTY).toContain(':');
  });
});
