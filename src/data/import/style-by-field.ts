import type { Feature, Geometry } from 'geojson';
import { parseDecimal } from '../../domain/parse-number';

/*
 * Colours for imported generic layers, drawn as plain circles/lines/fills (built-in layers use symbols). None is
 * one of the four risk colours (红橙黄蓝 mean risk levels on this map) or a facet colour of a built-in layer
 * (checked by tests/import/style-by-field.test.ts). They belong in src/theme; they live here until that file
 * (another engineer's) takes an import palette.
 */
export const CATEGORY_COLOURS = [
  '#c026d3',
  '#db2777',
  '#06b6d4',
  '#84cc16',
  '#475569',
  '#10b981',
  '#f472b6',
  '#a78bfa',
];
export const NUMERIC_COLOURS = ['#fbcfe8', '#f472b6', '#db2777', '#9d174d', '#500724'];
export const SINGLE_COLOUR = '#c026d3';
export const OTHER_COLOUR = '#9ca3af';

export interface StyleClass {
  key: string;
  /** value or range as shown in chips and legend; '' = empty cells */
  label: string;
  colour: string;
  count: number;
}

export interface FieldStyle {
  field: string | null;
  kind: 'single' | 'category' | 'numeric';
  classes: StyleClass[];
  /** class key of each feature, same order as the input */
  keys: string[];
}

const valueText = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'string' ? v.trim() : String(v);

const asNumber = (v: unknown): number | null => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return typeof v === 'string' ? parseDecimal(v) : null;
};

const fmt = (n: number) =>
  Math.abs(n) >= 1000 ? Math.round(n).toLocaleString('zh-CN') : String(Number(n.toPrecision(4)));

/**
 * Style of a generic layer by one of its fields: numbers (≥ 80 % of filled cells, more than 9 distinct) in five
 * equal-count classes, anything else by category (the 8 most frequent values, then 其他). Each class is also a
 * filter chip. Keys are what the map's `__c` property holds.
 */
export function styleByField(features: readonly Feature<Geometry | null>[], field: string | null): FieldStyle {
  if (!field) {
    return {
      field: null,
      kind: 'single',
      classes: [{ key: 'all', label: '', colour: SINGLE_COLOUR, count: features.length }],
      keys: features.map(() => 'all'),
    };
  }
  const values = features.map((f) => f.properties?.[field]);
  const filled = values.filter((v) => valueText(v) !== '');
  const numbers = filled.map(asNumber).filter((n): n is number => n !== null);
  const distinct = new Set(numbers).size;
  if (filled.length > 0 && numbers.length >= filled.length * 0.8 && distinct > CATEGORY_COLOURS.length) {
    const sorted = [...numbers].sort((a, b) => a - b);
    const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
    const breaks = [q(0.2), q(0.4), q(0.6), q(0.8)];
    const lo = sorted[0] as number;
    const hi = sorted[sorted.length - 1] as number;
    const edges = [lo, ...breaks, hi];
    const classes: StyleClass[] = NUMERIC_COLOURS.map((colour, i) => ({
      key: `q${i}`,
      label: `${fmt(edges[i] as number)} – ${fmt(edges[i + 1] as number)}`,
      colour,
      count: 0,
    }));
    const none: StyleClass = { key: 'none', label: '', colour: OTHER_COLOUR, count: 0 };
    const keys = values.map((v) => {
      const n = asNumber(v);
      if (n === null) {
        none.count++;
        return 'none';
      }
      let i = breaks.findIndex((b) => n < b);
      if (i < 0) i = breaks.length;
      (classes[i] as StyleClass).count++;
      return `q${i}`;
    });
    return { field, kind: 'numeric', classes: none.count > 0 ? [...classes, none] : classes, keys };
  }
  const counts = new Map<string, number>();
  for (const v of values) counts.set(valueText(v), (counts.get(valueText(v)) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN'));
  const top = ranked.slice(0, CATEGORY_COLOURS.length);
  const topKeys = new Map(top.map(([v], i) => [v, `c${i}`]));
  const classes: StyleClass[] = top.map(([label, count], i) => ({
    key: `c${i}`,
    label,
    colour: CATEGORY_COLOURS[i] as string,
    count,
  }));
  const rest = ranked.slice(CATEGORY_COLOURS.length).reduce((n, [, c]) => n + c, 0);
  if (rest > 0) classes.push({ key: 'other', label: '', colour: OTHER_COLOUR, count: rest });
  return { field, kind: 'category', classes, keys: values.map((v) => topKeys.get(valueText(v)) ?? 'other') };
}

/** The field that names a generic feature (list, card title): a name-like field, else the first one. */
export function labelField(fields: readonly string[]): string | null {
  return fields.find((f) => /^(名称|name|标题|title|单位名称|企业名称)$/i.test(f.trim())) ?? fields[0] ?? null;
}
