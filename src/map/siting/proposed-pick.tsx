import { useMap } from '@vis.gl/react-maplibre';
import { useEffect } from 'react';
import { useSitingStore } from '../../state/siting-store';
import { useMapClick } from '../map-click-store';

/**
 * 反向核查 "在地图上点选": while the planner is picking, the next plain map click places the proposed hazard instead
 * of selecting a feature (the map's click interceptor), and the cursor says so.
 */
export function ProposedPick() {
  const { current } = useMap();
  const picking = useSitingStore((s) => s.pickingProposed);

  useEffect(() => {
    if (!current || !picking) return;
    const canvas = current.getMap().getCanvas();
    const pick = ({ lng, lat }: { lng: number; lat: number }) => {
      const s = useSitingStore.getState();
      s.setProposed({ location: [lng, lat] });
      s.setPickingProposed(false);
    };
    useMapClick.getState().setInterceptor(pick);
    canvas.style.cursor = 'crosshair';
    return () => {
      if (useMapClick.getState().interceptor === pick) useMapClick.getState().setInterceptor(null);
      canvas.style.removeProperty('cursor');
    };
  }, [current, picking]);

  return null;
}
