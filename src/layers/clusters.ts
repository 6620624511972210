import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { LayerId } from '../domain/layer-ids';
import { MAP_FONTS, type MapTheme } from '../theme/map-theme';
import { IS_CLUSTER, sourceId } from './common';

/**
 * Dense point layers are clustered below z11 (clusterMaxZoom 10): a city view of a few thousand protected targets
 * would otherwise be an unreadable carpet. A hazard cluster takes the colour of the most severe level it contains,
 * so a red hazard is never hidden inside a blue-looking cluster: each cluster carries `worst`, the smallest FACETS
 * index (most severe first) among its members. One property, not a count per level: MapLibre's worker evaluates
 * every cluster property for every point at every cluster zoom on each data update.
 */
export const CLUSTERED_LAYERS: readonly LayerId[] = ['hazard-sources', 'protected-targets'];
export const CLUSTER_MAX_ZOOM = 10;

export const isClustered = (layer: LayerId) => CLUSTERED_LAYERS.includes(layer);

/** The cluster property holding the most severe facet index present (FACETS order); the value count if none. */
export const WORST_IN_CLUSTER = 'worst';

/** Protected targets are not a risk: their clusters stay neutral, so they need no severity. */
const hasSeverity = (layer: LayerId) => isClustered(layer) && layer !== 'protected-targets';

/** Source options (everything but `data`) for a layer's GeoJSON source. */
export function sourceOptionsFor(layer: LayerId, theme: MapTheme): Omit<GeoJSONSourceSpecification, 'data'> {
  const base = { type: 'geojson' as const, promoteId: 'id' };
  if (!isClustered(layer)) return base;
  const options = { ...base, cluster: true, clusterMaxZoom: CLUSTER_MAX_ZOOM, clusterRadius: 48 };
  if (!hasSeverity(layer)) return options;
  const facet = theme.facets[layer];
  const index = facet.values.flatMap((v, i) => [v.value, i]);
  const severity = ['match', ['get', facet.key], ...index, facet.values.length] as unknown as ExpressionSpecification;
  return { ...options, clusterProperties: { [WORST_IN_CLUSTER]: ['min', severity] } };
}

/**
 * Colour (fill/text) of the most severe facet value present in a cluster. Protected targets are not a risk: their
 * clusters stay neutral so they do not shout louder than the hazards.
 */
function worst(layer: LayerId, theme: MapTheme, pick: 'fill' | 'text'): ExpressionSpecification | string {
  if (!hasSeverity(layer)) return pick === 'fill' ? theme.neutralCluster : '#FFFFFF';
  const colours = theme.facets[layer].values.flatMap((v, i) => [i, v[pick]]);
  return [
    'match',
    ['get', WORST_IN_CLUSTER],
    ...colours,
    pick === 'fill' ? theme.unknown : '#FFFFFF',
  ] as unknown as ExpressionSpecification;
}

export function clusterLayers(layer: LayerId, theme: MapTheme): LayerSpecification[] {
  return [
    {
      id: `${layer}-cluster`,
      type: 'circle',
      source: sourceId(layer),
      filter: IS_CLUSTER,
      paint: {
        'circle-color': worst(layer, theme, 'fill'),
        'circle-radius':
          layer === 'protected-targets'
            ? ['step', ['get', 'point_count'], 10, 10, 13, 50, 16]
            : ['step', ['get', 'point_count'], 13, 10, 17, 50, 22, 200, 27],
        'circle-stroke-color': theme.clusterStroke,
        'circle-stroke-width': 2,
        'circle-opacity': 0.9,
      },
    },
    {
      id: `${layer}-cluster-count`,
      type: 'symbol',
      source: sourceId(layer),
      filter: IS_CLUSTER,
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': MAP_FONTS,
        'text-size': 12,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': worst(layer, theme, 'text') },
    },
  ];
}
