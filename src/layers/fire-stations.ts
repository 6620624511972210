import type { FilterSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { MapTheme } from '../theme/map-theme';
import { allOf, nameLabel, sourceId } from './common';
import { FIRE_ICON } from './icon-ids';

const L = 'fire-stations' as const;

/**
 * 消防站: a house icon; 现有 is a red filled house, 规划 a white house with a dashed red outline (runtime icons
 * `ra-fire-existing` / `ra-fire-planned`), so planned cover is never mistaken for existing cover.
 */
export function fireStationLayers(theme: MapTheme, facet: FilterSpecification | null): LayerSpecification[] {
  const filter = allOf(facet, ['==', ['geometry-type'], 'Point']);
  return [
    {
      id: `${L}-icon`,
      type: 'symbol',
      source: sourceId(L),
      filter,
      layout: {
        'icon-image': ['match', ['get', 'status'], '规划', FIRE_ICON.planned, FIRE_ICON.existing],
        'icon-size': ['interpolate', ['linear'], ['zoom'], 6, 0.7, 12, 1, 16, 1.25],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
    nameLabel(L, theme, filter, { offsetEm: 1.2 }),
  ];
}
