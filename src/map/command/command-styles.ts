import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { MAP_FONTS } from '../../theme/map-theme';
import { CHROME, RISK } from '../../theme/theme';

/**
 * MapLibre layers of the command workspace (zones, responders, fire coverage), as plain style-spec objects so they
 * can be checked without a map. Zone colours reuse the four-colour palette: isolation in 重大 red (the zone where
 * people are in immediate danger), the downwind zone in 较大 orange, at ux.md's 30 % / 18 % opacity; plain rings
 * are neutral dashed lines. Every zone also carries a text label, so colour is never the only signal.
 */
export const ZONE_SOURCE = 'incident-zones';
export const POINT_SOURCE = 'incident-point';
export const RESPONDER_SOURCE = 'incident-responders';
export const DISTRICT_SOURCE = 'coverage-districts';
export const UNCOVERED_SOURCE = 'coverage-uncovered';

export const ZONE_LAYER_IDS = {
  fill: 'incident-zone-fill',
  line: 'incident-zone-line',
  ring: 'incident-ring-line',
  label: 'incident-zone-label',
} as const;

const DARK = CHROME.dark;
/** responder lines and station halos: the dark chrome's focus blue, distinct from every risk colour */
export const RESPONDER_COLOUR = DARK.focus;
/** districts: teal, outside the four-colour scale so coverage is never read as a risk level */
export const DISTRICT_COLOUR = '#26A69A';
/** risk objects outside every district: magenta, outside the risk and district colours */
export const UNCOVERED_COLOUR = '#FF4FD8';

const zoneColour = [
  'match',
  ['get', 'zone'],
  'isolation',
  RISK.red.fill,
  'protective-action',
  RISK.orange.fill,
  'evacuation',
  RISK.orange.fill,
  DARK.text,
] as const;

const halo = { 'text-halo-color': DARK.bg, 'text-halo-width': 2 } as const;

/** A text label beside a point: its text, colour and placement; dropped where it would collide, unless `overlap`. */
function pointLabel(l: {
  id: string;
  source: string;
  text: ExpressionSpecification | string;
  colour: string;
  size: number;
  anchor: 'top' | 'bottom' | 'left';
  offset: [number, number];
  filter?: ExpressionSpecification;
  minzoom?: number;
  overlap?: boolean;
}): LayerSpecification {
  return {
    id: l.id,
    type: 'symbol',
    source: l.source,
    ...(l.filter ? { filter: l.filter } : {}),
    ...(l.minzoom !== undefined ? { minzoom: l.minzoom } : {}),
    layout: {
      'text-field': l.text,
      'text-font': MAP_FONTS,
      'text-size': l.size,
      'text-anchor': l.anchor,
      'text-offset': l.offset,
      ...(l.overlap ? { 'text-allow-overlap': true } : { 'text-optional': true }),
    },
    paint: { 'text-color': l.colour, ...halo },
  };
}

export function zoneLayers(): LayerSpecification[] {
  return [
    {
      id: ZONE_LAYER_IDS.fill,
      type: 'fill',
      source: ZONE_SOURCE,
      filter: ['!=', ['get', 'zone'], 'ring'],
      paint: {
        'fill-color': zoneColour as never,
        'fill-opacity': ['match', ['get', 'zone'], 'isolation', 0.3, 0.18],
      },
    },
    {
      id: ZONE_LAYER_IDS.line,
      type: 'line',
      source: ZONE_SOURCE,
      filter: ['!=', ['get', 'zone'], 'ring'],
      paint: { 'line-color': zoneColour as never, 'line-width': 2.5 },
      layout: { 'line-join': 'round' },
    },
    {
      id: ZONE_LAYER_IDS.ring,
      type: 'line',
      source: ZONE_SOURCE,
      filter: ['==', ['get', 'zone'], 'ring'],
      paint: { 'line-color': DARK.text, 'line-width': 1.2, 'line-opacity': 0.8, 'line-dasharray': [3, 3] },
    },
    {
      id: ZONE_LAYER_IDS.label,
      type: 'symbol',
      source: ZONE_SOURCE,
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-field': ['get', 'label'],
        'text-font': MAP_FONTS,
        'text-size': 13,
        'text-max-angle': 35,
        'text-keep-upright': true,
      },
      paint: { 'text-color': zoneColour as never, ...halo },
    },
  ];
}

