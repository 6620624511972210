import { create } from 'zustand';

/**
 * The pointer's geographic position for the status bar (`cursor-coords`). Kept out of the app store because it
 * changes on every mouse move and is never part of the URL.
 */
export interface CursorState {
  lon: number | null;
  lat: number | null;
  set: (lon: number | null, lat: number | null) => void;
}

export const useCursor = create<CursorState>()((set) => ({
  lon: null,
  lat: null,
  set: (lon, lat) => set({ lon, lat }),
}));
