import type { MapRef } from '@vis.gl/react-maplibre';

/**
 * Map image for the 简报. The map registers itself here (MapCaptureRegistrar); the workspace asks for an image.
 * A module-level slot rather than a store: nothing renders from it.
 */
let mapRef: MapRef | null = null;

export function setCaptureMap(map: MapRef | null): void {
  mapRef = map;
}

/**
 * Fits `bounds` (if given) without animation, waits until the map has drawn everything, and returns the canvas as
 * a PNG data URL. The map is created with preserveDrawingBuffer, so the last frame is still readable. Null when
 * there is no map or the canvas cannot be read.
 */
export async function captureMapImage(
  bounds: [number, number, number, number] | null,
  timeoutMs = 15_000,
): Promise<string | null> {
  const map = mapRef?.getMap();
  if (!map) return null;
  if (bounds) {
    map.fitBounds(
      [
        [bounds[0], bounds[1]],
        [bounds[2], bounds[3]],
      ],
      { padding: 30, maxZoom: 15, duration: 0 },
    );
  }
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, timeoutMs); // a basemap that never settles must not block the report
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
    map.triggerRepaint();
  });
  try {
    return map.getCanvas().toDataURL('image/png');
  } catch {
    return null;
  }
}
