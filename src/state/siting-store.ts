import type { MultiPolygon, Point, Polygon } from 'geojson';
import { create } from 'zustand';
import type { RuleOverride } from '../domain/siting/types';

/**
 * What the planner asked for in the 规划选址 workspace: the site, the proposed development, the scenario changes to
 * the rule table, the proposed hazard of the inverse check. Results are derived (src/panels/siting); nothing here
 * is in the URL, a siting case is a working session, not a shareable view.
 */

export type SiteGeometry = Point | Polygon | MultiPolygon;
/** how the site got there, so the step can say so (and the report can name the file) */
export type SiteOrigin = 'draw' | 'file' | 'typed';
export interface Site {
  geometry: SiteGeometry;
  origin: SiteOrigin;
  /** file name, or the typed text */
  label: string;
}

export type SitingTab = 'check' | 'inverse' | 'census' | 'rules';
export type DrawMode = 'point' | 'polygon';

/** Step 2. Sizes as numbers or null (not given); the engine treats null as unknown. */
export interface DevelopmentInput {
  category: string;
  people: number | null;
  dwellings: number | null;
  floorAreaM2: number | null;
}

export interface ProposedHazardInput {
  location: [number, number] | null;
  name: string;
  chemicals: string;
  people500m: number | null;
}

export interface SitingState {
  tab: SitingTab;
  site: Site | null;
  /** a request to the map: draw this kind of site with the next clicks (null = not drawing) */
  draw: DrawMode | null;
  development: DevelopmentInput;
  /** scenario: per-rule changes, at most one entry per rule id */
  overrides: RuleOverride[];
  scenarioName: string;
  proposed: ProposedHazardInput;
  /** the next plain map click places the proposed hazard */
  pickingProposed: boolean;
  /** census pairs drawn on the map */
  censusOnMap: boolean;
  reportOpen: boolean;
  setTab: (tab: SitingTab) => void;
  setSite: (site: Site | null) => void;
  setDraw: (draw: DrawMode | null) => void;
  setDevelopment: (patch: Partial<DevelopmentInput>) => void;
  /** replaces the override of `ruleId` (null removes it) */
  setOverride: (ruleId: string, override: RuleOverride | null) => void;
  resetOverrides: () => void;
  setScenarioName: (name: string) => void;
  setProposed: (patch: Partial<ProposedHazardInput>) => void;
  setPickingProposed: (on: boolean) => void;
  setCensusOnMap: (on: boolean) => void;
  setReportOpen: (open: boolean) => void;
}

export const DEFAULT_DEVELOPMENT: DevelopmentInput = { category: '', people: null, dwellings: null, floorAreaM2: null };
// the example inventory, so the inverse check shows something the moment a location is picked
export const DEFAULT_PROPOSED: ProposedHazardInput = {
  location: null,
  name: '',
  chemicals: '氯:12;液氨:30',
  people500m: null,
};

export const useSitingStore = create<SitingState>()((set) => ({
  tab: 'check',
  site: null,
  draw: null,
  development: { ...DEFAULT_DEVELOPMENT },
  overrides: [],
  scenarioName: '',
  proposed: { ...DEFAULT_PROPOSED },
  pickingProposed: false,
  censusOnMap: true,
  reportOpen: false,
  // leaving a tab ends whatever map interaction it started
  setTab: (tab) => set({ tab, draw: null, pickingProposed: false }),
  setSite: (site) => set({ site, draw: null }),
  setDraw: (draw) => set({ draw, pickingProposed: false }),
  setDevelopment: (patch) => set((s) => ({ development: { ...s.development, ...patch } })),
  setOverride: (ruleId, override) =>
    set((s) => {
      const rest = s.overrides.filter((o) => o.ruleId !== ruleId);
      return { overrides: override ? [...rest, { ...override, ruleId }] : rest };
    }),
  resetOverrides: () => set({ overrides: [] }),
  setScenarioName: (scenarioName) => set({ scenarioName }),
  setProposed: (patch) => set((s) => ({ proposed: { ...s.proposed, ...patch } })),
  setPickingProposed: (pickingProposed) => set({ pickingProposed, draw: null }),
  setCensusOnMap: (censusOnMap) => set({ censusOnMap }),
  setReportOpen: (reportOpen) => set({ reportOpen }),
}));
