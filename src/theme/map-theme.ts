import { FACETS, HIGHLIGHT, RISK } from './theme';

/**
 * What the map needs on top of theme.ts: basemap colours, label halos and cluster colours for the light
 * (一张图, 规划选址) and dark (应急指挥) workspaces. Feature colours still come from RISK/FACETS only, so the map and
 * the legend cannot drift apart.
 */
export type MapMode = 'light' | 'dark';

/**
 * Fonts for every text layer. The style has no `glyphs` URL, so MapLibre draws each glyph locally from these CSS
 * families (Windows, macOS, Linux with fonts-noto-cjk, then the browser default).
 */
export const MAP_FONTS = ['Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'sans-serif'];

export interface BasemapColors {
  ocean: string;
  land: string;
  china: string;
  neighbour: string;
  border: string;
  chinaBorder: string;
  water: string;
  river: string;
  label: string;
  labelHalo: string;
  waterLabel: string;
  countySeat: string;
}

export interface MapTheme {
  mode: MapMode;
  risk: typeof RISK;
  facets: typeof FACETS;
  highlight: typeof HIGHLIGHT;
  /** feature name labels */
  label: { text: string; halo: string };
  /** fallback colour for a feature whose facet value is unknown (never expected after validation) */
  unknown: string;
  /** cluster circle stroke */
  clusterStroke: string;
  /** clusters of non-risk points (protected targets) */
  neutralCluster: string;
  basemap: BasemapColors;
}

const LIGHT: BasemapColors = {
  ocean: '#DCEBF5',
  land: '#F4F3EF',
  china: '#FBFAF7',
  neighbour: '#ECEBE6',
  border: '#B7B3A8',
  chinaBorder: '#8A8373',
  water: '#B5D4EA',
  river: '#8DBBDD',
  label: '#3B3A36',
  labelHalo: '#FFFFFF',
  waterLabel: '#2F6B99',
  countySeat: '#5A5650',
};

const DARK: BasemapColors = {
  ocean: '#0B1620',
  land: '#1A1F26',
  china: '#1E242C',
  neighbour: '#161A20',
  border: '#3A424D',
  chinaBorder: '#66707D',
  water: '#173247',
  river: '#24527A',
  label: '#C9D1D9',
  labelHalo: '#0D1117',
  waterLabel: '#6CA6D9',
  countySeat: '#9DA7B3',
};

export function mapTheme(mode: MapMode): MapTheme {
  const dark = mode === 'dark';
  return {
    mode,
    risk: RISK,
    facets: FACETS,
    highlight: HIGHLIGHT,
    label: dark ? { text: '#E6EDF3', halo: '#0D1117' } : { text: '#1F2328', halo: '#FFFFFF' },
    unknown: '#9E9E9E',
    clusterStroke: dark ? '#0D1117' : '#FFFFFF',
    neutralCluster: dark ? '#5B6673' : '#6E7781',
    basemap: dark ? DARK : LIGHT,
  };
}
