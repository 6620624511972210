import type { LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import {
  DISTRICT_SOURCE,
  districtLayers,
  POINT_SOURCE,
  pointLayers,
  RESPONDER_SOURCE,
  responderLayers,
  UNCOVERED_SOURCE,
  uncoveredLayers,
  ZONE_LAYER_IDS,
  ZONE_SOURCE,
  zoneLayers,
} from '../../../src/map/command/command-styles';

const all = (): LayerSpecification[] => [
  ...districtLayers(),
  ...uncoveredLayers(),
  ...zoneLayers(),
  ...responderLayers(),
  ...pointLayers(),
];

describe('command map layers', () => {
  it('validate against the MapLibre style spec', () => {
    const empty = { type: 'FeatureCollection' as const, features: [] };
    const sources: StyleSpecification['sources'] = {};
    for (const id of [ZONE_SOURCE, POINT_SOURCE, RESPONDER_SOURCE, DISTRICT_SOURCE, UNCOVERED_SOURCE]) {
      sources[id] = { type: 'geojson', data: empty };
    }
    expect(validateStyleMin({ version: 8, sources, layers: all() })).toEqual([]);
  });

  it('have unique ids, and every zone and station drawn in colour also carries a text label', () => {
    const ids = all().map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    const label = zoneLayers().find((l) => l.id === ZONE_LAYER_IDS.label) as { layout: Record<string, unknown> };
    expect(label.layout['text-field']).toEqual(['get', 'label']);
    for (const layers of [responderLayers(), pointLayers(), districtLayers(), uncoveredLayers()]) {
      expect(layers.some((l) => l.type === 'symbol')).toBe(true);
    }
  });
});
