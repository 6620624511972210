import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { Layer, type LayerProps, Source } from '@vis.gl/react-maplibre';
import type { Feature, FeatureCollection } from 'geojson';
import { useMemo } from 'react';
import { useLayerFeatures } from '../data/layer-store';
import type { LayerId } from '../domain/layer-ids';
import {
  filterByFacet,
  isClustered,
  layersFor,
  MAP_DRAW_ORDER,
  SELECTION_SOURCE,
  selectionLayers,
  sourceId,
  sourceOptionsFor,
} from '../layers';
import { useAppStore } from '../state/store';
import type { MapTheme } from '../theme/map-theme';
import { FACETS } from '../theme/theme';
import { AggregateLayers } from './aggregate-layers';
import { styleKeys, withPropertiesOnly } from './map-properties';
import { useCountyFilter } from './stats/use-county-filter';
import { TOOLTIP_KEYS } from './tooltip-text';

/**
 * One <Source> per data layer with the <Layer>s from src/layers; visibility and facet filters come from the store.
 * Rendered in MAP_DRAW_ORDER (bottom to top) and then the selection, so the z-order is fixed.
 */
/** The spec with layout.visibility set: toggling a layer changes one layout property instead of re-adding it. */
const withVisibility = (spec: LayerSpecification, visible: boolean): LayerProps =>
  ({
    ...spec,
    layout: { ...((spec as { layout?: object }).layout ?? {}), visibility: visible ? 'visible' : 'none' },
  }) as LayerProps;

const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

function DataLayer({ layer, theme }: { layer: LayerId; theme: MapTheme }) {
  const { features } = useLayerFeatures(layer);
  const visible = useAppStore((s) => s.visibleLayers[layer]);
  const hidden = useAppStore((s) => s.hiddenValues[layer]);
  // the county drill-down (`c=`) filters the data too: cluster counts must not include other counties
  const byCounty = useCountyFilter();
  const specs = useMemo(() => layersFor(layer, theme, hidden), [layer, theme, hidden]);
  const options = useMemo(() => sourceOptionsFor(layer, theme), [layer, theme]);
  // What the map reads (map-properties.ts); the facet key too, which a chip's filter reads: one set per layer and
  // theme, so a chip toggle does not copy every feature again.
  const keys = useMemo(
    () => new Set([...styleKeys(layersFor(layer, theme, []), options), ...TOOLTIP_KEYS, FACETS[layer].key]),
    [layer, theme, options],
  );
  // Clusters are computed before layer filters run, so clustered layers drop hidden values from the data instead.
  const data = useMemo(() => {
    const inCounty = byCounty(layer, features);
    return fc(withPropertiesOnly(isClustered(layer) ? filterByFacet(layer, inCounty, hidden) : inCounty, keys));
  }, [layer, features, hidden, byCounty, keys]);
  return (
    <Source id={sourceId(layer)} {...options} data={data}>
      {specs.map((spec) => (
        <Layer key={spec.id} {...withVisibility(spec, visible)} />
      ))}
    </Source>
  );
}

const EMPTY: Feature[] = [];

/** The selected feature, copied into its own source so it shows even inside a cluster or behind a facet. */
function SelectionLayer({ theme }: { theme: MapTheme }) {
  const selected = useAppStore((s) => s.selected);
  const { features } = useLayerFeatures(selected?.layer ?? 'hazard-sources');
  const data = useMemo(() => {
    if (!selected) return fc(EMPTY);
    const f = features.find((x) => String(x.properties?.id) === selected.id);
    return fc(f ? [f] : EMPTY);
  }, [selected, features]);
  const specs = useMemo(() => selectionLayers(theme), [theme]);
  return (
    <Source id={SELECTION_SOURCE} type="geojson" data={data}>
      {specs.map((spec) => (
        <Layer key={spec.id} {...(spec as LayerProps)} />
      ))}
    </Source>
  );
}

export function DataLayers({ theme }: { theme: MapTheme }) {
  return (
    <>
      {MAP_DRAW_ORDER.map((layer) => (
        <DataLayer key={layer} layer={layer} theme={theme} />
      ))}
      <AggregateLayers theme={theme} />
      <SelectionLayer theme={theme} />
    </>
  );
}
