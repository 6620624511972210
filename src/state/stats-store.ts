import { create } from 'zustand';
import type { IndexBasis } from '../analysis/stats/composite-index';
import type { RiskWeights } from '../analysis/stats/risk-weights';
import type { LayerId } from '../domain/layer-ids';

/**
 * What the user asked of the statistics, table and dynamic-map tools (not shared by URL, except the county, which
 * lives in the main store as `c=`). Derived numbers are never stored here.
 */
export type Thematic = 'none' | 'choropleth' | 'hex';
export type LeftTab = 'layers' | 'features' | 'stats';
export type DrawerTab = 'table' | 'indicators';

export interface StatsState {
  leftTab: LeftTab;
  /** the bottom drawer: closed, or which tab is open */
  drawer: DrawerTab | null;
  thematic: Thematic;
  /** null = the defaults of src/analysis/stats/risk-weights.ts */
  weights: RiskWeights | null;
  basis: IndexBasis;
  /** hexagon edge, km */
  hexKm: number;
  /** population-dense overlay on the density map */
  population: boolean;
  /** the time slider's day; null = the data version (the ledgers as they stand) */
  asOf: string | null;
  playing: boolean;
  /** layer counted in the by-county chart */
  chartLayer: LayerId;
  /** layer shown in 一张表 */
  tableLayer: LayerId;
  setLeftTab: (t: LeftTab) => void;
  setDrawer: (d: DrawerTab | null) => void;
  setThematic: (t: Thematic) => void;
  setWeights: (w: RiskWeights | null) => void;
  setBasis: (b: IndexBasis) => void;
  setHexKm: (km: number) => void;
  setPopulation: (on: boolean) => void;
  setAsOf: (d: string | null) => void;
  setPlaying: (p: boolean) => void;
  setChartLayer: (l: LayerId) => void;
  setTableLayer: (l: LayerId) => void;
}

export const useStatsStore = create<StatsState>()((set) => ({
  leftTab: 'layers',
  drawer: null,
  thematic: 'none',
  weights: null,
  basis: 'density',
  hexKm: 3,
  population: true,
  asOf: null,
  playing: false,
  chartLayer: 'hazard-sources',
  tableLayer: 'hazard-sources',
  setLeftTab: (leftTab) => set({ leftTab }),
  setDrawer: (drawer) => set({ drawer }),
  setThematic: (thematic) => set({ thematic }),
  setWeights: (weights) => set({ weights }),
  setBasis: (basis) => set({ basis }),
  setHexKm: (hexKm) => set({ hexKm }),
  setPopulation: (population) => set({ population }),
  setAsOf: (asOf) => set({ asOf }),
  setPlaying: (playing) => set({ playing }),
  setChartLayer: (chartLayer) => set({ chartLayer }),
  setTableLayer: (tableLayer) => set({ tableLayer }),
}));
