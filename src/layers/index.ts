import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerId } from '../domain/layer-ids';
import type { MapTheme } from '../theme/map-theme';
import { boundaryLayers } from './boundaries';
import { chemicalParkLayers } from './chemical-parks';
import { clusterLayers, isClustered } from './clusters';
import { facetFilter } from './facet-filter';
import { fireStationLayers } from './fire-stations';
import { hazardSourceLayers } from './hazard-sources';
import { hiddenDangerLayers } from './hidden-dangers';
import { protectedTargetLayers } from './protected-targets';
import { withSharedBindings } from './shared-bindings';
import { tailingsPondLayers } from './tailings-ponds';

export { CLUSTER_MAX_ZOOM, CLUSTERED_LAYERS, isClustered, sourceOptionsFor } from './clusters';
export { sourceId } from './common';
export { facetFilter, filterByFacet } from './facet-filter';
export { SELECTION_SOURCE, selectionLayers } from './highlight';
export { ICON_IDS } from './icon-ids';
export { withSharedBindings } from './shared-bindings';

/**
 * Map draw order, bottom to top. Differs from LAYER_IDS on purpose: protected targets (many, not a risk) go under
 * the risk points, so a hazard or its cluster is never covered by a target cluster; fire stations stay on top.
 */
export const MAP_DRAW_ORDER: readonly LayerId[] = [
  'boundaries',
  'chemical-parks',
  'protected-targets',
  'tailings-ponds',
  'hazard-sources',
  'hidden-dangers',
  'fire-stations',
];

const BUILDERS = {
  'hazard-sources': hazardSourceLayers,
  'tailings-ponds': tailingsPondLayers,
  'chemical-parks': chemicalParkLayers,
  'fire-stations': fireStationLayers,
  'protected-targets': protectedTargetLayers,
  'hidden-dangers': hiddenDangerLayers,
  boundaries: boundaryLayers,
} satisfies Record<LayerId, unknown>;

/**
 * Every MapLibre layer of one data layer, bottom to top, with the user's hidden facet values filtered out.
 * All use the GeoJSON source named after the layer (see sourceOptionsFor for its cluster options).
 */
export function layersFor(layer: LayerId, theme: MapTheme, hidden: readonly string[]): LayerSpecification[] {
  const own = BUILDERS[layer](theme, facetFilter(layer, hidden));
  return (isClustered(layer) ? [...own, ...clusterLayers(layer, theme)] : own).map(withSharedBindings);
}

/** Ids of the layers a click or hover can hit (symbols, circles, fills; not name labels, not area outlines). */
export function interactiveLayerIds(layer: LayerId, theme: MapTheme): string[] {
  // a click anywhere is inside some 行政区划: selecting it would hide every other click target
  if (layer === 'boundaries') return [];
  return layersFor(layer, theme, [])
    .filter((l) => !l.id.endsWith('-label') && !l.id.endsWith('-cluster-count') && !l.id.endsWith('-grade'))
    .filter(
      (l) => l.id !== 'chemical-parks-hatch' && l.id !== 'chemical-parks-outline' && l.id !== 'protected-targets-glyph',
    )
    .map((l) => l.id);
}

/** The data layer a rendered MapLibre layer id belongs to (ids are `<layer>-<part>`). */
export function layerOfStyleLayer(styleLayerId: string): LayerId | null {
  for (const id of Object.keys(BUILDERS) as LayerId[]) if (styleLayerId.startsWith(`${id}-`)) return id;
  return null;
}
