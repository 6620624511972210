import type { FilterSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { MAP_FONTS, type MapTheme } from '../theme/map-theme';
import { allOf, matchFacet, matchText, NOT_CLUSTER, nameLabel, sourceId, zoomRadius } from './common';

const L = 'protected-targets' as const;

/**
 * 类别 → one character drawn in the class-coloured circle (学/医/居…). Categories not listed show their first
 * character, so a new category in a ledger still gets a readable glyph.
 */
export const TARGET_GLYPH: Record<string, string> = {
  学校: '学',
  幼儿园: '幼',
  医院: '医',
  养老院: '老',
  居民区: '居',
  商场: '商',
  体育场馆: '体',
  文物保护单位: '文',
  党政机关: '政',
  办公楼: '办',
  工厂: '厂',
};

const IS_POINT: FilterSpecification = ['==', ['geometry-type'], 'Point'];
const IS_AREA: FilterSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];

/** 防护目标: GB 36894 class colour, category glyph; polygons (where a ledger gives areas) as a light fill. */
export function protectedTargetLayers(theme: MapTheme, facet: FilterSpecification | null): LayerSpecification[] {
  const values = theme.facets[L].values;
  const points = allOf(NOT_CLUSTER, IS_POINT, facet);
  return [
    {
      id: `${L}-area`,
      type: 'fill',
      source: sourceId(L),
      filter: allOf(IS_AREA, facet),
      paint: {
        'fill-color': matchFacet('targetClass', values, 'fill', theme.unknown),
        'fill-opacity': 0.3,
        'fill-outline-color': matchFacet('targetClass', values, 'stroke', theme.unknown),
      },
    },
    {
      id: `${L}-point`,
      type: 'circle',
      source: sourceId(L),
      filter: points,
      paint: {
        'circle-color': matchFacet('targetClass', values, 'fill', theme.unknown),
        'circle-stroke-color': matchFacet('targetClass', values, 'stroke', theme.unknown),
        'circle-stroke-width': 1,
        'circle-radius': zoomRadius(5, 8, 10),
      },
    },
    {
      id: `${L}-glyph`,
      type: 'symbol',
      source: sourceId(L),
      filter: points,
      // below z9 the circles are too small for a readable character
      minzoom: 9,
      layout: {
        'text-field': matchText('category', TARGET_GLYPH, ['slice', ['to-string', ['get', 'category']], 0, 1]),
        'text-font': MAP_FONTS,
        'text-size': zoomRadius(8, 10, 12),
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': matchFacet('targetClass', values, 'text', '#000000') },
    },
    nameLabel(L, theme, points, { minzoom: 13, offsetEm: 0.9 }),
  ];
}
