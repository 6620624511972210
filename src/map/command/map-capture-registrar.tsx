import { useMap } from '@vis.gl/react-maplibre';
import { useEffect } from 'react';
import { setCaptureMap } from './map-capture';

/** Lets captureMapImage reach the map; render inside <MapView>. */
export function MapCaptureRegistrar() {
  const { current } = useMap();
  useEffect(() => {
    setCaptureMap(current ?? null);
    return () => setCaptureMap(null);
  }, [current]);
  return null;
}
