import type { FilterSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { MAP_FONTS, type MapTheme } from '../theme/map-theme';
import { allOf, matchFacet, matchText, nameLabel, sourceId } from './common';
import { levelImage } from './icon-ids';

const L = 'tailings-ponds' as const;

/** 等别 (一等…五等) → the character drawn inside the dam triangle. */
export const TAILINGS_CLASS_TEXT: Record<string, string> = {
  一等: '一',
  二等: '二',
  三等: '三',
  四等: '四',
  五等: '五',
};

/** 尾矿库: a dam triangle (runtime icon `ra-tailings-<level>`) with the class character inside, name from z12. */
export function tailingsPondLayers(theme: MapTheme, facet: FilterSpecification | null): LayerSpecification[] {
  const values = theme.facets[L].values;
  const filter = allOf(facet, ['==', ['geometry-type'], 'Point']);
  return [
    {
      id: `${L}-icon`,
      type: 'symbol',
      source: sourceId(L),
      filter,
      layout: {
        'icon-image': levelImage('tailings'),
        'icon-size': ['interpolate', ['linear'], ['zoom'], 6, 0.75, 12, 1, 16, 1.3],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'text-field': matchText('class', TAILINGS_CLASS_TEXT, ''),
        'text-font': MAP_FONTS,
        'text-size': ['interpolate', ['linear'], ['zoom'], 6, 9, 12, 12, 16, 15],
        // the triangle's centroid sits below the icon centre
        'text-offset': [0, 0.25],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': matchFacet('riskLevel', values, 'text', '#000000') },
    },
    nameLabel(L, theme, filter, { offsetEm: 1.2 }),
  ];
}
