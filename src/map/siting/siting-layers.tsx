import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { Layer, type LayerProps, Source } from '@vis.gl/react-maplibre';
import type { FeatureCollection } from 'geojson';
import { useMemo } from 'react';
import { withSharedBindings } from '../../layers/shared-bindings';
import { MAP_FONTS, mapTheme } from '../../theme/map-theme';

/**
 * The 规划选址 overlays: consultation zones (bands at the opacity in each feature), their radius labels, the site,
 * hazard → target pairs (census, inverse check) and the targets they reach. Colours, opacities, dashes and texts
 * come with the features (src/panels/siting/map-data.ts), so this file only says how each kind is drawn.
 * Nothing here is interactive: clicks still reach the data layers below.
 */
export interface SitingLayersProps {
  site: FeatureCollection;
  zones: FeatureCollection;
  labels: FeatureCollection;
  pairs: FeatureCollection;
  targets: FeatureCollection;
}

const label = mapTheme('light').label;
const text = (size: number, field: unknown = ['get', 'label']) =>
  ({
    'text-field': field,
    'text-font': MAP_FONTS,
    'text-size': size,
    'text-optional': true,
  }) as const;
const halo = { 'text-color': label.text, 'text-halo-color': label.halo, 'text-halo-width': 1.8 } as const;

const ZONE_LAYERS: LayerSpecification[] = [
  {
    id: 'siting-zones-fill',
    type: 'fill',
    source: 'siting-zones',
    paint: { 'fill-color': ['get', 'fill'], 'fill-opacity': ['get', 'opacity'] },
  },
  {
    id: 'siting-zones-line',
    type: 'line',
    source: 'siting-zones',
    filter: ['!=', ['get', 'dashed'], true],
    paint: { 'line-color': ['get', 'stroke'], 'line-width': 1.2, 'line-opacity': 0.8 },
  },
  {
    id: 'siting-zones-dashed',
    type: 'line',
    source: 'siting-zones',
    filter: ['==', ['get', 'dashed'], true],
    paint: { 'line-color': ['get', 'stroke'], 'line-width': 2, 'line-dasharray': [3, 2] },
  },
];

const LABEL_LAYER: LayerSpecification = {
  id: 'siting-zone-labels',
  type: 'symbol',
  source: 'siting-zone-labels',
  layout: { ...text(12), 'text-anchor': 'bottom', 'text-offset': [0, -0.2] } as never,
  paint: halo,
};

const PAIR_LAYERS: LayerSpecification[] = [
  {
    id: 'siting-pairs-solid',
    type: 'line',
    source: 'siting-pairs',
    filter: ['!=', ['get', 'dashed'], true],
    paint: { 'line-color': ['get', 'stroke'], 'line-width': 2.5 },
  },
  {
    id: 'siting-pairs-dashed',
    type: 'line',
    source: 'siting-pairs',
    filter: ['==', ['get', 'dashed'], true],
    paint: { 'line-color': ['get', 'stroke'], 'line-width': 2, 'line-dasharray': [2, 2] },
  },
];

const TARGET_LAYERS: LayerSpecification[] = [
  {
    id: 'siting-targets-ring',
    type: 'circle',
    source: 'siting-targets',
    paint: {
      'circle-radius': 11,
      'circle-color': label.halo,
      'circle-opacity': 0.35,
      'circle-stroke-color': ['get', 'stroke'],
      'circle-stroke-width': 3.5,
    },
  },
  {
    id: 'siting-targets-label',
    type: 'symbol',
    source: 'siting-targets',
    minzoom: 11,
    layout: { ...text(12), 'text-anchor': 'top', 'text-offset': [0, 1.2], 'text-max-width': 12 } as never,
    paint: halo,
  },
];

const SITE_LAYERS: LayerSpecification[] = [
  {
    id: 'siting-site-fill',
    type: 'fill',
    source: 'siting-site',
    filter: ['==', ['geometry-type'], 'Polygon'],
    paint: { 'fill-color': ['get', 'fill'], 'fill-opacity': 0.25 },
  },
  {
    id: 'siting-site-line',
    type: 'line',
    source: 'siting-site',
    filter: ['==', ['geometry-type'], 'Polygon'],
    paint: { 'line-color': ['get', 'stroke'], 'line-width': 2.5 },
  },
  {
    id: 'siting-site-point',
    type: 'circle',
    source: 'siting-site',
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-radius': 8,
      'circle-color': ['get', 'fill'],
      'circle-stroke-color': ['get', 'halo'],
      'circle-stroke-width': 3,
    },
  },
  {
    id: 'siting-site-label',
    type: 'symbol',
    source: 'siting-site',
    layout: { ...text(13), 'text-anchor': 'top', 'text-offset': [0, 1.1], 'text-allow-overlap': true } as never,
    paint: { ...halo, 'text-color': ['get', 'stroke'] } as never,
  },
];

function GeoLayers({ id, data, layers }: { id: string; data: FeatureCollection; layers: LayerSpecification[] }) {
  const shared = useMemo(() => layers.map(withSharedBindings), [layers]);
  return (
    <Source id={id} type="geojson" data={data}>
      {shared.map((l) => (
        <Layer key={l.id} {...(l as LayerProps)} />
      ))}
    </Source>
  );
}

/** Bottom to top: zones, pairs, targets, site, labels — so the site and the words are never covered. */
export function SitingLayers({ site, zones, labels, pairs, targets }: SitingLayersProps) {
  return (
    <>
      <GeoLayers id="siting-zones" data={zones} layers={ZONE_LAYERS} />
      <GeoLayers id="siting-pairs" data={pairs} layers={PAIR_LAYERS} />
      <GeoLayers id="siting-targets" data={targets} layers={TARGET_LAYERS} />
      <GeoLayers id="siting-site" data={site} layers={SITE_LAYERS} />
      <GeoLayers id="siting-zone-labels" data={labels} layers={[LABEL_LAYER]} />
    </>
  );
}
