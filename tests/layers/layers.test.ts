import {
  createExpression,
  createPropertyExpression,
  featureFilter,
  type LayerSpecification,
  latest,
  type StyleSpecification,
  validateStyleMin,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../src/domain';
import { LAYER_IDS, type LayerId, RISK_LEVELS } from '../../src/domain/layer-ids';
import {
  facetFilter,
  filterByFacet,
  ICON_IDS,
  interactiveLayerIds,
  isClustered,
  layersFor,
  MAP_DRAW_ORDER,
  SELECTION_SOURCE,
  selectionLayers,
  sourceOptionsFor,
} from '../../src/layers';
import { clusterLayers, WORST_IN_CLUSTER } from '../../src/layers/clusters';
import { ABSENT_PROPERTY } from '../../src/layers/shared-bindings';
import { type MapMode, mapTheme } from '../../src/theme/map-theme';
import { FACETS } from '../../src/theme/theme';

const MODES: MapMode[] = ['light', 'dark'];
const empty = { type: 'FeatureCollection' as const, features: [] };

/** A tiny style with every data source, as the map builds it, plus the given layers. */
function styleWith(layers: LayerSpecification[], mode: MapMode): StyleSpecification {
  const theme = mapTheme(mode);
  const sources: StyleSpecification['sources'] = {
    [SELECTION_SOURCE]: { type: 'geojson', data: empty },
  };
  for (const id of LAYER_IDS) sources[id] = { ...sourceOptionsFor(id, theme), data: empty };
  return { version: 8, sources, layers };
}

const allLayers = (mode: MapMode, hidden: (l: LayerId) => string[] = () => []) => [
  ...LAYER_IDS.flatMap((l) => layersFor(l, mapTheme(mode), hidden(l))),
  ...selectionLayers(mapTheme(mode)),
];

/** Every ['get', key] / ['has', key] in a value, at any depth. */
function propertyRefs(v: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(v)) {
    if ((v[0] === 'get' || v[0] === 'has') && typeof v[1] === 'string' && v.length === 2) out.add(v[1]);
    for (const x of v) propertyRefs(x, out);
  } else if (v && typeof v === 'object') {
    for (const x of Object.values(v)) propertyRefs(x, out);
  }
  return out;
}

