import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { Layer, type LayerProps, Source, useMap } from '@vis.gl/react-maplibre';
import type { FeatureCollection } from 'geojson';
import { useEffect, useMemo } from 'react';
import { useAggregateLayers, useLayerAggregates } from '../data/aggregates';
import type { LayerId } from '../domain/layer-ids';
import { MAP_DRAW_ORDER } from '../layers';
import { aggregateLayers, aggregateSourceId } from '../layers/aggregate-layers';
import { useAppStore } from '../state/store';
import type { MapTheme } from '../theme/map-theme';

const withVisibility = (spec: LayerSpecification, visible: boolean): LayerProps =>
  ({
    ...spec,
    layout: { ...((spec as { layout?: object }).layout ?? {}), visibility: visible ? 'visible' : 'none' },
  }) as LayerProps;

/** A click on a cell zooms two levels in around it: the way from a country view down to the features. */
function useZoomOnClick(layerId: string): void {
  const { current } = useMap();
  useEffect(() => {
    const map = current?.getMap();
    if (!map) return;
    // A plain click listener that checks the layer itself: a layer-bound listener would query a layer that a
    // basemap switch has just removed, and MapLibre reports that as an error.
    const onClick = (e: { point: { x: number; y: number }; lngLat: { lng: number; lat: number } }) => {
      if (!map.getLayer(layerId)) return;
      if (map.queryRenderedFeatures([e.point.x, e.point.y], { layers: [layerId] }).length === 0) return;
      map.easeTo({ center: [e.lngLat.lng, e.lngLat.lat], zoom: Math.min(map.getZoom() + 2, map.getMaxZoom()) });
    };
    map.on('click', onClick);
    return () => {
      map.off('click', onClick);
    };
  }, [current, layerId]);
}

function AggregateLayer({ layer, theme }: { layer: LayerId; theme: MapTheme }) {
  const agg = useLayerAggregates(layer);
  const visible = useAppStore((s) => s.visibleLayers[layer]);
  const hidden = useAppStore((s) => s.hiddenValues[layer]);
  const data = useMemo((): FeatureCollection => ({ type: 'FeatureCollection', features: agg.cells }), [agg.cells]);
  const specs = useMemo(
    () => aggregateLayers(layer, theme, { facetKey: agg.facetKey, facetValues: agg.facetValues }, hidden),
    [layer, theme, agg.facetKey, agg.facetValues, hidden],
  );
  useZoomOnClick(`${layer}-agg-circle`);
  return (
    <Source id={aggregateSourceId(layer)} type="geojson" data={data}>
      {specs.map((spec) => (
        <Layer key={spec.id} {...withVisibility(spec, visible && agg.status !== 'idle')} />
      ))}
    </Source>
  );
}

/**
 * The grid counts of big layers below city zoom (src/data/aggregates.ts), above the feature layers. Mounted only
 * for layers whose manifest lists aggregates, so the 岳阳 sample adds nothing to the map.
 */
export function AggregateLayers({ theme }: { theme: MapTheme }) {
  const withAggregates = useAggregateLayers();
  const layers = MAP_DRAW_ORDER.filter((l) => withAggregates.includes(l));
  return (
    <>
      {layers.map((layer) => (
        <AggregateLayer key={layer} layer={layer} theme={theme} />
      ))}
    </>
  );
}
