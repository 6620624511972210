import 'maplibre-gl/dist/maplibre-gl.css';
import {
  AttributionControl,
  Map as MapGL,
  type MapLayerMouseEvent,
  type MapRef,
  Marker,
  NavigationControl,
  ScaleControl,
  useMap,
} from '@vis.gl/react-maplibre';
import * as maplibregl from 'maplibre-gl';
import {
  type CSSProperties,
  Fragment,
  type ReactNode,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { allSettled, useDataStore } from '../data/layer-store';
import { LAYER_IDS } from '../domain/layer-ids';
import { interactiveLayerIds } from '../layers';
import { useAppStore } from '../state/store';
import { type MapMode, mapTheme } from '../theme/map-theme';
import { BASEMAP_PREFIX } from './basemap-style';
import { useCursor } from './cursor-store';
import { DataLayers } from './data-layers';
import { type IconHost, installIcons } from './icons';
import { useMapClick } from './map-click-store';
import { pickFeature, type RenderedFeatureLike, viewFrom } from './map-helpers';
import { BasemapNotice, type HoverInfo, HoverTooltip } from './map-overlays';
import { setPmtilesHost } from './pmtiles-style';
import { usePublishReady } from './ready-flag';
import { useBasemapStyle } from './use-basemap-style';
import { useFirstFrameHold } from './use-first-frame-hold';
import { useFlyRequests } from './use-map-sync';
import { boundsOfView } from './view-bounds';
import './maplibre-setup'; // worker URL, the sky fix and the first-frame gate, once for the library

// pmtiles:// is registered with this library when the user first picks a PMTiles basemap (pmtiles-style.ts).
setPmtilesHost(maplibregl);

/**
 * Installs the runtime icons as soon as the map exists: its effect runs before the style's first `styledata`,
 * so no tile asks for an icon that is not there yet (onLoad would be too late).
 */
function IconInstaller() {
  const { current } = useMap();
  useEffect(() => (current ? installIcons(current.getMap() as unknown as IconHost) : undefined), [current]);
  return null;
}

export interface MapViewProps {
  /** light for 一张图/规划选址, dark for 应急指挥 */
  mode?: MapMode;
  style?: CSSProperties;
  /** workspace map tools (analysis overlays, drawing); rendered inside the map so they can use `useMap()` */
  children?: ReactNode;
}

type MapInstance = maplibregl.Map;

/**
 * The map: offline (or user-chosen) basemap, one source per data layer from src/layers, selection highlight,
 * hover tooltip, cursor coordinates (useCursor), fly requests and `window.__riskatlas` for tests and print.
 */
export function MapView({ mode = 'light', style, children }: MapViewProps) {
  const mapRef = useRef<MapRef>(null);
  const [map, setMap] = useState<MapInstance | null>(null);
  // Read once: afterwards the map owns the camera and reports back on move end.
  const [initialView] = useState(() => useAppStore.getState().view);
  const basemapValue = useAppStore((s) => s.basemap);
  const lang = useAppStore((s) => s.lang);
  const marker = useAppStore((s) => s.marker);
  const basemap = useBasemapStyle(basemapValue, mode);
  const theme = useMemo(() => mapTheme(mode), [mode]);
  const interactive = useMemo(() => LAYER_IDS.flatMap((l) => interactiveLayerIds(l, theme)), [theme]);
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const [tileError, setTileError] = useState<{ key: string; message: string } | null>(null);

  useFlyRequests(map);
  // every layer settled (loaded, or failed with an error state on screen): the map's first frame waits for it as
  // well as for the basemap (first-frame-gate.ts), and `window.__riskatlas.ready` turns true once it is drawn
  const settled = useDataStore(allSettled);
  useFirstFrameHold(settled);
  usePublishReady(map, settled);

  // Before MapLibre has started (a second or more on a slow machine), tell the data layer what the first view will
  // show, so bbox-streamed layers are read while the map sets itself up; the map's own bounds replace these on load.
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = box.current;
    const s = useAppStore.getState();
    if (!el || s.bounds || el.clientWidth === 0 || el.clientHeight === 0) return;
    s.setView(s.view, boundsOfView(s.view, el.clientWidth, el.clientHeight));
  }, []);

  const publishView = useCallback((m: MapInstance) => {
    const b = m.getBounds();
    const { view, bounds } = viewFrom(m.getCenter(), m.getZoom(), [
      b.getWest(),
      b.getSouth(),
      b.getEast(),
      b.getNorth(),
    ]);
    useAppStore.getState().setView(view, bounds);
  }, []);

  const onLoad = useCallback(
    (e: { target: MapInstance }) => {
      const m = e.target;
      setMap(m);
      publishView(m); // bbox-streamed layers and the list view need bounds before the first move
    },
    [publishView],
  );

  const onClick = useCallback(async (e: MapLayerMouseEvent) => {
    const intercept = useMapClick.getState().interceptor;
    if (intercept) {
      intercept({ lng: e.lngLat.lng, lat: e.lngLat.lat });
      return;
    }
    const pick = pickFeature(e.features as unknown as RenderedFeatureLike[]);
    if (!pick) return;
    if (pick.kind === 'feature') {
      useAppStore.getState().select(pick.ref);
      return;
    }
    const m = e.target;
    const src = m.getSource(pick.source) as unknown as { getClusterExpansionZoom(id: number): Promise<number> };
    const zoom = await src.getClusterExpansionZoom(pick.clusterId);
    m.easeTo({ center: pick.lngLat, zoom: Math.min(zoom, m.getMaxZoom()) });
  }, []);

  const onMouseMove = useCallback((e: MapLayerMouseEvent) => {
    useCursor.getState().set(e.lngLat.lng, e.lngLat.lat);
    const pick = pickFeature(e.features as unknown as RenderedFeatureLike[]);
    setHover(
      pick?.kind === 'feature' ? { x: e.point.x, y: e.point.y, layer: pick.ref.layer, props: pick.props } : null,
    );
  }, []);

  const onMouseOut = useCallback(() => {
    useCursor.getState().set(null, null);
    setHover(null);
  }, []);

  const onError = useCallback(
    (e: { error?: { message?: string }; sourceId?: string }) => {
      // Only basemap failures are shown here; data errors surface through the layer store.
      if (e.sourceId?.startsWith(BASEMAP_PREFIX) || (!e.sourceId && basemap.key !== `offline|${mode}`)) {
        const message =
          lang === 'zh'
            ? `底图不可用：${e.error?.message ?? '瓦片加载失败'}（网络不通或密钥无效）`
            : `Basemap unavailable: ${e.error?.message ?? 'tile load failed'} (offline or invalid key)`;
        setTileError((prev) => (prev?.key === basemap.key ? prev : { key: basemap.key, message }));
      }
    },
    [basemap.key, lang, mode],
  );

  const notice = basemap.error ? basemap.error[lang] : tileError?.key === basemap.key ? tileError.message : null;

  return (
    <div ref={box} style={{ position: 'relative', width: '100%', height: '100%', ...style }}>
      <MapGL
        ref={mapRef}
        mapLib={maplibregl as never}
        mapStyle={basemap.style as never}
        initialViewState={{ longitude: initialView.lon, latitude: initialView.lat, zoom: initialView.zoom }}
        canvasContextAttributes={{ preserveDrawingBuffer: true }}
        attributionControl={false}
        interactiveLayerIds={interactive}
        cursor={hover ? 'pointer' : ''}
        onLoad={onLoad}
        onMoveEnd={(e) => publishView(e.target)}
        onClick={onClick}
        onMouseMove={onMouseMove}
        onMouseOut={onMouseOut}
        onError={onError}
        style={{ width: '100%', height: '100%' }}
      >
        <IconInstaller />
        <NavigationControl position="top-right" />
        <ScaleControl position="bottom-left" unit="metric" />
        <AttributionControl compact position="bottom-right" />
        {/* remounted on a basemap switch so the data layers are re-added above the new basemap, in order */}
        <DataLayers key={basemap.key} theme={theme} />
        <Fragment key={`tools|${basemap.key}`}>{children}</Fragment>
        {marker && <Marker longitude={marker.lon} latitude={marker.lat} color={theme.highlight.ring} anchor="bottom" />}
      </MapGL>
      {hover && <HoverTooltip hover={hover} lang={lang} mode={mode} />}
      {notice && (
        <BasemapNotice
          message={notice}
          mode={mode}
          lang={lang}
          onOffline={() => useAppStore.getState().setBasemap('offline')}
        />
      )}
    </div>
  );
}