describe('layersFor', () => {
  for (const mode of MODES) {
    it(`validates against the MapLibre style spec (${mode}, nothing hidden and some values hidden)`, () => {
      expect(validateStyleMin(styleWith(allLayers(mode), mode))).toEqual([]);
      const someHidden = (l: LayerId) => [FACETS[l].values[0]?.value ?? ''];
      expect(validateStyleMin(styleWith(allLayers(mode, someHidden), mode))).toEqual([]);
    });
  }

  it('gives every layer a unique id and a source that exists', () => {
    const layers = allLayers('light');
    const ids = layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    const sources = new Set([...LAYER_IDS, SELECTION_SOURCE]);
    for (const l of layers) expect(sources.has((l as { source: string }).source)).toBe(true);
  });

  it('reads only real feature properties (domain output columns) and cluster properties', () => {
    for (const layer of LAYER_IDS) {
      const real = new Set(LAYERS[layer].outputColumns.map((c) => c.key));
      const cluster = isClustered(layer) ? ['point_count', 'point_count_abbreviated', WORST_IN_CLUSTER] : [];
      // the shared-binding placeholder is read on purpose and must never be a real column (shared-bindings.ts)
      expect(real).not.toContain(ABSENT_PROPERTY);
      const allowed = new Set([...real, ...cluster, ABSENT_PROPERTY]);
      const hidden = FACETS[layer].values.map((v) => v.value);
      for (const spec of layersFor(layer, mapTheme('light'), hidden)) {
        for (const key of propertyRefs(spec)) expect(allowed, `${spec.id} reads "${key}"`).toContain(key);
      }
      // the facet key itself must be a real column, or hiding a value would silently do nothing
      expect(real).toContain(FACETS[layer].key);
    }
  });

  it('only asks for runtime images that icons.ts draws', () => {
    const globals = { zoom: 12 };
    let checked = 0;
    for (const layer of LAYER_IDS) {
      for (const spec of layersFor(layer, mapTheme('light'), [])) {
        const layout = (spec as { layout?: Record<string, unknown> }).layout ?? {};
        const paint = (spec as { paint?: Record<string, unknown> }).paint ?? {};
        const entries: [string, unknown, 'layout_symbol' | 'paint_fill'][] = [];
        if (layout['icon-image']) entries.push(['icon-image', layout['icon-image'], 'layout_symbol']);
        if (paint['fill-pattern']) entries.push(['fill-pattern', paint['fill-pattern'], 'paint_fill']);
        for (const [prop, value, group] of entries) {
          const specOf = (latest as unknown as Record<string, Record<string, never>>)[group]?.[prop];
          const expr = createPropertyExpression(value, prop, specOf as never);
          expect(expr.result).toBe('success');
          if (expr.result !== 'success') continue;
          checked++;
          const variants = [
            ...RISK_LEVELS.map((riskLevel) => ({ riskLevel })),
            { riskLevel: null },
            { status: '现有' },
            { status: '规划' },
          ];
          for (const properties of variants) {
            const img = expr.value.evaluate(globals, { type: 1, properties } as never);
            expect(ICON_IDS, `${spec.id} ${JSON.stringify(properties)}`).toContain(String(img));
          }
        }
      }
    }
    // tailings icon, park hatch, fire-station icon
    expect(checked).toBe(3);
  });

  it('colours risk layers from RISK via a match on riskLevel', () => {
    const circle = layersFor('hazard-sources', mapTheme('light'), []).find((l) => l.id === 'hazard-sources-point');
    const color = (circle as { paint: Record<string, unknown> }).paint['circle-color'];
    expect(color).toEqual([
      'match',
      ['get', 'riskLevel'],
      'red',
      '#E53935',
      'orange',
      '#FB8C00',
      'yellow',
      '#FDD835',
      'blue',
      '#1E88E5',
      '#9E9E9E',
    ]);
  });

  it('draws every layer exactly once (MAP_DRAW_ORDER is a permutation of LAYER_IDS), hazards above targets', () => {
    expect([...MAP_DRAW_ORDER].sort()).toEqual([...LAYER_IDS].sort());
    expect(MAP_DRAW_ORDER.indexOf('hazard-sources')).toBeGreaterThan(MAP_DRAW_ORDER.indexOf('protected-targets'));
  });

  it('lists interactive layers that exist', () => {
    for (const layer of LAYER_IDS) {
      const ids = new Set(layersFor(layer, mapTheme('light'), []).map((l) => l.id));
      const hit = interactiveLayerIds(layer, mapTheme('light'));
      // 行政区划 are deliberately not clickable: every click is inside one (src/layers/index.ts)
      if (layer === 'boundaries') expect(hit).toEqual([]);
      else expect(hit.length).toBeGreaterThan(0);
      for (const id of hit) expect(ids).toContain(id);
    }
  });
});

describe('facetFilter', () => {
  const evalFilter = (f: ReturnType<typeof facetFilter>, properties: Record<string, unknown>) =>
    featureFilter(f ?? undefined, 'filter').filter({ zoom: 10 }, { type: 1, properties } as never);

  it('is null when nothing is hidden', () => {
    expect(facetFilter('hazard-sources', [])).toBeNull();
  });

  it('hides exactly the hidden values, and keeps features with an unknown value', () => {
    const f = facetFilter('hazard-sources', ['red', 'blue']);
    expect(evalFilter(f, { riskLevel: 'red' })).toBe(false);
    expect(evalFilter(f, { riskLevel: 'blue' })).toBe(false);
    expect(evalFilter(f, { riskLevel: 'orange' })).toBe(true);
    expect(evalFilter(f, { riskLevel: null })).toBe(true);
  });

  it('uses each layer’s own facet key', () => {
    expect(evalFilter(facetFilter('fire-stations', ['规划']), { status: '规划' })).toBe(false);
    expect(evalFilter(facetFilter('fire-stations', ['规划']), { status: '现有' })).toBe(true);
    expect(evalFilter(facetFilter('protected-targets', ['高敏感']), { targetClass: '高敏感' })).toBe(false);
  });

  it('filterByFacet removes the same features from data (for clustered sources)', () => {
    const fs = ['red', 'orange', 'blue'].map((riskLevel) => ({ properties: { riskLevel } }));
    expect(filterByFacet('hazard-sources', fs, ['red']).map((f) => f.properties.riskLevel)).toEqual(['orange', 'blue']);
    expect(filterByFacet('hazard-sources', fs, [])).toHaveLength(3);
  });
});

