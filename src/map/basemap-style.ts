import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { withSharedBindings } from '../layers/shared-bindings';
import { MAP_FONTS, type MapMode, mapTheme } from '../theme/map-theme';

/**
 * The default, offline basemap: GeoJSON files written by scripts/gen-basemap.ts into public/basemap/, loaded by
 * URL relative to the app's base, no `glyphs` (MapLibre draws CJK locally from MAP_FONTS) and no sprite, so the
 * default configuration makes no request to any other origin.
 * Boundaries are the official-map-adjusted world outline (@surbowl/world-geo-json-zh); there is no province layer
 * because no offline source we ship has compliant province geometry. 洞庭湖 is a schematic outline (示意).
 */
export const BASEMAP_FILES = ['countries', 'land', 'rivers', 'lakes', 'places'] as const;
export const basemapSourceId = (name: (typeof BASEMAP_FILES)[number]) => `bm-${name}`;
/** Every basemap layer and source id starts with this, so the map can tell basemap errors from data errors. */
export const BASEMAP_PREFIX = 'bm-';

export function offlineBasemapStyle(mode: MapMode, base: string = import.meta.env.BASE_URL): StyleSpecification {
  const root = base.endsWith('/') ? base : `${base}/`;
  const sources = Object.fromEntries(
    BASEMAP_FILES.map((f) => [basemapSourceId(f), { type: 'geojson', data: `${root}basemap/${f}.geojson` }]),
  ) as StyleSpecification['sources'];
  const layers = offlineBasemapLayers(mode).map(withSharedBindings);
  return { version: 8, name: `RiskAtlas offline (${mode})`, sources, layers };
}

/** The basemap's layers as written (the style binds their paint like the data layers': shared-bindings.ts). */
export function offlineBasemapLayers(mode: MapMode): LayerSpecification[] {
  const c = mapTheme(mode).basemap;
  const isCN: ExpressionSpecification = ['==', ['get', 'iso_a2'], 'CN'];
  const halo = { 'text-halo-color': c.labelHalo, 'text-halo-width': 1.5 };
  const layers: LayerSpecification[] = [
    { id: 'bm-ocean', type: 'background', paint: { 'background-color': c.ocean } },
    { id: 'bm-land', type: 'fill', source: 'bm-land', paint: { 'fill-color': c.land } },
    {
      id: 'bm-countries',
      type: 'fill',
      source: 'bm-countries',
      paint: { 'fill-color': ['case', isCN, c.china, c.neighbour] },
    },
    {
      id: 'bm-lakes',
      type: 'fill',
      source: 'bm-lakes',
      filter: ['!=', ['get', 'schematic'], true],
      paint: { 'fill-color': c.water },
    },
    {
      id: 'bm-lakes-schematic',
      type: 'fill',
      source: 'bm-lakes',
      filter: ['==', ['get', 'schematic'], true],
      paint: { 'fill-color': c.water, 'fill-opacity': 0.75 },
    },
    {
      id: 'bm-lakes-schematic-outline',
      type: 'line',
      source: 'bm-lakes',
      filter: ['==', ['get', 'schematic'], true],
      paint: { 'line-color': c.river, 'line-width': 1, 'line-dasharray': [3, 2] },
    },
    {
      id: 'bm-rivers',
      type: 'line',
      source: 'bm-rivers',
      // Natural Earth's own min_zoom keeps small rivers off the country-wide view
      filter: ['<=', ['get', 'min_zoom'], ['+', ['zoom'], 1]],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': c.river,
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          3,
          ['*', ['get', 'strokeweig'], 1.2],
          8,
          ['*', ['get', 'strokeweig'], 4],
          12,
          ['*', ['get', 'strokeweig'], 8],
        ],
      },
    },
    {
      id: 'bm-borders',
      type: 'line',
      source: 'bm-countries',
      filter: ['!', isCN],
      paint: { 'line-color': c.border, 'line-width': 0.8 },
    },
    {
      id: 'bm-china-border',
      type: 'line',
      source: 'bm-countries',
      filter: isCN,
      paint: { 'line-color': c.chinaBorder, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1, 8, 2] },
    },
    {
      id: 'bm-river-labels',
      type: 'symbol',
      source: 'bm-rivers',
      filter: ['to-boolean', ['get', 'name']],
      minzoom: 6,
      layout: {
        'symbol-placement': 'line',
        'text-field': ['get', 'name'],
        'text-font': MAP_FONTS,
        'text-size': 13,
        'text-letter-spacing': 0.4,
        'symbol-spacing': 400,
      },
      paint: { 'text-color': c.waterLabel, ...halo },
    },
    {
      id: 'bm-water-labels',
      type: 'symbol',
      source: 'bm-places',
      // Natural Earth lake names are English; only our own Chinese-named schematic lake is labelled
      filter: ['==', ['get', 'kind'], 'water'],
      minzoom: 7,
      layout: { 'text-field': ['get', 'name'], 'text-font': MAP_FONTS, 'text-size': 13 },
      paint: { 'text-color': c.waterLabel, ...halo },
    },
    {
      id: 'bm-country-labels',
      type: 'symbol',
      source: 'bm-countries',
      maxzoom: 6,
      layout: { 'text-field': ['get', 'name_zh'], 'text-font': MAP_FONTS, 'text-size': 13 },
      paint: { 'text-color': c.label, ...halo },
    },
    {
      id: 'bm-places-dot',
      type: 'circle',
      source: 'bm-places',
      filter: ['!=', ['get', 'kind'], 'water'],
      minzoom: 7,
      paint: {
        'circle-radius': ['match', ['get', 'kind'], 'city', 4.5, 3],
        'circle-color': c.labelHalo,
        'circle-stroke-color': c.countySeat,
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: 'bm-places-label',
      type: 'symbol',
      source: 'bm-places',
      filter: ['!=', ['get', 'kind'], 'water'],
      minzoom: 7,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': MAP_FONTS,
        'text-size': ['match', ['get', 'kind'], 'city', 15, 12],
        'text-anchor': 'left',
        'text-offset': [0.6, 0],
        'text-optional': true,
      },
      paint: { 'text-color': c.countySeat, ...halo },
    },
  ];
  return layers;
}
