import { useMap } from '@vis.gl/react-maplibre';
import type { Point, Polygon } from 'geojson';
import type * as maplibregl from 'maplibre-gl';
import { useEffect } from 'react';
import { TerraDraw, TerraDrawPointMode, TerraDrawPolygonMode } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { useSitingStore } from '../../state/siting-store';
import { useMapClick } from '../map-click-store';

type Hex = `#${string}`;
export interface DrawColours {
  fill: string;
  stroke: string;
  halo: string;
}

/** MapLibre's own "style parsed" flag: sources may be added from then on (the same check react-maplibre makes). */
const styleReady = (map: maplibregl.Map) =>
  Boolean((map as unknown as { style?: { _loaded?: boolean } }).style?._loaded);

/**
 * Draws the site (step 1 选址) with terra-draw and its MapLibre adapter: a point with one click, a polygon with a
 * click per vertex, closed by clicking its first point or pressing Enter. terra-draw runs only while drawing; the
 * finished shape goes to the siting store and is drawn from there like an uploaded or typed site. While drawing,
 * plain clicks must not also select the features under them, so a no-op click interceptor is set.
 */
export function SiteDraw({ colours }: { colours: DrawColours }) {
  const { current } = useMap();
  const mode = useSitingStore((s) => s.draw);

  useEffect(() => {
    if (!current || !mode) return;
    const map = current.getMap() as unknown as maplibregl.Map;
    const fill = colours.fill as Hex;
    const stroke = colours.stroke as Hex;
    const halo = colours.halo as Hex;
    let draw: TerraDraw | null = null;
    let live = true;
    const swallow = () => {};
    useMapClick.getState().setInterceptor(swallow);

    const start = () => {
      if (!live || draw || !styleReady(map)) return;
      map.off('styledata', start);
      draw = new TerraDraw({
        adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: 'siting-draw' }),
        modes: [
          new TerraDrawPointMode({
            styles: { pointColor: fill, pointWidth: 7, pointOutlineColor: halo, pointOutlineWidth: 2 },
          }),
          new TerraDrawPolygonMode({
            styles: {
              fillColor: fill,
              fillOpacity: 0.25,
              outlineColor: stroke,
              outlineWidth: 2,
              closingPointColor: halo,
              closingPointOutlineColor: stroke,
              closingPointWidth: 6,
              closingPointOutlineWidth: 2,
            },
          }),
        ],
      });
      draw.start();
      draw.setMode(mode);
      const d = draw;
      d.on('finish', (id) => {
        const f = d.getSnapshotFeature(id);
        if (!f || (f.geometry.type !== 'Point' && f.geometry.type !== 'Polygon')) return;
        const geometry = { type: f.geometry.type, coordinates: f.geometry.coordinates } as Point | Polygon;
        // after terra-draw has finished handling the event: setting the site ends drawing, which stops terra-draw
        setTimeout(() => useSitingStore.getState().setSite({ geometry, origin: 'draw', label: '' }), 0);
      });
    };
    if (styleReady(map)) start();
    else map.on('styledata', start);

    return () => {
      live = false;
      map.off('styledata', start);
      if (useMapClick.getState().interceptor === swallow) useMapClick.getState().setInterceptor(null);
      // its layers are gone when a basemap switch replaced the style; then only the listeners need removing
      try {
        draw?.stop();
      } catch {
        // the style was replaced under it: nothing left to remove
      }
    };
  }, [current, mode, colours]);

  return null;
}
