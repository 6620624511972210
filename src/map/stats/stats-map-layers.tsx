import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { Layer, type LayerProps, Source, useMap } from '@vis.gl/react-maplibre';
import type { FeatureCollection } from 'geojson';
import { useEffect, useMemo } from 'react';
import { representativePoint } from '../../analysis/representative-point';
import { countyIndexOf, isKnownCounty } from '../../analysis/stats/county-index';
import { useLayerFeatures } from '../../data/layer-store';
import { LAYER_IDS } from '../../domain/layer-ids';
import { interactiveLayerIds, withSharedBindings } from '../../layers';
import { AS_OF_STATE } from '../../layers/hidden-dangers';
import { useStatsStore } from '../../state/stats-store';
import { useAppStore } from '../../state/store';
import { MAP_FONTS, mapTheme } from '../../theme/map-theme';
import { THEMATIC } from '../../theme/theme';
import { TimeSlider } from './time-slider';
import { useAsOf, useChoropleth, useHexDensity } from './use-thematic-data';

/** Thematic layers go under every data layer: the first data layer drawn is the 行政区划 outline. */
const BEFORE = 'boundaries-line';
export const CHOROPLETH_FILL = 'stats-choropleth-fill';
export const HEX_FILL = 'stats-hex-fill';

const byClass = (colours: readonly string[]): ExpressionSpecification =>
  [
    'match',
    ['get', 'cls'],
    ...colours.flatMap((c, i) => [i, c]),
    'rgba(0,0,0,0)',
  ] as unknown as ExpressionSpecification;

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

const AREA_LABEL = withSharedBindings({
  id: 'stats-area-label',
  type: 'symbol',
  source: 'stats-area-labels',
  maxzoom: 12,
  layout: {
    'text-field': ['get', 'label'],
    'text-font': MAP_FONTS,
    'text-size': 13,
    'text-line-height': 1.3,
    'text-optional': true,
  },
  paint: { 'text-color': '#374151', 'text-halo-color': '#FFFFFF', 'text-halo-width': 2 },
});

const COUNTY_OUTLINE = withSharedBindings({
  id: 'stats-county-outline',
  type: 'line',
  source: 'stats-county',
  paint: { 'line-color': THEMATIC.county, 'line-width': 3.5, 'line-opacity': 0.9 },
});

function choroplethLayers(): LayerSpecification[] {
  return [
    {
      id: CHOROPLETH_FILL,
      type: 'fill',
      source: 'stats-choropleth',
      paint: { 'fill-color': byClass(THEMATIC.classes), 'fill-opacity': 0.78 },
    },
  ];
}

function hexLayers(population: boolean): LayerSpecification[] {
  return [
    {
      id: HEX_FILL,
      type: 'fill',
      source: 'stats-hex',
      filter: ['>=', ['get', 'cls'], 0],
      paint: { 'fill-color': byClass(THEMATIC.classes), 'fill-opacity': 0.75, 'fill-outline-color': '#FFFFFF' },
    },
    {
      // 人口密集 cells: a dashed outline (shape, not colour alone), listed in the slider's legend
      id: 'stats-hex-dense',
      type: 'line',
      source: 'stats-hex',
      filter: ['==', ['get', 'dense'], true],
      layout: { visibility: population ? 'visible' : 'none' },
      paint: { 'line-color': THEMATIC.dense, 'line-width': 2.5, 'line-dasharray': [2, 1.5] },
    },
  ];
}

/**
 * The statistics on the map: the composite-index choropleth or the weighted hexagon density (with the
 * population-dense overlay), the drilled-down county's outline, the time slider, and the as-of day of the hidden
 * dangers' replay (MapLibre global state, read by src/layers/hidden-dangers.ts). Mounted inside <MapView>.
 */
