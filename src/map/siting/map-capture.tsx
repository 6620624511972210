import { useMap } from '@vis.gl/react-maplibre';
import type * as maplibregl from 'maplibre-gl';
import { useEffect } from 'react';
import { create } from 'zustand';

export interface MapPicture {
  dataUrl: string;
  /** CSS pixels */
  width: number;
  height: number;
  /** ground metres per CSS pixel at the picture's centre */
  metresPerPixel: number;
  bearing: number;
}
export type CaptureFn = (opts: {
  bounds: [number, number, number, number] | null;
  aspect: number;
}) => Promise<MapPicture>;

/** The capture function of the mounted map, for the report (the workspace hands it to the panel). */
export const useMapCapture = create<{ capture: CaptureFn | null }>()(() => ({ capture: null }));

// Web Mercator ground resolution with MapLibre's 512 px tiles: equator circumference / (512 · 2^zoom) · cos(lat)
const EQUATOR_M = 40_075_016.686;
const metresPerPixel = (lat: number, zoom: number) => (EQUATOR_M * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);

const idle = (map: maplibregl.Map) =>
  new Promise<void>((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });

/**
 * Registers `capture`: frames `bounds` in the middle band of the map that the picture keeps (width/height =
 * `aspect`), waits until everything is drawn, copies that band of the canvas (the map keeps its drawing buffer,
 * so toDataURL sees the last frame), then puts the camera back where the planner had it.
 */
export function MapCapture() {
  const { current } = useMap();
  useEffect(() => {
    if (!current) return;
    const map = current.getMap() as unknown as maplibregl.Map;
    const capture: CaptureFn = async ({ bounds, aspect }) => {
      const canvas = map.getCanvas();
      const cssW = canvas.clientWidth;
      const cssH = canvas.clientHeight;
      const keepW = Math.min(cssW, cssH * aspect);
      const keepH = keepW / aspect;
      const before = { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
      if (bounds) {
        const padX = (cssW - keepW) / 2 + 24;
        const padY = (cssH - keepH) / 2 + 24;
        map.fitBounds(bounds, {
          padding: { top: padY, bottom: padY, left: padX, right: padX },
          animate: false,
          maxZoom: 16,
        });
      }
      await idle(map);
      const scale = canvas.width / cssW;
      const out = document.createElement('canvas');
      out.width = Math.round(keepW * scale);
      out.height = Math.round(keepH * scale);
      const ctx = out.getContext('2d');
      if (!ctx) throw new Error('no 2d canvas');
      ctx.drawImage(
        canvas,
        Math.round(((cssW - keepW) / 2) * scale),
        Math.round(((cssH - keepH) / 2) * scale),
        out.width,
        out.height,
        0,
        0,
        out.width,
        out.height,
      );
      const picture: MapPicture = {
        dataUrl: out.toDataURL('image/png'),
        width: keepW,
        height: keepH,
        metresPerPixel: metresPerPixel(map.getCenter().lat, map.getZoom()),
        bearing: map.getBearing(),
      };
      if (bounds) map.jumpTo(before);
      return picture;
    };
    useMapCapture.setState({ capture });
    return () => {
      if (useMapCapture.getState().capture === capture) useMapCapture.setState({ capture: null });
    };
  }, [current]);
  return null;
}
