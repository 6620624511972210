import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { MapTheme } from '../theme/map-theme';
import { withSharedBindings } from './shared-bindings';

/**
 * The selected feature is copied into its own small GeoJSON source (SELECTION_SOURCE) rather than filtered out of
 * its layer's source: a selected point inside a cluster, or one hidden by a facet, must still be shown where it is.
 */
export const SELECTION_SOURCE = 'selection';

export function selectionLayers(theme: MapTheme): LayerSpecification[] {
  const { ring, halo } = theme.highlight;
  const layers: LayerSpecification[] = [
    {
      id: 'selection-area',
      type: 'line',
      source: SELECTION_SOURCE,
      filter: ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]],
      paint: { 'line-color': ring, 'line-width': 4, 'line-opacity': 0.95 },
      layout: { 'line-join': 'round' },
    },
    {
      id: 'selection-halo',
      type: 'circle',
      source: SELECTION_SOURCE,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 13, 12, 17, 16, 21],
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': ring,
        'circle-stroke-width': 3.5,
      },
    },
    {
      id: 'selection-halo-outer',
      type: 'circle',
      source: SELECTION_SOURCE,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 16, 12, 20, 16, 24],
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': halo,
        'circle-stroke-width': 1.5,
      },
    },
  ];
  return layers.map(withSharedBindings);
}
