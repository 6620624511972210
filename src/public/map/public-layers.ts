import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { RISK_LEVELS } from '../../domain/layer-ids';
import { HAZARD_GRADE_TEXT } from '../../layers/hazard-sources';
import { FIRE_ICON, levelImage } from '../../layers/icon-ids';
import { withSharedBindings } from '../../layers/shared-bindings';
import { TAILINGS_CLASS_TEXT } from '../../layers/tailings-ponds';
import { MAP_FONTS } from '../../theme/map-theme';
import type { PublicLayer } from '../contract';
import { PUBLIC_RISK_COLOURS } from '../theme/contrast';

/** Runtime icon of the sample shelters (drawn by ./shelter-icon). */
export const SHELTER_ICON = 'pa-shelter';
/** Source of the searched place and its 1/3/5 km circles. */
export const PLACE_SOURCE = 'pa-place';
/** The colour of "you are here": distinct from the four risk colours and the fire-station red. */
export const PLACE_COLOUR = '#0B3D91';

const LABEL = { text: '#1F2328', halo: '#FFFFFF' };

const byLevel = (pick: 'fill' | 'stroke' | 'text', fallback: string): ExpressionSpecification =>
  ['match', ['get', 'riskLevel'], ...RISK_LEVELS.flatMap((l) => [l, PUBLIC_RISK_COLOURS[l][pick]]), fallback] as never;

const gradeText = (table: Record<string, string>): ExpressionSpecification =>
  ['match', ['get', 'grade'], ...Object.entries(table).flat(), ''] as never;

const nameLabel = (layer: PublicLayer, minzoom: number, offsetEm: number): LayerSpecification => ({
  id: `${layer}-label`,
  type: 'symbol',
  source: layer,
  minzoom,
  layout: {
    'text-field': ['get', 'name'],
    'text-font': MAP_FONTS,
    'text-size': 12,
    'text-anchor': 'top',
    'text-offset': [0, offsetEm],
    'text-max-width': 10,
    'text-optional': true,
  },
  paint: { 'text-color': LABEL.text, 'text-halo-color': LABEL.halo, 'text-halo-width': 1.5 },
});

/**
 * The public map's layers per source, bottom to top. Same visual language as the internal map (src/layers:
 * hatched park outlines, graded circles, dam triangles, house icons) but built from the public sources, with the
 * text on each risk colour chosen for contrast, and no clusters: the public data is a few hundred points.
 */
