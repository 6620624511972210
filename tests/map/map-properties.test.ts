import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../src/domain/layer-ids';
import { layersFor, sourceOptionsFor } from '../../src/layers';
import { styleKeys, withPropertiesOnly } from '../../src/map/map-properties';
import { TOOLTIP_KEYS } from '../../src/map/tooltip-text';
import { mapTheme } from '../../src/theme/map-theme';
import { FACETS } from '../../src/theme/theme';

describe('styleKeys', () => {
  it('finds get/has keys anywhere, including inside nested expressions and objects', () => {
    const keys = styleKeys(
      { paint: { 'circle-color': ['match', ['get', 'riskLevel'], 'red', '#f00', '#000'] } },
      { filter: ['all', ['has', 'name'], ['==', ['get', 'status'], '规划']] },
      { clusterProperties: { n0: ['+', ['case', ['==', ['get', 'grade'], '一级'], 1, 0]] } },
    );
    expect([...keys].sort()).toEqual(['grade', 'name', 'riskLevel', 'status']);
  });

  it('ignores the three-argument get (an object lookup, not a property)', () => {
    expect([...styleKeys(['get', 'a', ['literal', { a: 1 }]])]).toEqual([]);
  });
});

describe('what the map sources keep', () => {
  for (const mode of ['light', 'dark'] as const) {
    for (const layer of LAYER_IDS) {
      it(`${layer} (${mode}): every key the style reads, with any chip hidden, is kept`, () => {
        const theme = mapTheme(mode);
        const kept = new Set([
          ...styleKeys(layersFor(layer, theme, []), sourceOptionsFor(layer, theme)),
          ...TOOLTIP_KEYS,
          FACETS[layer].key,
        ]);
        // the same construction as src/map/data-layers.tsx; the style with every facet value hidden must need nothing more
        const allHidden = FACETS[layer].values.map((v) => v.value);
        for (const k of styleKeys(layersFor(layer, theme, allHidden))) expect(kept).toContain(k);
      });
    }
  }
});

describe('withPropertiesOnly', () => {
  const f: Feature = {
    type: 'Feature',
    id: 7,
    geometry: { type: 'Point', coordinates: [113, 29] },
    properties: { id: 'WX-1', name: '甲', riskLevel: 'red', gradeBasis: 'R = 31.2 → 三级…', contact: '张三' },
  };

  it('keeps only the asked keys, the geometry and the feature id', () => {
    const keys = new Set(['id', 'name', 'riskLevel', 'absent']);
    const [slim] = withPropertiesOnly([f], keys);
    expect(slim?.properties).toEqual({ id: 'WX-1', name: '甲', riskLevel: 'red' });
    expect(slim?.geometry).toBe(f.geometry);
    expect(slim?.id).toBe(7);
    expect(f.properties?.gradeBasis).toBeDefined(); // the original is untouched
  });

  it('reuses the copy for the same key set and makes a new one for another', () => {
    const a = new Set(['id']);
    const b = new Set(['id', 'name']);
    expect(withPropertiesOnly([f], a)[0]).toBe(withPropertiesOnly([f], a)[0]);
    expect(withPropertiesOnly([f], b)[0]?.properties).toEqual({ id: 'WX-1', name: '甲' });
  });
});
