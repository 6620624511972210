import { create } from 'zustand';

/**
 * A workspace tool that needs plain map clicks (place an incident, pick a site) registers an interceptor here;
 * while one is set, a click goes to it instead of selecting features. Kept in src/map: only map code sees clicks.
 */
export type MapClickInterceptor = (lngLat: { lng: number; lat: number }) => void;

interface MapClickState {
  interceptor: MapClickInterceptor | null;
  setInterceptor: (f: MapClickInterceptor | null) => void;
}

export const useMapClick = create<MapClickState>()((set) => ({
  interceptor: null,
  setInterceptor: (interceptor) => set({ interceptor }),
}));
