import type { FilterSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { MapTheme } from '../theme/map-theme';
import { matchFacet, sourceId } from './common';

const L = 'boundaries' as const;

/**
 * 行政区划: a dashed outline. The names (示意 appended when the outline is approximate) are drawn by src/map/stats
 * from one point per area: a label on the polygon itself would repeat in every tile the area spans. No fill: the
 * choropleth colours areas on demand. Not clickable: a click anywhere would otherwise hit the area under it.
 */
export function boundaryLayers(theme: MapTheme, facet: FilterSpecification | null): LayerSpecification[] {
  const values = theme.facets[L].values;
  const f = facet ?? undefined;
  const dark = theme.mode === 'dark';
  return [
    {
      id: `${L}-line`,
      type: 'line',
      source: sourceId(L),
      ...(f ? { filter: f } : {}),
      paint: {
        'line-color': dark ? '#9DA7B3' : matchFacet('level', values, 'stroke', theme.unknown),
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1, 12, 2.5],
        'line-dasharray': [4, 2],
        'line-opacity': 0.85,
      },
    },
  ];
}
