import { create } from 'zustand';
import { LAYER_IDS, type LayerId } from '../domain/layer-ids';

/**
 * User intent only (what the user asked to see); everything else is derived.
 * The URL mirrors the shareable part (src/state/url-state.ts): view, layers, hidden facet values, selection,
 * language and basemap.
 */
export type Lang = 'zh' | 'en';
/** 一张图 · 规划选址 · 应急指挥 (product/ux.md) */
export type Workspace = 'overview' | 'siting' | 'command';
export const WORKSPACES: readonly Workspace[] = ['overview', 'siting', 'command'];
export interface View {
  lon: number;
  lat: number;
  zoom: number;
}
export type BBox = [minX: number, minY: number, maxX: number, maxY: number];
export interface FeatureRef {
  layer: LayerId;
  id: string;
}
/** A one-shot request to move the map (search, coordinate jump, zoom to extent). `seq` makes repeats distinct. */
export interface FlyRequest {
  seq: number;
  lon?: number;
  lat?: number;
  zoom?: number;
  bounds?: BBox;
}

// Frames the whole 岳阳市 sample (112.5–113.9°E, 28.5–29.6°N) in the 一张图 map area at 1440×900.
export const DEFAULT_VIEW: View = { lon: 113.22, lat: 29.1, zoom: 8.3 };

export interface AppState {
  lang: Lang;
  workspace: Workspace;
  view: View;
  /** the map's visible bounds, written by the map on move end; null before the first render */
  bounds: BBox | null;
  visibleLayers: Record<LayerId, boolean>;
  /** facet values (see src/theme FACETS) the user has unticked, per layer */
  hiddenValues: Record<LayerId, string[]>;
  selected: FeatureRef | null;
  basemap: string;
  fly: FlyRequest | null;
  /** a searched coordinate the map pins with a marker (not in the URL: it is a transient answer to a search) */
  marker: { lon: number; lat: number } | null;
  /** county drill-down: the GB/T 2260 code every panel and the map filter to, null = the whole city (URL `c=`) */
  county: string | null;
  setLang: (lang: Lang) => void;
  setWorkspace: (workspace: Workspace) => void;
  setView: (view: View, bounds: BBox | null) => void;
  setLayerVisible: (layer: LayerId, visible: boolean) => void;
  toggleValue: (layer: LayerId, value: string) => void;
  select: (ref: FeatureRef | null) => void;
  setBasemap: (id: string) => void;
  flyTo: (req: Omit<FlyRequest, 'seq'>) => void;
  setMarker: (marker: { lon: number; lat: number } | null) => void;
  setCounty: (county: string | null) => void;
}

const allVisible = () => Object.fromEntries(LAYER_IDS.map((id) => [id, true])) as Record<LayerId, boolean>;
const noneHidden = () => Object.fromEntries(LAYER_IDS.map((id) => [id, []])) as unknown as Record<LayerId, string[]>;

export const useAppStore = create<AppState>()((set) => ({
  lang: 'zh',
  workspace: 'overview',
  view: DEFAULT_VIEW,
  bounds: null,
  visibleLayers: allVisible(),
  hiddenValues: noneHidden(),
  selected: null,
  basemap: 'offline',
  fly: null,
  marker: null,
  county: null,
  setLang: (lang) => set({ lang }),
  setWorkspace: (workspace) => set({ workspace }),
  setView: (view, bounds) => set({ view, bounds }),
  setLayerVisible: (layer, visible) => set((s) => ({ visibleLayers: { ...s.visibleLayers, [layer]: visible } })),
  toggleValue: (layer, value) =>
    set((s) => {
      const cur = s.hiddenValues[layer];
      const next = cur.includes(value) ? cur.filter((v) => v !== value) : [...cur, value].sort();
      return { hiddenValues: { ...s.hiddenValues, [layer]: next } };
    }),
  select: (selected) => set({ selected }),
  setBasemap: (basemap) => set({ basemap }),
  flyTo: (req) => set((s) => ({ fly: { ...req, seq: (s.fly?.seq ?? 0) + 1 } })),
  setMarker: (marker) => set({ marker }),
  setCounty: (county) => set({ county }),
}));