const STYLE_LAYERS: Record<PublicLayer, LayerSpecification[]> = {
  'chemical-parks': [
    {
      id: 'chemical-parks-fill',
      type: 'fill',
      source: 'chemical-parks',
      paint: { 'fill-color': byLevel('fill', '#9E9E9E'), 'fill-opacity': 0.18 },
    },
    {
      id: 'chemical-parks-hatch',
      type: 'fill',
      source: 'chemical-parks',
      paint: { 'fill-pattern': levelImage('hatch'), 'fill-opacity': 0.45 },
    },
    {
      id: 'chemical-parks-outline',
      type: 'line',
      source: 'chemical-parks',
      paint: {
        'line-color': byLevel('stroke', '#424242'),
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.5, 12, 3],
      },
    },
    {
      id: 'chemical-parks-class',
      type: 'symbol',
      source: 'chemical-parks',
      layout: {
        'text-field': ['get', 'grade'],
        'text-font': MAP_FONTS,
        'text-size': ['interpolate', ['linear'], ['zoom'], 8, 13, 13, 16],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': byLevel('stroke', '#424242'), 'text-halo-color': '#FFFFFF', 'text-halo-width': 2 },
    },
    nameLabel('chemical-parks', 10, 1.4),
  ],
  'tailings-ponds': [
    {
      id: 'tailings-ponds-icon',
      type: 'symbol',
      source: 'tailings-ponds',
      layout: {
        'icon-image': levelImage('tailings'),
        'icon-size': ['interpolate', ['linear'], ['zoom'], 6, 0.75, 13, 1.1],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'text-field': gradeText(TAILINGS_CLASS_TEXT),
        'text-font': MAP_FONTS,
        'text-size': ['interpolate', ['linear'], ['zoom'], 6, 9, 13, 12],
        'text-offset': [0, 0.25],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': byLevel('text', '#000000') },
    },
    nameLabel('tailings-ponds', 11, 1.2),
  ],
  'hazard-sources': [
    {
      id: 'hazard-sources-point',
      type: 'circle',
      source: 'hazard-sources',
      paint: {
        'circle-color': byLevel('fill', '#9E9E9E'),
        'circle-stroke-color': byLevel('stroke', '#424242'),
        'circle-stroke-width': 1.5,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 7, 13, 11],
      },
    },
    {
      id: 'hazard-sources-grade',
      type: 'symbol',
      source: 'hazard-sources',
      layout: {
        'text-field': gradeText(HAZARD_GRADE_TEXT),
        'text-font': MAP_FONTS,
        'text-size': ['interpolate', ['linear'], ['zoom'], 6, 9, 13, 13],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': byLevel('text', '#000000') },
    },
    nameLabel('hazard-sources', 11, 1),
  ],
  shelters: [
    {
      id: 'shelters-icon',
      type: 'symbol',
      source: 'shelters',
      minzoom: 9,
      layout: {
        'icon-image': SHELTER_ICON,
        'icon-size': ['interpolate', ['linear'], ['zoom'], 9, 0.8, 13, 1.1],
        'icon-allow-overlap': true,
      },
    },
    nameLabel('shelters', 12, 1.1),
  ],
  'fire-stations': [
    {
      id: 'fire-stations-icon',
      type: 'symbol',
      source: 'fire-stations',
      layout: {
        'icon-image': FIRE_ICON.existing,
        'icon-size': ['interpolate', ['linear'], ['zoom'], 6, 0.75, 13, 1.1],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
    nameLabel('fire-stations', 11, 1.2),
  ],
};

/** The searched place: dashed 1/3/5 km circles with their distance, and the place itself. */
const PLACE_STYLE_LAYERS: LayerSpecification[] = [
  {
    id: 'pa-place-rings',
    type: 'line',
    source: PLACE_SOURCE,
    filter: ['==', ['get', 'kind'], 'ring'],
    paint: { 'line-color': PLACE_COLOUR, 'line-width': 1.5, 'line-dasharray': [3, 2] },
  },
  {
    id: 'pa-place-ring-labels',
    type: 'symbol',
    source: PLACE_SOURCE,
    filter: ['==', ['get', 'kind'], 'ring-label'],
    layout: {
      'text-field': ['get', 'label'],
      'text-font': MAP_FONTS,
      'text-size': 12,
      'text-allow-overlap': true,
    },
    paint: { 'text-color': PLACE_COLOUR, 'text-halo-color': '#FFFFFF', 'text-halo-width': 2 },
  },
  {
    id: 'pa-place-point',
    type: 'circle',
    source: PLACE_SOURCE,
    filter: ['==', ['get', 'kind'], 'place'],
    paint: {
      'circle-radius': 8,
      'circle-color': '#FFFFFF',
      'circle-stroke-color': PLACE_COLOUR,
      'circle-stroke-width': 4,
    },
  },
];

/** Each layer with its paint bound like the basemap's (src/layers/shared-bindings.ts): fewer GPU programs. */
export const PUBLIC_STYLE_LAYERS = Object.fromEntries(
  Object.entries(STYLE_LAYERS).map(([layer, specs]) => [layer, specs.map(withSharedBindings)]),
) as Record<PublicLayer, LayerSpecification[]>;
export const PLACE_LAYERS: LayerSpecification[] = PLACE_STYLE_LAYERS.map(withSharedBindings);
