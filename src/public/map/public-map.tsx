import 'maplibre-gl/dist/maplibre-gl.css';
import {
  Layer,
  type LayerProps,
  Map as MapGL,
  type MapLayerMouseEvent,
  NavigationControl,
  ScaleControl,
  Source,
  useMap,
} from '@vis.gl/react-maplibre';
import type { FeatureCollection } from 'geojson';
import * as maplibregl from 'maplibre-gl';
import { useEffect, useMemo, useState } from 'react';
import { offlineBasemapStyle } from '../../map/basemap-style';
import { type IconHost, installIcons } from '../../map/icons';
import { usePublishReady } from '../../map/ready-flag';
import { useFirstFrameHold } from '../../map/use-first-frame-hold';
import { NEARBY_RADII_M, PUBLIC_LAYERS, PUBLIC_RISK_LAYERS, type PublicLayer } from '../contract';
import type { PublicData } from '../data/load-public-data';
import { siteFeature } from '../data/parse-public-features';
import { usePublicT } from '../i18n/public-t';
import { formatKm } from '../near-me/describe-nearby';
import type { Place } from '../place';
import { placeBounds, placeFeatures } from './place-features';
import { PLACE_LAYERS, PLACE_SOURCE, PUBLIC_STYLE_LAYERS, SHELTER_ICON } from './public-layers';
import { drawShelterIcon, SHELTER_ICON_PIXEL_RATIO } from './shelter-icon';
import '../../map/maplibre-setup'; // worker URL, the sky fix and the first-frame gate, once for the library

type MapInstance = maplibregl.Map;

declare global {
  interface Window {
    /** the same handle as the internal map's (src/map/ready-flag.ts), so the e2e helpers work on both */
    __riskatlas?: { map: MapInstance; ready: boolean };
  }
}

/** 岳阳市 with a margin: the first view, and how far the map lets you wander. */
const REGION: [number, number, number, number] = [112.3, 28.35, 114.25, 29.85];
const MAX_BOUNDS: [number, number, number, number] = [110.5, 27.2, 116, 31];
/**
 * Hazard positions are snapped to a ~1 km grid: deeper zoom would only show false precision.
 */
const MAX_ZOOM = 13;

/** Runtime icons (src/map/icons for the shared ones, the shelter sign here) before the first tile asks for them. */
function IconInstaller() {
  const { current } = useMap();
  useEffect(() => {
    if (!current) return;
    const map = current.getMap() as unknown as MapInstance;
    const addShelter = () => {
      if (map.hasImage(SHELTER_ICON)) return;
      const img = drawShelterIcon();
      if (img) map.addImage(SHELTER_ICON, img, { pixelRatio: SHELTER_ICON_PIXEL_RATIO });
    };
    addShelter();
    map.on('style.load', addShelter);
    const uninstall = installIcons(map as unknown as IconHost);
    return () => {
      map.off('style.load', addShelter);
      uninstall();
    };
  }, [current]);
  return null;
}

const reducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

/** Frames the searched place's 5 km circle whenever the place changes. */
function FitPlace({ place }: { place: Place | null }) {
  const { current } = useMap();
  useEffect(() => {
    if (!current || !place) return;
    const maxR = NEARBY_RADII_M[NEARBY_RADII_M.length - 1] ?? 5000;
    current.fitBounds(placeBounds([place.lon, place.lat], maxR), { padding: 24, duration: reducedMotion() ? 0 : 600 });
  }, [current, place]);
  return null;
}

