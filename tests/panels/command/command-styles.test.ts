import type { LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { expression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import {
  DISTRICT_SOURCE,
  districtLayers,
  POINT_SOURCE,
  pointLayers,
  RESPONDER_SOURCE,
  responderLayers,
  UNCOVERED_CLUSTER_MAX_ZOOM,
  UNCOVERED_SOURCE,
  UNCOVERED_SOURCE_OPTIONS,
  uncoveredLayers,
  ZONE_LAYER_IDS,
  ZONE_SOURCE,
  zoneLayers,
} from '../../../src/map/command/command-styles';

const all = (): LayerSpecification[] => [
  ...districtLayers(),
  ...uncoveredLayers('辖区外'),
  ...zoneLayers(),
  ...responderLayers(),
  ...pointLayers(),
];

describe('command map layers', () => {
  it('validate against the MapLibre style spec', () => {
    const empty = { type: 'FeatureCollection' as const, features: [] };
    const sources: StyleSpecification['sources'] = {};
    for (const id of [ZONE_SOURCE, POINT_SOURCE, RESPONDER_SOURCE, DISTRICT_SOURCE]) {
      sources[id] = { type: 'geojson', data: empty };
    }
    sources[UNCOVERED_SOURCE] = { type: 'geojson', data: empty, ...UNCOVERED_SOURCE_OPTIONS };
    expect(validateStyleMin({ version: 8, sources, layers: all() })).toEqual([]);
  });

  it('have unique ids, and every zone and station drawn in colour also carries a text label', () => {
    const ids = all().map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    const label = zoneLayers().find((l) => l.id === ZONE_LAYER_IDS.label) as { layout: Record<string, unknown> };
    expect(label.layout['text-field']).toEqual(['get', 'label']);
    for (const layers of [responderLayers(), pointLayers(), districtLayers(), uncoveredLayers('辖区外')]) {
      expect(layers.some((l) => l.type === 'symbol')).toBe(true);
    }
  });

  it('cluster the risk objects outside every district up to z12, a ring and a "辖区外 N" label a cluster', () => {
    expect(UNCOVERED_SOURCE_OPTIONS).toMatchObject({ cluster: true, clusterMaxZoom: UNCOVERED_CLUSTER_MAX_ZOOM });
    expect(UNCOVERED_CLUSTER_MAX_ZOOM).toBe(12);
    const layers = uncoveredLayers('Outside');
    const evaluate = (id: string, key: 'filter' | 'text-field', props: Record<string, unknown>) => {
      const layer = layers.find((l) => l.id === id) as { filter?: unknown; layout?: Record<string, unknown> };
      const spec = key === 'filter' ? layer.filter : layer.layout?.['text-field'];
      const e = expression.createExpression(spec, `layers.${id}.${key}`);
      if (e.result !== 'success') throw new Error(`${id} ${key}: ${JSON.stringify(e.value)}`);
      return e.value.evaluate({ zoom: 11 }, { type: 'Point', properties: props } as never);
    };
    const cluster = { cluster: true, point_count: 23, point_count_abbreviated: '23' };
    const single = { id: 'WXY-1' };
    expect(evaluate('coverage-uncovered-cluster', 'filter', cluster)).toBe(true);
    expect(evaluate('coverage-uncovered-cluster', 'filter', single)).toBe(false);
    expect(evaluate('coverage-uncovered-ring', 'filter', cluster)).toBe(false);
    expect(evaluate('coverage-uncovered-ring', 'filter', single)).toBe(true);
    expect(String(evaluate('coverage-uncovered-cluster-count', 'text-field', cluster))).toBe('Outside 23');
    expect(String(evaluate('coverage-uncovered-label', 'text-field', single))).toBe('Outside');
  });
});
