import type { Feature } from 'geojson';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { exportFeatures } from '../../src/data/export/export-features';
import { inferColumns } from '../../src/data/export/export-fgb';
import { exportTable } from '../../src/data/export/export-table';
import { toWkt } from '../../src/data/export/write-wkt';
import { readFgbBytes, readFgbHeader } from '../../src/data/fgb/read-fgb';
import { blobBytes, importWith, SCHOOLS_HEADER, utf8 } from './helpers';

const CSV = `${SCHOOLS_HEADER},备注\nE-1,岳阳市第十五中学,113.1289,29.3572,学校,1800,430602,老校区\nE-2,云溪医院,113.2701,29.472,医院,300,,\n`;

async function importedSchools(): Promise<Feature[]> {
  const { result } = await importWith('e.csv', utf8(CSV));
  // as the app holds them: marked as imported
  return result.features.map((f) => ({ ...f, properties: { ...f.properties, __imported: true, __dataset: 'x' } }));
}

describe('export of a built-in layer (with imported rows)', () => {
  it('GeoJSON keeps geometry and properties, without the app’s marks', async () => {
    const features = await importedSchools();
    const file = await exportFeatures('geojson', features, 'protected-targets', '防护目标');
    expect(file.name).toBe('防护目标.geojson');
    const fc = JSON.parse(new TextDecoder().decode(await blobBytes(file.blob)));
    expect(fc.features).toHaveLength(2);
    expect(fc.features[0].geometry).toEqual(features[0]?.geometry);
    expect(fc.features[0].properties).not.toHaveProperty('__imported');
    expect(fc.features[0].properties.targetClass).toBe('高敏感');
  });

  it('CSV and XLSX are ledgers again: re-importing them gives the same layer and the same features', async () => {
    const features = await importedSchools();
    const strip = (fs: Feature[]) =>
      fs.map((f) => ({ ...f, properties: { ...f.properties, __imported: undefined, __dataset: undefined } }));
    for (const format of ['csv', 'xlsx'] as const) {
      const file = await exportFeatures(format, features, 'protected-targets', '防护目标');
      const bytes = await blobBytes(file.blob);
      const { preview, result } = await importWith(file.name, bytes);
      expect(preview.detected.target).toBe('protected-targets');
      expect(preview.headers).toContain('类别 [category]');
      expect(preview.headers).toContain('备注');
      expect(result.rejectedRows).toEqual([]);
      expect(result.features).toEqual(
        strip(features).map((f) => ({ ...f, properties: JSON.parse(JSON.stringify(f.properties)) })),
      );
    }
  });

  it('FlatGeobuf uses the layer’s columns and reads back with the project reader', async () => {
    const features = await importedSchools();
    const file = await exportFeatures('fgb', features, 'protected-targets', '防护目标');
    const bytes = await blobBytes(file.blob);
    const header = readFgbHeader(bytes);
    expect(header.featuresCount).toBe(2);
    expect(header.columns.map((c) => c.key)).toContain('targetClass');
    const back = readFgbBytes(bytes).sort((a, b) => String(a.properties?.id).localeCompare(String(b.properties?.id)));
    expect(back.map((f) => f.properties?.name)).toEqual(['岳阳市第十五中学', '云溪医院']);
    expect(back[0]?.geometry).toEqual(features[0]?.geometry);
  });
});

describe('export of a generic layer', () => {
  const generic: Feature[] = [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [113.1, 29.3] },
      properties: { 名称: '甲', 数量: 3, 比例: 0.5, 有效: true, 空: null },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [113.2, 29.4] },
      properties: { 名称: '乙', 数量: 4, 比例: 1, 有效: false, 空: null },
    },
  ];

  it('infers FlatGeobuf column types from the values', () => {
    expect(inferColumns(generic)).toEqual([
      { key: '名称', type: 'string', nullable: true },
      { key: '数量', type: 'int', nullable: true },
      { key: '比例', type: 'double', nullable: true },
      { key: '有效', type: 'bool', nullable: true },
      { key: '空', type: 'string', nullable: true },
    ]);
  });

  it('writes every format', async () => {
    for (const format of ['geojson', 'csv', 'xlsx', 'kml', 'fgb'] as const) {
      const file = await exportFeatures(format, generic, 'generic', '我的 图层/1');
      expect(file.name).toBe(`我的_图层_1.${format}`);
      expect((await blobBytes(file.blob)).length).toBeGreaterThan(0);
    }
    const xlsx = await exportFeatures('xlsx', generic, 'generic', 'g');
    const sheets = await readXlsxFile((await blobBytes(xlsx.blob)).buffer as ArrayBuffer);
    expect(sheets[0]?.data[0]).toEqual(['名称', '数量', '比例', '有效', '空', '经度 [lon]', '纬度 [lat]']);
    expect(sheets[0]?.data[1]).toEqual(['甲', 3, 0.5, true, null, 113.1, 29.3]);
  });

  it('puts non-point geometry in a WKT column, and refuses lines in FlatGeobuf with a message', async () => {
    const line: Feature = {
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [113, 29],
          [113.1, 29.1],
        ],
      },
      properties: { n: 1 },
    };
    expect(exportTable([line], 'generic')).toEqual({
      headers: ['n', '几何 [geometry]'],
      rows: [[1, 'LINESTRING (113 29, 113.1 29.1)']],
    });
    await expect(exportFeatures('fgb', [line], 'generic', 'l')).rejects.toThrow(/只支持点或面/);
    expect(
      toWkt({
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        ],
      }),
    ).toBe('MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))');
  });
});
