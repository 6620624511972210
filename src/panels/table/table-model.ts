import type { Feature, Geometry } from 'geojson';
import { LAYERS } from '../../domain';
import type { ColumnSpec } from '../../domain/layer-def';
import type { LayerId } from '../../domain/layer-ids';

/**
 * 一张表: a layer as rows and columns. Every output column of the layer (LAYERS[layer].outputColumns: every field
 * the build writes) plus the county each row is counted in, so the table, the statistics and the map agree.
 */
export interface TableColumn {
  key: string;
  type: ColumnSpec['type'];
}

export const COUNTY_COLUMN: TableColumn = { key: 'county', type: 'string' };

export type CellValue = string | number | boolean | null;

export interface TableRow {
  id: string;
  values: Record<string, CellValue>;
  /** lower-cased text of every cell, for the quick filter */
  haystack: string;
}

export function tableColumns(layer: LayerId): TableColumn[] {
  return [...LAYERS[layer].outputColumns.map((c) => ({ key: c.key, type: c.type })), COUNTY_COLUMN];
}

const cellOf = (v: unknown): CellValue =>
  v === null || v === undefined
    ? null
    : typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string'
      ? v
      : JSON.stringify(v);

/** Rows of the features, in the order given; `countyName` names the county of a feature (the stats rule). */
export function tableRows(
  features: readonly Feature<Geometry | null>[],
  columns: readonly TableColumn[],
  countyName: (f: Feature<Geometry | null>) => string | null,
): TableRow[] {
  return features.map((f) => {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const values: Record<string, CellValue> = {};
    for (const c of columns) values[c.key] = c === COUNTY_COLUMN ? countyName(f) : cellOf(p[c.key]);
    return {
      id: String(p.id ?? ''),
      values,
      haystack: Object.values(values)
        .map((v) => (v === null ? '' : String(v)))
        .join('\u0001')
        .toLowerCase(),
    };
  });
}

export type SortDir = 'asc' | 'desc';
export interface SortSpec {
  key: string;
  dir: SortDir;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * Sorted copy: numbers by value, booleans false < true, text by the zh-CN collator (拼音 order, numbers in text
 * by value); empty cells always last, whatever the direction; ties keep the id order so a sort is repeatable.
 */
export function sortRows(rows: readonly TableRow[], sort: SortSpec | null): TableRow[] {
  if (!sort) return [...rows];
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a.values[sort.key] ?? null;
    const y = b.values[sort.key] ?? null;
    if (x === null || y === null) return x === y ? collator.compare(a.id, b.id) : x === null ? 1 : -1;
    let c: number;
    if (typeof x === 'number' && typeof y === 'number') c = x - y;
    else if (typeof x === 'boolean' && typeof y === 'boolean') c = Number(x) - Number(y);
    else c = collator.compare(String(x), String(y));
    return c !== 0 ? sign * c : collator.compare(a.id, b.id);
  });
}

/**
 * One column filter: on numbers `>10`, `>=10`, `<5`, `<=5`, `=3` or `2..8` (inclusive), otherwise a
 * case-insensitive substring of the cell text (是/否 and true/false both match booleans).
 */
export function matchesFilter(value: CellValue, filter: string): boolean {
  const f = filter.trim();
  if (f === '') return true;
  if (typeof value === 'number') {
    const range = /^(-?\d+(?:\.\d+)?)\s*\.\.\s*(-?\d+(?:\.\d+)?)$/.exec(f);
    if (range) return value >= Number(range[1]) && value <= Number(range[2]);
    const cmp = /^(>=|<=|>|<|=)\s*(-?\d+(?:\.\d+)?)$/.exec(f);
    if (cmp) {
      const n = Number(cmp[2]);
      switch (cmp[1]) {
        case '>':
          return value > n;
        case '>=':
          return value >= n;
        case '<':
          return value < n;
        case '<=':
          return value <= n;
        default:
          return value === n;
      }
    }
  }
  if (value === null) return false;
  const text = typeof value === 'boolean' ? `${value ? '是 true yes' : '否 false no'}` : String(value);
  return text.toLowerCase().includes(f.toLowerCase());
}

/** Rows passing the quick filter (any cell) and every column filter. */
export function filterRows(
  rows: readonly TableRow[],
  query: string,
  columnFilters: Record<string, string>,
): TableRow[] {
  const q = query.trim().toLowerCase();
  const active = Object.entries(columnFilters).filter(([, f]) => f.trim() !== '');
  return rows.filter(
    (r) => (q === '' || r.haystack.includes(q)) && active.every(([k, f]) => matchesFilter(r.values[k] ?? null, f)),
  );
}