export function StatsMapLayers() {
  const { current } = useMap();
  const thematic = useStatsStore((s) => s.thematic);
  const population = useStatsStore((s) => s.population);
  const county = useAppStore((s) => s.county);
  const asOf = useAsOf();
  const choropleth = useChoropleth(thematic === 'choropleth');
  const hex = useHexDensity(thematic === 'hex');
  const legend = thematic === 'choropleth' ? choropleth.legend : thematic === 'hex' ? hex.legend : [];
  const { features: areas } = useLayerFeatures('boundaries');

  useEffect(() => {
    const map = current?.getMap();
    // only on a real change: a new value reloads the hidden-danger source (its filter reads it), and this effect
    // also runs when the map context object is renewed, which must not keep the map from ever going idle
    if (!map || map.getGlobalState()[AS_OF_STATE] === asOf) return;
    const apply = () => {
      if (map.getGlobalState()[AS_OF_STATE] !== asOf) map.setGlobalStateProperty(AS_OF_STATE, asOf);
    };
    // setting global state throws while the style itself is still loading (a slow basemap style URL): then once it
    // has (not on `isStyleLoaded()`, which is false while any tile loads, and would hold the value back a cycle)
    try {
      apply();
    } catch {
      map.once('styledata', apply);
    }
    return () => {
      map.off('styledata', apply);
    };
  }, [current, asOf]);

  // A click on a county of the choropleth drills down, unless it hit a feature (that click selects the feature).
  useEffect(() => {
    const map = current?.getMap();
    if (!map || thematic !== 'choropleth') return;
    const theme = mapTheme('light');
    const hits = LAYER_IDS.flatMap((l) => interactiveLayerIds(l, theme));
    const onClick = (e: { point: { x: number; y: number }; features?: { properties?: Record<string, unknown> }[] }) => {
      const present = hits.filter((id) => map.getLayer(id));
      if (map.queryRenderedFeatures([e.point.x, e.point.y], { layers: present }).length > 0) return;
      const adcode = e.features?.[0]?.properties?.adcode;
      if (typeof adcode !== 'string') return;
      const index = countyIndexOf(areas);
      const area = index.byCode.get(adcode);
      const s = useAppStore.getState();
      if (s.county === adcode) return s.setCounty(null);
      s.setCounty(adcode);
      if (area) s.flyTo({ bounds: area.bbox });
    };
    const enter = () => {
      map.getCanvas().style.cursor = 'pointer';
    };
    const leave = () => {
      map.getCanvas().style.cursor = '';
    };
    map.on('click', CHOROPLETH_FILL, onClick);
    map.on('mouseenter', CHOROPLETH_FILL, enter);
    map.on('mouseleave', CHOROPLETH_FILL, leave);
    return () => {
      map.off('click', CHOROPLETH_FILL, onClick);
      map.off('mouseenter', CHOROPLETH_FILL, enter);
      map.off('mouseleave', CHOROPLETH_FILL, leave);
    };
  }, [current, thematic, areas]);

  const index = countyIndexOf(areas);
  const showAreas = useAppStore((s) => s.visibleLayers.boundaries);
  const lang = useAppStore((s) => s.lang);
  // one label point per area (a label on the polygon would repeat in every tile it spans); with the choropleth
  // the index is written under the name, so colour is never the only signal
  const labels = useMemo((): FeatureCollection => {
    const byCode = new Map(choropleth.fc.features.map((f) => [f.properties.adcode, f.properties.index]));
    const approx = lang === 'zh' ? '（示意）' : ' (approx.)';
    return {
      type: 'FeatureCollection',
      features: index.areas.flatMap((a) => {
        const p = representativePoint({ type: 'Feature', properties: {}, geometry: a.geometry });
        if (!p) return [];
        const name = `${a.name}${a.approximate ? approx : ''}`;
        const i = byCode.get(a.adcode);
        const label = thematic === 'choropleth' && i !== undefined ? `${name}\n◆ ${i}` : name;
        return [
          { type: 'Feature', properties: { adcode: a.adcode, label }, geometry: { type: 'Point', coordinates: p } },
        ];
      }),
    };
  }, [index, choropleth, thematic, lang]);
  const drilled = useMemo((): FeatureCollection => {
    if (!isKnownCounty(county, index)) return EMPTY;
    const a = index.byCode.get(county);
    return a
      ? { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: a.geometry, properties: {} }] }
      : EMPTY;
  }, [county, index]);

  const specs = useMemo(
    () =>
      (thematic === 'choropleth' ? choroplethLayers() : thematic === 'hex' ? hexLayers(population) : []).map(
        withSharedBindings,
      ),
    [thematic, population],
  );

  return (
    <>
      <Source id="stats-choropleth" type="geojson" data={thematic === 'choropleth' ? choropleth.fc : EMPTY}>
        {specs
          .filter((l) => 'source' in l && l.source === 'stats-choropleth')
          .map((l) => (
            <Layer key={l.id} {...(l as LayerProps)} beforeId={BEFORE} />
          ))}
      </Source>
      <Source id="stats-hex" type="geojson" data={thematic === 'hex' ? hex.fc : EMPTY}>
        {specs
          .filter((l) => 'source' in l && l.source === 'stats-hex')
          .map((l) => (
            <Layer key={l.id} {...(l as LayerProps)} beforeId={BEFORE} />
          ))}
      </Source>
      <Source id="stats-area-labels" type="geojson" data={labels}>
        <Layer
          {...({
            ...AREA_LABEL,
            layout: { ...AREA_LABEL.layout, visibility: showAreas ? 'visible' : 'none' },
          } as LayerProps)}
        />
      </Source>
      <Source id="stats-county" type="geojson" data={drilled}>
        <Layer {...(COUNTY_OUTLINE as LayerProps)} />
      </Source>
      <TimeSlider legend={legend} />
    </>
  );
}
