import { useMemo } from 'react';
import { featureInBounds } from '../analysis/feature-in-bounds';
import { useLayerFeatures } from '../data/layer-store';
import { LAYER_IDS, type LayerId } from '../domain/layer-ids';
import { useStatsStore } from '../state/stats-store';
import { useAppStore } from '../state/store';
import { type AnyFeature, facetValueOf, LIST_EXCLUDED_LAYERS, PANEL_LAYER_ORDER } from './feature-utils';
import { useCountyFilter } from './stats/use-county-filter';

export type LayerResult = ReturnType<typeof useLayerFeatures>;

/** Every layer's load result. One call per layer, always in the same order, so the rules of hooks hold. */
export function useAllLayers(): Record<LayerId, LayerResult> {
  const hazard = useLayerFeatures('hazard-sources');
  const tailings = useLayerFeatures('tailings-ponds');
  const parks = useLayerFeatures('chemical-parks');
  const targets = useLayerFeatures('protected-targets');
  const stations = useLayerFeatures('fire-stations');
  const dangers = useLayerFeatures('hidden-dangers');
  const areas = useLayerFeatures('boundaries');
  return useMemo(
    () => ({
      'hazard-sources': hazard,
      'tailings-ponds': tailings,
      'chemical-parks': parks,
      'protected-targets': targets,
      'fire-stations': stations,
      'hidden-dangers': dangers,
      boundaries: areas,
    }),
    [hazard, tailings, parks, targets, stations, dangers, areas],
  );
}

let shared: { key: readonly unknown[]; out: ViewFeature[] } | null = null;

export interface ViewFeature {
  layer: LayerId;
  feature: AnyFeature;
  facet: string;
}

/**
 * What the map shows right now: features of visible layers, not hidden by a facet chip, inside the map's bounds.
 * Derived on every change of data or intent (never stored), feeding the list view and the status bar count.
 */
export function useViewFeatures(): ViewFeature[] {
  const layers = useAllLayers();
  const bounds = useAppStore((s) => s.bounds);
  const visible = useAppStore((s) => s.visibleLayers);
  const hidden = useAppStore((s) => s.hiddenValues);
  const county = useAppStore((s) => s.county);
  const asOf = useStatsStore((s) => s.asOf);
  const byCounty = useCountyFilter();
  return useMemo(() => {
    // The list and the status bar both ask on every pan: the second gets the first's answer (same inputs).
    const key = [bounds, visible, hidden, county, asOf, ...LAYER_IDS.map((l) => layers[l].features)];
    if (shared && key.length === shared.key.length && key.every((k, i) => k === shared?.key[i])) return shared.out;
    const out: ViewFeature[] = [];
    for (const layer of PANEL_LAYER_ORDER) {
      if (!visible[layer] || LIST_EXCLUDED_LAYERS.includes(layer)) continue;
      const off = hidden[layer];
      for (const feature of byCounty(layer, layers[layer].features as AnyFeature[])) {
        const facet = facetValueOf(layer, feature);
        if (off.includes(facet) || !featureInBounds(feature, bounds)) continue;
        out.push({ layer, feature, facet });
      }
    }
    shared = { key, out };
    return out;
  }, [layers, bounds, visible, hidden, county, asOf, byCounty]);
}
