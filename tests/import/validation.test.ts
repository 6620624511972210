import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decodeLedgerText } from '../../scripts/lib/decode-text';
import { processLayer } from '../../scripts/lib/process-layer';
import { readCsvLedger } from '../../scripts/lib/read-csv';
import { positionFromWgs84 } from '../../src/data/import/crs';
import { CHUNK_ROWS } from '../../src/data/import/process-known';
import { LAYERS } from '../../src/domain';
import { importWith, lonLatOf, SCHOOLS_HEADER, utf8 } from './helpers';

const SAMPLE = 'data/sample/yueyang';

describe('a ledger of a built-in layer is validated exactly as the data build does', () => {
  for (const layer of ['protected-targets', 'hazard-sources', 'fire-stations', 'tailings-ponds'] as const) {
    it(`${layer}: same features and same row issues as scripts/lib/process-layer`, async () => {
      const bytes = new Uint8Array(readFileSync(`${SAMPLE}/${layer}.csv`));
      // spoil a few rows so there is something to reject (some samples are GB18030: decoded as the build does)
      const text = decodeLedgerText(bytes).text.split('\n');
      text[2] = (text[2] ?? '').replace(/,(\d{3}\.\d+),/, ',abc,');
      text[4] = (text[4] ?? '').replace(/^[^,]+/, (text[3] ?? '').split(',')[0] ?? '');
      const spoiled = utf8(text.join('\n'));
      const build = processLayer(layer, readCsvLedger(`${layer}.csv`, spoiled), 'CGCS2000');
      const { preview, result } = await importWith(`${layer}.csv`, spoiled);
      expect(preview.detected.target).toBe(layer);
      const byId = (a: { properties: unknown }, b: { properties: unknown }) =>
        String((a.properties as { id: string }).id).localeCompare(String((b.properties as { id: string }).id));
      const expected = build.features
        .map((f) => ({ ...f, properties: LAYERS[layer].propsSchema.parse(f.properties) }))
        .sort(byId);
      expect([...result.features].sort(byId)).toEqual(expected);
      expect(result.rejectedRows).toEqual(build.rejected.map((r) => r.rowNumber));
      expect(result.issues).toEqual(build.issues.map(({ row, column, reason }) => ({ row, column, reason })));
      expect(result.rejectedRows.length).toBeGreaterThan(0);
    });
  }

  it('rejects a 编号 that the loaded layer already has, naming it', async () => {
    const csv = `${SCHOOLS_HEADER}\nFHMB-0002,重名学校,113.1,29.3,学校,100,430602\nNEW-1,新学校,113.1,29.3,学校,100,430602\n`;
    const { result } = await importWith('s.csv', utf8(csv), { existingIds: ['FHMB-0002'] });
    expect(result.features.map((f) => f.properties?.id)).toEqual(['NEW-1']);
    expect(result.issues).toEqual([
      { row: 2, column: '编号', reason: expect.stringContaining('编号 "FHMB-0002" 已存在于防护目标图层') },
    ]);
  });

  it('finds duplicate 编号 across validation chunks, with the build’s message', async () => {
    const rows = Array.from({ length: CHUNK_ROWS + 50 }, (_, i) => `T-${i},学校${i},113.1,29.3,学校,10,`);
    rows[CHUNK_ROWS + 10] = 'T-5,重复,113.1,29.3,学校,10,';
    rows[3] = 'T-2,同块重复,113.1,29.3,学校,10,';
    const { result } = await importWith('big.csv', utf8(`${SCHOOLS_HEADER}\n${rows.join('\n')}\n`));
    expect(result.rejectedRows).toEqual([5, CHUNK_ROWS + 12]);
    expect(result.issues.map((i) => [i.row, i.column, i.reason])).toEqual([
      [5, '编号', '编号 "T-2" 重复，首次出现在第 4 行 (duplicate id "T-2", first at row 4)'],
      [CHUNK_ROWS + 12, '编号', '编号 "T-5" 重复，首次出现在第 7 行 (duplicate id "T-5", first at row 7)'],
    ]);
    expect(result.features.length + result.rejectedRows.length).toBe(CHUNK_ROWS + 50);
  });

  it('applies a user column mapping (X/Y columns) and a projected CRS to a known layer', async () => {
    const to = positionFromWgs84('EPSG:4526');
    const [x, y] = to([113.1289, 29.3572]);
    const csv = `编号,名称,X坐标,Y坐标,类别,人数\nP-1,学校甲,${x},${y},学校,900\nP-2,学校乙,abc,${y},学校,900\n`;
    const { preview, result } = await importWith('gk.csv', utf8(csv));
    expect(preview.detected.mapping).toMatchObject({ lon: 'X坐标', lat: 'Y坐标' });
    expect(preview.detected.crs).toBe('EPSG:4526');
    const [lon, lat] = lonLatOf(result.features[0] as never);
    expect(lon).toBeCloseTo(113.1289, 6);
    expect(lat).toBeCloseTo(29.3572, 6);
    expect(result.rejectedRows).toEqual([3]);
    expect(result.issues[0]?.reason).toContain('"abc"');
  });

  it('reports two columns claiming one key as a file error, as the build does', async () => {
    await expect(
      importWith('d.csv', utf8('编号,名称,经度,纬度,类别,人数,name\n1,a,113,29,学校,1,b\n')),
    ).rejects.toThrow(/重复/);
  });
});

