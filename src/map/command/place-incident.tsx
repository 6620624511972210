import { useMap } from '@vis.gl/react-maplibre';
import { useEffect } from 'react';
import { useCommandStore } from '../../state/command-store';
import { useMapClick } from '../map-click-store';

/**
 * While the incident panel is "placing", the next plain map click places the incident (map-click-store
 * interceptor) and the cursor is a crosshair; Esc cancels. The interceptor is removed as soon as placing ends, so
 * clicks select features again.
 */
export function PlaceIncident() {
  const { current } = useMap();
  const placing = useCommandStore((s) => s.placing);
  useEffect(() => {
    if (!placing) return;
    const setInterceptor = useMapClick.getState().setInterceptor;
    setInterceptor(({ lng, lat }) => useCommandStore.getState().setPoint([lng, lat]));
    const canvas = current?.getCanvas();
    const before = canvas?.style.cursor ?? '';
    if (canvas) canvas.style.cursor = 'crosshair';
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') useCommandStore.getState().set({ placing: false });
    };
    window.addEventListener('keydown', onKey);
    return () => {
      setInterceptor(null);
      if (canvas) canvas.style.cursor = before;
      window.removeEventListener('keydown', onKey);
    };
  }, [placing, current]);
  return null;
}
