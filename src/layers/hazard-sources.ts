import type { FilterSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { MapTheme } from '../theme/map-theme';
import { MAP_FONTS } from '../theme/map-theme';
import { allOf, matchFacet, matchText, NOT_CLUSTER, nameLabel, sourceId, zoomRadius } from './common';

const L = 'hazard-sources' as const;

/** GB 18218-2018 grade → the one character drawn inside the circle, so colour is never the only signal. */
export const HAZARD_GRADE_TEXT: Record<string, string> = { 一级: '一', 二级: '二', 三级: '三', 四级: '四' };

/** 重大危险源: a circle in the four-colour level with the grade character inside, name from z12. */
export function hazardSourceLayers(theme: MapTheme, facet: FilterSpecification | null): LayerSpecification[] {
  const values = theme.facets[L].values;
  const filter = allOf(NOT_CLUSTER, facet);
  return [
    {
      id: `${L}-point`,
      type: 'circle',
      source: sourceId(L),
      filter,
      paint: {
        'circle-color': matchFacet('riskLevel', values, 'fill', theme.unknown),
        'circle-stroke-color': matchFacet('riskLevel', values, 'stroke', theme.unknown),
        'circle-stroke-width': 1.5,
        'circle-radius': zoomRadius(7, 10, 13),
      },
    },
    {
      id: `${L}-grade`,
      type: 'symbol',
      source: sourceId(L),
      filter,
      layout: {
        'text-field': matchText('grade', HAZARD_GRADE_TEXT, ''),
        'text-font': MAP_FONTS,
        'text-size': zoomRadius(9, 12, 15),
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': matchFacet('riskLevel', values, 'text', '#000000') },
    },
    nameLabel(L, theme, filter, { offsetEm: 1 }),
  ];
}