/** `window.__riskatlas.ready` once the data is in the sources and the map has drawn it (the next idle). */
function ReadyFlag({ loaded }: { loaded: boolean }) {
  const { current } = useMap();
  usePublishReady(current ? (current.getMap() as unknown as MapInstance) : null, loaded);
  return null;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

function layerData(data: PublicData | null): Record<PublicLayer, FeatureCollection> {
  const out = Object.fromEntries(PUBLIC_LAYERS.map((l) => [l, EMPTY])) as Record<PublicLayer, FeatureCollection>;
  if (!data) return out;
  for (const layer of PUBLIC_RISK_LAYERS) {
    out[layer] = {
      type: 'FeatureCollection',
      features: data.sites.filter((s) => s.layer === layer).map(siteFeature),
    };
  }
  out['fire-stations'] = { type: 'FeatureCollection', features: data.fireStations };
  out.shelters = { type: 'FeatureCollection', features: data.shelters };
  return out;
}

export interface PublicMapProps {
  data: PublicData | null;
  place: Place | null;
  /** a click on the map asks about that point */
  onPick: (lon: number, lat: number) => void;
}

/**
 * The public map: offline basemap, the five public layers and the searched place with its 1/3/5 km circles.
 * Everything it shows is also in words in the report and the legend, so the canvas is never the only way in.
 */
export function PublicMap({ data, place, onPick }: PublicMapProps) {
  // the first frame waits for the data as well as the basemap (first-frame-gate.ts)
  useFirstFrameHold(data !== null);
  const { t, lang } = usePublicT();
  const [style] = useState(() => offlineBasemapStyle('light'));
  // On a phone the map sits in the scrolling page: one finger scrolls the page, two move the map.
  const [cooperative] = useState(
    () => typeof window !== 'undefined' && window.matchMedia?.('(max-width: 899px)').matches,
  );
  const sources = useMemo(() => layerData(data), [data]);
  const placeData = useMemo(
    () => (place ? placeFeatures([place.lon, place.lat], (r) => t('public.unit.km', { n: formatKm(r) })) : EMPTY),
    [place, t],
  );
  const locale = useMemo(
    (): Record<string, string> =>
      lang === 'zh'
        ? {
            'Map.Title': t('public.map.label'),
            'NavigationControl.ZoomIn': '放大',
            'NavigationControl.ZoomOut': '缩小',
            'NavigationControl.ResetBearing': '恢复正北方向',
            'CooperativeGesturesHandler.WindowsHelpText': '按住 Ctrl 键并滚动鼠标滚轮来缩放地图',
            'CooperativeGesturesHandler.MacHelpText': '按住 ⌘ 键并滚动鼠标滚轮来缩放地图',
            'CooperativeGesturesHandler.MobileHelpText': '用两根手指移动地图',
          }
        : { 'Map.Title': t('public.map.label') },
    [lang, t],
  );

  return (
    <MapGL
      // MapLibre reads its UI strings once, at creation: a language switch builds a new map
      key={lang}
      mapLib={maplibregl as never}
      mapStyle={style as never}
      initialViewState={{ bounds: REGION, fitBoundsOptions: { padding: 8 } }}
      maxBounds={MAX_BOUNDS}
      maxZoom={MAX_ZOOM}
      minZoom={6}
      locale={locale}
      cooperativeGestures={cooperative}
      attributionControl={false}
      canvasContextAttributes={{ preserveDrawingBuffer: true }}
      onClick={(e: MapLayerMouseEvent) => onPick(e.lngLat.lng, e.lngLat.lat)}
      style={{ width: '100%', height: '100%' }}
    >
      <IconInstaller />
      <FitPlace place={place} />
      <ReadyFlag loaded={data !== null} />
      <NavigationControl position="top-right" showCompass={false} />
      <ScaleControl position="bottom-left" unit="metric" />
      {PUBLIC_LAYERS.map((layer) => (
        <Source key={layer} id={layer} type="geojson" data={sources[layer]}>
          {PUBLIC_STYLE_LAYERS[layer].map((spec) => (
            <Layer key={spec.id} {...(spec as LayerProps)} />
          ))}
        </Source>
      ))}
      <Source id={PLACE_SOURCE} type="geojson" data={placeData}>
        {PLACE_LAYERS.map((spec) => (
          <Layer key={spec.id} {...(spec as LayerProps)} />
        ))}
      </Source>
    </MapGL>
  );
}
