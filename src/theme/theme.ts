import type { LayerId, RiskLevel } from '../domain/layer-ids';

/**
 * The one theme. Map layers (src/layers) and the legend (src/panels) both read it, so they cannot drift apart.
 * Hex values are a project choice (no standard fixes them: standards.md §6; palette from product/ux.md), the
 * four levels and their names come from 安委办〔2016〕3号/11号 (红橙黄蓝 = 重大/较大/一般/低风险).
 */
export interface RiskStyle {
  fill: string;
  stroke: string;
  /** text colour on the fill, chosen for contrast */
  text: string;
  zh: string;
  en: string;
}

export const RISK: Record<RiskLevel, RiskStyle> = {
  red: { fill: '#E53935', stroke: '#7F1D1D', text: '#FFFFFF', zh: '重大风险', en: 'Major risk' },
  orange: { fill: '#FB8C00', stroke: '#7C2D12', text: '#000000', zh: '较大风险', en: 'High risk' },
  yellow: { fill: '#FDD835', stroke: '#713F12', text: '#000000', zh: '一般风险', en: 'Moderate risk' },
  blue: { fill: '#1E88E5', stroke: '#1E3A8A', text: '#FFFFFF', zh: '低风险', en: 'Low risk' },
};

export interface FacetValue {
  value: string;
  zh: string;
  en: string;
  fill: string;
  stroke: string;
  text: string;
}

/**
 * Each layer is filtered by one facet: the four-colour level for risk layers, the station status for fire stations
 * and the GB 36894-2018 class for protected targets. Grade chips in the layer list are these values.
 */
export interface Facet {
  key: 'riskLevel' | 'status' | 'targetClass' | 'stage' | 'level';
  values: FacetValue[];
}

const riskFacet: Facet = {
  key: 'riskLevel',
  values: (['red', 'orange', 'yellow', 'blue'] as const).map((v) => ({ value: v, ...RISK[v] })),
};

export const FACETS: Record<LayerId, Facet> = {
  'hazard-sources': riskFacet,
  'tailings-ponds': riskFacet,
  'chemical-parks': riskFacet,
  'fire-stations': {
    key: 'status',
    values: [
      { value: '现有', zh: '现有', en: 'Existing', fill: '#C62828', stroke: '#4A0D0D', text: '#FFFFFF' },
      { value: '规划', zh: '规划', en: 'Planned', fill: '#FFFFFF', stroke: '#C62828', text: '#C62828' },
    ],
  },
  'protected-targets': {
    key: 'targetClass',
    values: [
      {
        value: '高敏感',
        zh: '高敏感防护目标',
        en: 'Highly sensitive',
        fill: '#6A1B9A',
        stroke: '#2E0A45',
        text: '#FFFFFF',
      },
      { value: '重要', zh: '重要防护目标', en: 'Important', fill: '#00897B', stroke: '#00352F', text: '#FFFFFF' },
      {
        value: '一般一类',
        zh: '一般防护目标 一类',
        en: 'General, class 1',
        fill: '#5D4037',
        stroke: '#2B1D18',
        text: '#FFFFFF',
      },
      {
        value: '一般二类',
        zh: '一般防护目标 二类',
        en: 'General, class 2',
        fill: '#8D6E63',
        stroke: '#3E2C26',
        text: '#FFFFFF',
      },
      {
        value: '一般三类',
        zh: '一般防护目标 三类',
        en: 'General, class 3',
        fill: '#BCAAA4',
        stroke: '#4E3B34',
        text: '#000000',
      },
    ],
  },
  // 隐患 by lifecycle stage (seed 000:L84), violet (just found) → ochre (being fixed) → grey (closed): a sequence,
  // away from the four risk colours so a hidden danger is never read as a risk level. The stage's first character
  // is drawn in the symbol (src/layers/hidden-dangers.ts), so colour is not the only signal.
  'hidden-dangers': {
    key: 'stage',
    values: [
      { value: '排查', zh: '排查', en: 'Found', fill: '#6D28D9', stroke: '#2E1065', text: '#FFFFFF' },
      { value: '登记', zh: '登记', en: 'Registered', fill: '#4338CA', stroke: '#1E1B4B', text: '#FFFFFF' },
      { value: '评估', zh: '评估', en: 'Assessed', fill: '#0E7490', stroke: '#083344', text: '#FFFFFF' },
      { value: '报告', zh: '报告', en: 'Reported', fill: '#0F766E', stroke: '#042F2E', text: '#FFFFFF' },
      { value: '监控', zh: '监控', en: 'Monitored', fill: '#4D7C0F', stroke: '#1A2E05', text: '#FFFFFF' },
      { value: '治理', zh: '治理', en: 'Being fixed', fill: '#A16207', stroke: '#422006', text: '#FFFFFF' },
      { value: '核销', zh: '核销', en: 'Closed', fill: '#D1D5DB', stroke: '#4B5563', text: '#000000' },
    ],
  },
  // 行政区划: outlines only (no fill colour of their own: the choropleth of src/map/stats colours them on demand)
  boundaries: {
    key: 'level',
    values: [
      { value: '县级', zh: '县级', en: 'County', fill: '#FFFFFF', stroke: '#4B5563', text: '#1F2937' },
      { value: '地级', zh: '地级', en: 'Prefecture', fill: '#FFFFFF', stroke: '#1F2937', text: '#111827' },
      { value: '省级', zh: '省级', en: 'Province', fill: '#FFFFFF', stroke: '#111827', text: '#111827' },
    ],
  },
};

/** Overdue hidden dangers (open past 整改期限): a ring in this colour plus the word 逾期, never the colour alone. */
export const OVERDUE = { ring: '#D50000', zh: '逾期', en: 'Overdue' } as const;

export const LAYER_NAMES: Record<LayerId, { zh: string; en: string }> = {
  'hazard-sources': { zh: '重大危险源', en: 'Major hazard sources' },
  'tailings-ponds': { zh: '尾矿库', en: 'Tailings ponds' },
  'chemical-parks': { zh: '化工园区', en: 'Chemical parks' },
  'fire-stations': { zh: '消防站', en: 'Fire stations' },
  'protected-targets': { zh: '防护目标', en: 'Protected targets' },
  'hidden-dangers': { zh: '隐患', en: 'Hidden dangers' },
  boundaries: { zh: '行政区划', en: 'Administrative areas' },
};

/**
 * Thematic maps of the statistics (src/map/stats): five classes of a sequential purple, light → dark, chosen away
 * from the four risk colours so an index or a density is never read as an official 红橙黄蓝 level; the drilled-down
 * county's outline; the dashed outline of population-dense cells. Project choice, like the palette above.
 */
export const THEMATIC = {
  classes: ['#F2F0F7', '#CBC9E2', '#9E9AC8', '#756BB1', '#54278F'],
  classText: ['#1F2328', '#1F2328', '#1F2328', '#FFFFFF', '#FFFFFF'],
  county: '#1D4ED8',
  dense: '#00695C',
} as const;

/** Highlight of the selected / searched feature. */
export const HIGHLIGHT = { ring: '#00E5FF', halo: '#FFFFFF' } as const;

/** UI chrome, light (一张图, 规划选址) and dark (应急指挥). */
export const CHROME = {
  light: { bg: '#FFFFFF', panel: '#F7F8FA', text: '#1F2328', muted: '#57606A', border: '#D0D7DE', focus: '#0B57D0' },
  dark: { bg: '#0D1117', panel: '#161B22', text: '#E6EDF3', muted: '#9DA7B3', border: '#30363D', focus: '#58A6FF' },
} as const;
