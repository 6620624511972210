import { readSheet } from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { buildCountyIndex, countyOf } from '../../src/analysis/stats/county-index';
import { LAYER_IDS } from '../../src/domain/layer-ids';
import { fromCells, fromCsv, headerOf, toCsv, toXlsx } from '../../src/panels/table/table-io';
import {
  filterRows,
  matchesFilter,
  sortRows,
  type TableRow,
  tableColumns,
  tableRows,
} from '../../src/panels/table/table-model';
import { sampleLayer } from './sample-data';

const index = buildCountyIndex(sampleLayer('boundaries'));
const label = (k: string) => `列${k}`;
const rowsOf = (layer: (typeof LAYER_IDS)[number]) =>
  tableRows(sampleLayer(layer), tableColumns(layer), (f) => index.byCode.get(countyOf(f, index))?.name ?? null);
const values = (rows: readonly TableRow[]) => rows.map((r) => r.values);

describe('一张表: model', () => {
  it('has every output column of the layer plus the county, for every layer', () => {
    for (const l of LAYER_IDS) {
      const rows = rowsOf(l);
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(Object.keys(r.values)).toEqual(tableColumns(l).map((c) => c.key));
    }
    expect(rowsOf('hazard-sources').every((r) => typeof r.values.county === 'string')).toBe(true);
  });

  it('sorts numbers by value, text by the zh-CN collator, empty cells last in both directions', () => {
    const rows = rowsOf('fire-stations');
    const asc = sortRows(rows, { key: 'vehicles', dir: 'asc' }).map((r) => r.values.vehicles);
    const desc = sortRows(rows, { key: 'vehicles', dir: 'desc' }).map((r) => r.values.vehicles);
    const nums = asc.filter((v): v is number => typeof v === 'number');
    expect(nums).toEqual([...nums].sort((a, b) => a - b));
    expect(desc.filter((v) => v !== null)).toEqual([...nums].reverse());
    expect(asc.slice(nums.length).every((v) => v === null)).toBe(true);
    expect(desc.slice(nums.length).every((v) => v === null)).toBe(true);
    const ids = sortRows(rows, { key: 'id', dir: 'asc' }).map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('filters by any field and by column (numeric comparisons and ranges, booleans as 是/否)', () => {
    const rows = rowsOf('hazard-sources');
    const red = filterRows(rows, '', { riskLevel: 'red' });
    expect(red.length).toBe(rows.filter((r) => r.values.riskLevel === 'red').length);
    expect(filterRows(rows, 'WXY-001', {}).map((r) => r.id)).toEqual(['WXY-001']);
    const big = filterRows(rows, '', { people500m: '>=500' });
    expect(big.every((r) => (r.values.people500m as number) >= 500)).toBe(true);
    expect(big.length).toBe(rows.filter((r) => (r.values.people500m as number) >= 500).length);
    expect(matchesFilter(5, '2..8')).toBe(true);
    expect(matchesFilter(9, '2..8')).toBe(false);
    expect(matchesFilter(true, '是')).toBe(true);
    expect(matchesFilter(false, '是')).toBe(false);
    expect(matchesFilter(null, 'x')).toBe(false);
  });
});

describe('一张表: export then re-import gives the same rows', () => {
  it('CSV, for every layer, after a sort and a filter', () => {
    for (const l of LAYER_IDS) {
      const cols = tableColumns(l);
      const shown = sortRows(filterRows(rowsOf(l), '', {}), { key: 'name', dir: 'desc' });
      const text = toCsv(shown, cols, label);
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text.split('\r\n')[0]).toContain(headerOf('列id', 'id'));
      expect(fromCsv(text, cols)).toEqual(values(shown));
    }
  });

  it('XLSX, for every layer (numbers stay numbers, booleans booleans)', async () => {
    for (const l of LAYER_IDS) {
      const cols = tableColumns(l);
      const shown = rowsOf(l);
      const blob = await toXlsx(shown, cols, label, l);
      const cells = await readSheet(await blob.arrayBuffer());
      expect(fromCells(cells, cols), l).toEqual(values(shown));
    }
  });

  it('quotes cells a spreadsheet would run as formulas, and reads them back unchanged', () => {
    const cols = [{ key: 'name', type: 'string' as const }];
    const rows: TableRow[] = ['=1+1', '+86 0730', '-x', '@SUM(A1)', "'quoted", '普通'].map((name, i) => ({
      id: String(i),
      values: { name },
      haystack: name,
    }));
    const text = toCsv(rows, cols, label);
    expect(text).toContain("'=1+1");
    expect(text).not.toMatch(/\r\n=1\+1/);
    expect(fromCsv(text, cols)).toEqual(values(rows));
  });
});