describe('sourceOptionsFor', () => {
  it('clusters hazard sources and protected targets below z11 only', () => {
    const t = mapTheme('light');
    expect(sourceOptionsFor('hazard-sources', t)).toMatchObject({ cluster: true, clusterMaxZoom: 10 });
    expect(sourceOptionsFor('protected-targets', t)).toMatchObject({ cluster: true, clusterMaxZoom: 10 });
    expect(sourceOptionsFor('fire-stations', t)).not.toHaveProperty('cluster');
  });

  // What MapLibre's GeoJSON worker does with clusterProperties: `[operator, map]` maps each point, then folds the
  // members with `[operator, ['accumulated'], ['get', key]]`; the cluster layer then colours by the result.
  function clusterColour(layer: LayerId, members: (string | null)[]): string {
    const t = mapTheme('light');
    const props = (sourceOptionsFor(layer, t).clusterProperties ?? {}) as Record<string, [string, unknown]>;
    const ok = (e: { result: string; value: unknown }) => {
      if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
      return e.value;
    };
    const acc: Record<string, unknown> = {};
    for (const [key, [op, map]] of Object.entries(props)) {
      const mapE = ok(createExpression(map, `sources.${layer}.clusterProperties.${key}[1]`)) as {
        evaluate: (g: object, f: object) => unknown;
      };
      const reduceE = ok(
        createExpression([op, ['accumulated'], ['get', key]], `sources.${layer}.clusterProperties.${key}[0]`),
      ) as {
        evaluate: (g: object, f: object) => unknown;
      };
      const facetKey = FACETS[layer].key;
      const mapped = members.map((v) => mapE.evaluate({ zoom: 9 }, { properties: { [facetKey]: v } }));
      acc[key] = mapped
        .slice(1)
        .reduce((a, m) => reduceE.evaluate({ zoom: 9, accumulated: a }, { properties: { [key]: m } }), mapped[0]);
    }
    const circle = clusterLayers(layer, t).find((l) => l.type === 'circle') as { paint: Record<string, unknown> };
    const specOf = (latest as unknown as Record<string, Record<string, unknown>>).paint_circle?.['circle-color'];
    const e = ok(createPropertyExpression(circle.paint['circle-color'], 'circle-color', specOf as never)) as {
      evaluate: (g: object, f: object) => { toString(): string };
    };
    return e.evaluate({ zoom: 9 }, { type: 1, properties: { point_count: members.length, ...acc } }).toString();
  }
  const colourOf = (hex: string) => {
    const e = createPropertyExpression(
      hex,
      'circle-color',
      (latest as never as Record<string, Record<string, unknown>>).paint_circle?.['circle-color'] as never,
    );
    return (e.value as { evaluate: (g: object) => { toString(): string } }).evaluate({ zoom: 9 }).toString();
  };

  it('colours a hazard cluster by the most severe level among its members, whatever their order', () => {
    const t = mapTheme('light');
    const fill = (v: string) => colourOf(t.facets['hazard-sources'].values.find((x) => x.value === v)?.fill ?? '');
    expect(clusterColour('hazard-sources', ['blue', 'yellow', 'red', 'blue'])).toBe(fill('red'));
    expect(clusterColour('hazard-sources', ['blue', 'orange', 'yellow'])).toBe(fill('orange'));
    expect(clusterColour('hazard-sources', ['yellow', 'blue'])).toBe(fill('yellow'));
    expect(clusterColour('hazard-sources', ['blue', 'blue'])).toBe(fill('blue'));
    // members with no (or an unknown) level: the unknown colour, unless a known level is present
    expect(clusterColour('hazard-sources', [null, 'purple'])).toBe(colourOf(t.unknown));
    expect(clusterColour('hazard-sources', [null, 'blue'])).toBe(fill('blue'));
  });

  it('keeps protected-target clusters neutral and computes nothing for them', () => {
    const t = mapTheme('light');
    expect(sourceOptionsFor('protected-targets', t)).not.toHaveProperty('clusterProperties');
    expect(clusterColour('protected-targets', ['一类', '二类'])).toBe(colourOf(t.neutralCluster));
  });
});