describe('rejected rows are given back unchanged', () => {
  it('CSV: the original header and cells, in file order', async () => {
    const bad1 = 'X-1,"坏,行",abc,29.3,学校,10,430602';
    const bad2 = 'X-3,另一个,113.1,29.3,不存在的类别,10,';
    const csv = `${SCHOOLS_HEADER}\n${bad1}\nX-2,好,113.1,29.3,学校,10,\n${bad2}\n`;
    const { engine, result } = await importWith('r.csv', utf8(csv));
    expect(result.features).toHaveLength(1);
    const file = engine.rejected(result.rejectedRows);
    expect(file.name).toBe('r-rejected.csv');
    const text = new TextDecoder().decode(file.bytes).replace(/^\uFEFF/, '');
    const parsed = Papa.parse<string[]>(text.trim(), { header: false }).data;
    expect(parsed).toEqual([SCHOOLS_HEADER.split(','), Papa.parse<string[]>(bad1).data[0], bad2.split(',')]);
  });

  it('GeoJSON: the original features as read (projected coordinates untouched)', async () => {
    const bad = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [38412345.5, 3250000.25] },
      properties: { 名称: 'x', 怪: { a: 1 } },
    };
    const fc = {
      type: 'FeatureCollection',
      features: [bad, { type: 'Feature', geometry: null, properties: { 名称: 'y' } }],
    };
    const { engine, result } = await importWith('g.geojson', utf8(JSON.stringify(fc)), { crs: 'WGS84' });
    expect(result.rejectedRows).toEqual([1, 2]);
    const file = engine.rejected(result.rejectedRows);
    expect(file.name).toBe('g-rejected.geojson');
    expect(JSON.parse(new TextDecoder().decode(file.bytes)).features).toEqual(fc.features);
  });
});

describe('generic layers', () => {
  it('keeps every column as read, converts GCJ-02, reads DMS and a per-row 坐标系', async () => {
    const csv = [
      '站点,lng,lat,备注,坐标系',
      '甲,113°05\'12.3",29°22\'05",DMS,',
      '乙,113.1,29.3,行内 WGS84,WGS84',
      '丙,113.1,29.3,坐标系写错,火星',
    ].join('\n');
    const { preview, result } = await importWith('g.csv', utf8(csv), { crs: 'GCJ02' });
    expect(preview.detected.target).toBe('generic');
    expect(preview.detected.mapping).toMatchObject({ lon: 'lng', lat: 'lat' });
    expect(result.features.map((f) => f.properties)).toEqual([
      { 站点: '甲', lng: '113°05\'12.3"', lat: '29°22\'05"', 备注: 'DMS', 坐标系: '' },
      { 站点: '乙', lng: '113.1', lat: '29.3', 备注: '行内 WGS84', 坐标系: 'WGS84' },
    ]);
    // row 3: WGS84 in its own cell, not shifted
    expect(lonLatOf(result.features[1] as never)).toEqual([113.1, 29.3]);
    expect(result.issues).toEqual([{ row: 4, column: '坐标系', reason: expect.stringContaining('火星') }]);
  });

  it('names blank and repeated headers so no cell is lost', async () => {
    const { result } = await importWith('h.csv', utf8('经度,纬度,,名称,名称\n113,29,a,b,c\n'));
    expect(result.features[0]?.properties).toEqual({ 经度: '113', 纬度: '29', 列3: 'a', 名称: 'b', '名称 (2)': 'c' });
  });

  it('rejects points that leave the lon/lat range after conversion, suggesting a CRS check', async () => {
    const { result } = await importWith('p.csv', utf8('x,y\n99999999,3300000\n'), { crs: 'EPSG:4526' });
    expect(result.rejectedRows).toEqual([2]);
    expect(result.issues[0]?.reason).toMatch(/超出经纬度范围|not a number|out of range/);
  });
});
