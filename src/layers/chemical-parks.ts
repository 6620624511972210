import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { MAP_FONTS, type MapTheme } from '../theme/map-theme';
import { matchFacet, sourceId } from './common';
import { levelImage } from './icon-ids';

const L = 'chemical-parks' as const;

const CLASS_TEXT: ExpressionSpecification = ['concat', ['get', 'parkClass'], '类'];

/**
 * 化工园区: the polygon at 25 % of its level colour, a diagonal hatch (runtime pattern `ra-hatch-<level>`), a solid
 * outline in the level's stroke colour, the A–D class as text (always, so the level never rests on colour alone)
 * and the name from z11.
 */
export function chemicalParkLayers(theme: MapTheme, facet: FilterSpecification | null): LayerSpecification[] {
  const values = theme.facets[L].values;
  const f = facet ?? undefined;
  // the dark stroke colours vanish on the dark basemap, the fills do not
  const labelColour = matchFacet('riskLevel', values, theme.mode === 'dark' ? 'fill' : 'stroke', theme.label.text);
  return [
    {
      id: `${L}-fill`,
      type: 'fill',
      source: sourceId(L),
      ...(f ? { filter: f } : {}),
      paint: { 'fill-color': matchFacet('riskLevel', values, 'fill', theme.unknown), 'fill-opacity': 0.25 },
    },
    {
      id: `${L}-hatch`,
      type: 'fill',
      source: sourceId(L),
      ...(f ? { filter: f } : {}),
      // no antialiased edge: the outline layer draws the edge, and the edge pass would be one more GPU program
      paint: { 'fill-pattern': levelImage('hatch'), 'fill-opacity': 0.55, 'fill-antialias': false },
    },
    {
      id: `${L}-outline`,
      type: 'line',
      source: sourceId(L),
      ...(f ? { filter: f } : {}),
      paint: {
        'line-color': matchFacet('riskLevel', values, theme.mode === 'dark' ? 'fill' : 'stroke', theme.unknown),
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1, 12, 2.5],
      },
    },
    {
      // the A–D class is the park's grade text: always drawn, like the grade inside hazard circles
      id: `${L}-class`,
      type: 'symbol',
      source: sourceId(L),
      ...(f ? { filter: f } : {}),
      layout: {
        'text-field': CLASS_TEXT,
        'text-font': MAP_FONTS,
        'text-size': ['interpolate', ['linear'], ['zoom'], 8, 12, 14, 15],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': labelColour, 'text-halo-color': theme.label.halo, 'text-halo-width': 2 },
    },
    {
      id: `${L}-label`,
      type: 'symbol',
      source: sourceId(L),
      minzoom: 11,
      ...(f ? { filter: f } : {}),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': MAP_FONTS,
        'text-size': 12,
        'text-max-width': 10,
        'text-offset': [0, 1.4],
        'text-optional': true,
      },
      paint: { 'text-color': labelColour, 'text-halo-color': theme.label.halo, 'text-halo-width': 1.5 },
    },
  ];
}