export function pointLayers(): LayerSpecification[] {
  return [
    {
      id: 'incident-point-halo',
      type: 'circle',
      source: POINT_SOURCE,
      paint: {
        'circle-radius': 11,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': DARK.text,
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'incident-point',
      type: 'circle',
      source: POINT_SOURCE,
      paint: {
        'circle-radius': 6,
        'circle-color': RISK.red.fill,
        'circle-stroke-color': RISK.red.stroke,
        'circle-stroke-width': 1.5,
      },
    },
    pointLabel({
      id: 'incident-point-label',
      source: POINT_SOURCE,
      text: ['get', 'label'],
      colour: DARK.text,
      size: 14,
      anchor: 'bottom',
      offset: [0, -1.2],
      overlap: true,
    }),
  ];
}

export function responderLayers(): LayerSpecification[] {
  return [
    {
      id: 'incident-responder-line',
      type: 'line',
      source: RESPONDER_SOURCE,
      filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-color': RESPONDER_COLOUR, 'line-width': 1.5, 'line-dasharray': [2, 2], 'line-opacity': 0.9 },
    },
    {
      id: 'incident-responder-station',
      type: 'circle',
      source: RESPONDER_SOURCE,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': 12,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': RESPONDER_COLOUR,
        'circle-stroke-width': 2.5,
      },
    },
    pointLabel({
      id: 'incident-responder-label',
      source: RESPONDER_SOURCE,
      filter: ['==', ['geometry-type'], 'Point'],
      text: ['get', 'label'],
      colour: RESPONDER_COLOUR,
      size: 12,
      anchor: 'left',
      offset: [1.4, 0],
    }),
  ];
}

export function districtLayers(): LayerSpecification[] {
  return [
    {
      id: 'coverage-district-fill',
      type: 'fill',
      source: DISTRICT_SOURCE,
      paint: { 'fill-color': DISTRICT_COLOUR, 'fill-opacity': ['case', ['get', 'planned'], 0.06, 0.14] },
    },
    {
      id: 'coverage-district-line',
      type: 'line',
      source: DISTRICT_SOURCE,
      filter: ['!', ['get', 'planned']],
      paint: { 'line-color': DISTRICT_COLOUR, 'line-width': 1.5 },
    },
    {
      // line-dasharray cannot follow data: planned districts get their own dashed layer (as planned stations do)
      id: 'coverage-district-planned-line',
      type: 'line',
      source: DISTRICT_SOURCE,
      filter: ['get', 'planned'],
      paint: { 'line-color': DISTRICT_COLOUR, 'line-width': 1.5, 'line-dasharray': [3, 2] },
    },
    {
      id: 'coverage-district-label',
      type: 'symbol',
      source: DISTRICT_SOURCE,
      minzoom: 10,
      layout: {
        'symbol-placement': 'line',
        'text-field': ['get', 'label'],
        'text-font': MAP_FONTS,
        'text-size': 11,
      },
      paint: { 'text-color': DISTRICT_COLOUR, ...halo },
    },
  ];
}

/**
 * Risk objects outside every district are clustered up to this zoom: on national data a city view holds over a
 * thousand of them, and a ring with a label each covered the map (1,548 rings at 岳阳 z11). From the next zoom on
 * each is its own ring again.
 */
export const UNCOVERED_CLUSTER_MAX_ZOOM = 12;

/** Source options for UNCOVERED_SOURCE (command-layers.tsx). */
export const UNCOVERED_SOURCE_OPTIONS = {
  cluster: true,
  clusterMaxZoom: UNCOVERED_CLUSTER_MAX_ZOOM,
  clusterRadius: 60,
};

const isCluster: ExpressionSpecification = ['has', 'point_count'];

/** `outside` is the label's word (辖区外 / Outside): a cluster reads "辖区外 23", a single object "辖区外". */
export function uncoveredLayers(outside: string): LayerSpecification[] {
  return [
    {
      id: 'coverage-uncovered-cluster',
      type: 'circle',
      source: UNCOVERED_SOURCE,
      filter: isCluster,
      paint: {
        'circle-radius': ['step', ['get', 'point_count'], 13, 10, 17, 100, 22],
        'circle-color': 'rgba(255,79,216,0.12)',
        'circle-stroke-color': UNCOVERED_COLOUR,
        'circle-stroke-width': 2.5,
      },
    },
    pointLabel({
      id: 'coverage-uncovered-cluster-count',
      source: UNCOVERED_SOURCE,
      filter: isCluster,
      text: ['concat', outside, ' ', ['get', 'point_count_abbreviated']],
      colour: UNCOVERED_COLOUR,
      size: 11,
      anchor: 'top',
      offset: [0, 1.7],
    }),
    {
      id: 'coverage-uncovered-ring',
      type: 'circle',
      source: UNCOVERED_SOURCE,
      filter: ['!', isCluster],
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 9, 12, 14, 16, 18],
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': UNCOVERED_COLOUR,
        'circle-stroke-width': 2.5,
      },
    },
    pointLabel({
      id: 'coverage-uncovered-label',
      source: UNCOVERED_SOURCE,
      filter: ['!', isCluster],
      minzoom: 9,
      text: outside,
      colour: UNCOVERED_COLOUR,
      size: 11,
      anchor: 'top',
      offset: [0, 1.3],
    }),
  ];
}
