import type { BBox, View } from '../state/store';

/** MapLibre draws the world 512 px wide at zoom 0 (its transform's tile size). */
const WORLD_PX_AT_Z0 = 512;

const latToY = (lat: number) => {
  const s = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};
const yToLat = (y: number) => (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90;

/**
 * The bounds a north-up, unpitched Web Mercator view of `width` × `height` CSS px shows: what the map will report
 * once it has loaded. Known before MapLibre starts (it takes a second or more to set up), so the data of the
 * first view can be requested in parallel with the map's own start instead of after it.
 */
export function boundsOfView(view: View, width: number, height: number): BBox {
  const world = WORLD_PX_AT_Z0 * 2 ** view.zoom;
  const halfLon = (width / 2 / world) * 360;
  const cy = latToY(view.lat);
  const halfY = height / 2 / world;
  return [
    Math.max(-180, view.lon - halfLon),
    Math.max(-85.05113, yToLat(cy + halfY)),
    Math.min(180, view.lon + halfLon),
    Math.min(85.05113, yToLat(cy - halfY)),
  ];
}
