import type { Feature, Point } from 'geojson';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import { writeFgb } from '../../src/data/fgb/write-fgb';
import { positionFromWgs84, projectedDef } from '../../src/data/import/crs';
import { detectFormat } from '../../src/data/import/detect-format';
import { ImportEngine } from '../../src/data/import/engine';
import { dbfEncoding } from '../../src/data/import/read-shapefile';
import { ImportFileError } from '../../src/data/import/types';
import {
  esriCgcs2000GeographicPrj,
  esriGk3ZonePrj,
  esriGk6ZonePrj,
  ogcGk3CmPrj,
  shapefileZip,
} from '../fixtures/import/make-shapefile';
import { gbk, importWith, lonLatOf, SCHOOLS_HEADER, utf8 } from './helpers';

const SCHOOLS = [
  ['IMP-S1', '岳阳市第十五中学', '113.1289', '29.3572', '学校', '1800', '430602'],
  ['IMP-S2', '云溪区实验幼儿园', '113.2701', '29.4720', '幼儿园', '320', '430603'],
  ['IMP-S3', '临湘市人民医院', '113.4501', '29.4790', '医院', '600', '430682'],
];
const schoolsCsv = (rows = SCHOOLS) => `${SCHOOLS_HEADER}\r\n${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;

describe('CSV', () => {
  it('reads UTF-8 (with or without BOM) and GBK/GB18030 the same way, and detects 防护目标 from the headers', async () => {
    const a = await importWith('a.csv', utf8(schoolsCsv()));
    const b = await importWith('b.csv', utf8(`\uFEFF${schoolsCsv()}`));
    const c = await importWith('c.csv', gbk(schoolsCsv()));
    expect(a.preview.encoding).toBe('utf-8');
    expect(c.preview.encoding).toBe('gb18030');
    for (const r of [a, b, c]) {
      expect(r.preview.detected.target).toBe('protected-targets');
      expect(r.preview.headers[1]).toBe('名称');
      expect(r.result.features.map((f) => f.properties?.name)).toEqual(SCHOOLS.map((s) => s[1]));
      expect(r.result.rejectedRows).toEqual([]);
    }
    expect(c.result.features).toEqual(a.result.features);
  });

  it('reads tab-separated text (Excel “Unicode text”) too', async () => {
    const tsv = schoolsCsv().replace(/,/g, '\t');
    const { result } = await importWith('t.txt', utf8(tsv));
    expect(result.features).toHaveLength(3);
  });

  it('refuses a file with an unterminated quote as a whole, like the build', async () => {
    const engine = new ImportEngine();
    await expect(engine.read('q.csv', utf8(`${SCHOOLS_HEADER}\n"IMP-1,名称,113,29,学校,1\n`))).rejects.toBeInstanceOf(
      ImportFileError,
    );
  });

  it('counts blank lines apart: neither accepted nor rejected', async () => {
    const { result } = await importWith(
      'b.csv',
      utf8(`${SCHOOLS_HEADER}\n${SCHOOLS[0]?.join(',')}\n,,,,,,\n\n${SCHOOLS[1]?.join(',')}\n`),
    );
    expect(result.rowsRead).toBe(2);
    expect(result.blankRows).toBe(2);
    expect(result.features).toHaveLength(2);
  });
});

describe('XLSX', () => {
  it('reads the first sheet with numbers kept as written', async () => {
    const header = SCHOOLS_HEADER.split(',');
    const blob = await writeXlsxFile([
      header,
      ...SCHOOLS.map((r) => r.map((c, i) => (i === 2 || i === 3 || i === 5 ? Number(c) : c))),
    ] as never).toBlob();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(detectFormat('ledger.xlsx', bytes)).toBe('xlsx');
    const { preview, result } = await importWith('ledger.xlsx', bytes);
    expect(preview.format).toBe('xlsx');
    expect(preview.detected.target).toBe('protected-targets');
    expect(result.features.map((f) => lonLatOf(f))).toEqual(SCHOOLS.map((s) => [Number(s[2]), Number(s[3])]));
    expect(result.features.map((f) => f.properties?.people)).toEqual([1800, 320, 600]);
  });

  it('reports an unreadable workbook as a file error', async () => {
    const engine = new ImportEngine();
    await expect(engine.read('x.xlsx', utf8('PK not a zip'))).rejects.toBeInstanceOf(ImportFileError);
  });
});

const pointFeature = (
  id: string,
  name: string,
  c: [number, number],
  extra: Record<string, unknown> = {},
): Feature<Point> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: c },
  properties: { 编号: id, 名称: name, ...extra },
});

describe('GeoJSON', () => {
  it('uses each feature’s geometry and its properties as columns', async () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        pointFeature('G1', '甲', [113.1, 29.3], { 类别: '学校', 人数: 100 }),
        pointFeature('G2', '乙', [113.2, 29.4], { 类别: '医院', 人数: 50 }),
      ],
    };
    const { preview, result } = await importWith('t.geojson', utf8(JSON.stringify(fc)));
    expect(preview.hasGeometry).toBe(true);
    expect(preview.detected.target).toBe('protected-targets');
    expect(result.features.map(lonLatOf)).toEqual([
      [113.1, 29.3],
      [113.2, 29.4],
    ]);
  });

  it('honours a legacy crs member naming a Gauss-Krüger zone', async () => {
    const to = positionFromWgs84('EPSG:4526');
    const fc = {
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4526' } },
      features: [pointFeature('G1', '甲', to([113.1289, 29.3572]) as [number, number])],
    };
    const { preview, result } = await importWith('gk.geojson', utf8(JSON.stringify(fc)), { target: 'generic' });
    expect(preview.detected.crs).toBe('EPSG:4526');
    const [lon, lat] = lonLatOf(result.features[0] as Feature);
    expect(lon).toBeCloseTo(113.1289, 7);
    expect(lat).toBeCloseTo(29.3572, 7);
  });

  it('keeps lines and polygons in a generic layer', async () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'road' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [113, 29],
              [113.1, 29.1],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { name: 'area' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [113, 29],
                [113.1, 29],
                [113.1, 29.1],
                [113, 29],
              ],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { name: 'open ring' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [113, 29],
                [113.1, 29],
                [113.1, 29.1],
                [113.2, 29],
              ],
            ],
          },
        },
        { type: 'Feature', properties: { name: 'nothing' }, geometry: null },
      ],
    };
    const { preview, result } = await importWith('g.geojson', utf8(JSON.stringify(fc)));
    expect(preview.detected.target).toBe('generic');
    expect(result.features.map((f) => f.properties?.name)).toEqual(['road', 'area']);
    expect(result.rejectedRows).toEqual([3, 4]);
    expect(result.issues.map((i) => i.reason).join('\n')).toMatch(/环未闭合[\s\S]*没有坐标或几何/);
  });

  it('reports invalid JSON and non-collections as file errors', async () => {
    await expect(new ImportEngine().read('x.geojson', utf8('{'))).rejects.toBeInstanceOf(ImportFileError);
    await expect(new ImportEngine().read('x.geojson', utf8('[1,2]'))).rejects.toBeInstanceOf(ImportFileError);
  });
});

describe('zipped Shapefile', () => {
  const yueyang: [number, number][] = [
    [113.1289, 29.3572],
    [113.2701, 29.472],
    [112.5604, 28.6934],
  ];
  const fields = [
    { name: 'BH', type: 'C' as const, length: 20 },
    { name: 'MC', type: 'C' as const, length: 40 },
    { name: 'RS', type: 'N' as const, length: 10 },
  ];
  const records = [
    ['SHP-1', '岳阳市第十五中学', 1800],
    ['SHP-2', '云溪区实验幼儿园', 320],
    ['SHP-3', '平江县一中', 2500],
  ];

  for (const [label, prj, epsg] of [
    ['3° zone 38 (ESRI .prj)', esriGk3ZonePrj(38), 4526],
    ['3° CM 114E (OGC .prj, EPSG authority)', ogcGk3CmPrj(114), 4547],
    ['6° zone 19 (ESRI .prj)', esriGk6ZonePrj(19), 4497],
  ] as const) {
    it(`reads a CGCS2000 Gauss-Krüger ${label} and matches proj4`, async () => {
      const to = positionFromWgs84(`EPSG:${epsg}`);
      const zip = shapefileZip({
        name: 'schools',
        shapes: yueyang.map((p) => ({ type: 'Point' as const, coordinates: to(p) })),
        fields,
        records,
        prj,
        encoding: 'gbk',
      });
      expect(detectFormat('schools.zip', zip)).toBe('shp');
      const { preview, result } = await importWith('schools.zip', zip);
      expect(preview.declaredCrs?.crs).toBe(`EPSG:${epsg}`);
      expect(preview.detected.crs).toBe(`EPSG:${epsg}`);
      expect(preview.headers).toEqual(['BH', 'MC', 'RS']);
      expect(result.features.map((f) => f.properties?.MC)).toEqual(records.map((r) => r[1]));
      // against proj4 directly, with the EPSG definition written out
      const d = projectedDef(epsg);
      if (!d) throw new Error(`no definition for EPSG:${epsg}`);
      const ref = proj4(d.proj4, 'EPSG:4326');
      result.features.forEach((f, i) => {
        const [lon, lat] = lonLatOf(f);
        const stored = to(yueyang[i] as [number, number]);
        const [elon, elat] = ref.forward(stored);
        expect(lon).toBeCloseTo(elon as number, 7);
        expect(lat).toBeCloseTo(elat as number, 7);
        expect(lon).toBeCloseTo((yueyang[i] as number[])[0] as number, 6);
        expect(lat).toBeCloseTo((yueyang[i] as number[])[1] as number, 6);
      });
    });
  }

  it('decodes a GBK .dbf without .cpg, and a UTF-8 one with a .cpg', async () => {
    const shapes = yueyang.map((p) => ({ type: 'Point' as const, coordinates: p }));
    const a = shapefileZip({ name: 'a', shapes, fields, records, prj: esriCgcs2000GeographicPrj, encoding: 'gbk' });
    const b = shapefileZip({ name: 'b', shapes, fields, records, prj: esriCgcs2000GeographicPrj, cpg: 'UTF-8' });
    for (const zip of [a, b]) {
      const { preview, result } = await importWith('x.zip', zip);
      expect(preview.detected.crs).toBe('CGCS2000');
      expect(result.features.map((f) => f.properties?.MC)).toEqual(records.map((r) => r[1]));
      expect(result.features.map(lonLatOf)).toEqual(yueyang);
    }
    expect(dbfEncoding(new Uint8Array(40), 'GBK')).toBe('gb18030');
    expect(dbfEncoding(new Uint8Array(40), '65001')).toBe('utf-8');
  });

  it('reads polygons, and rejects (never drops) a null shape', async () => {
    const ring: [number, number][] = [
      [113.0, 29.3],
      [113.0, 29.4],
      [113.1, 29.4],
      [113.1, 29.3],
      [113.0, 29.3],
    ];
    const zip = shapefileZip({
      name: 'parks',
      shapes: [{ type: 'Polygon', coordinates: [ring] }, null],
      fields: [{ name: 'NAME', type: 'C', length: 20 }],
      records: [['园区甲'], ['无几何']],
      prj: esriCgcs2000GeographicPrj,
    });
    const { result } = await importWith('parks.zip', zip);
    expect(result.features).toHaveLength(1);
    expect(result.features[0]?.geometry.type).toBe('Polygon');
    expect(result.rejectedRows).toEqual([2]);
  });

  it('notes a missing .prj and refuses a zip without .shp', async () => {
    const zip = shapefileZip({
      name: 'n',
      shapes: [{ type: 'Point', coordinates: [113, 29] }],
      fields,
      records: [records[0] ?? []],
    });
    const { preview } = await importWith('n.zip', zip);
    expect(preview.notes.join(' ')).toMatch(/没有 \.prj/);
    const { zipSync } = await import('fflate');
    await expect(new ImportEngine().read('e.zip', zipSync({ 'readme.txt': utf8('x') }))).rejects.toBeInstanceOf(
      ImportFileError,
    );
  });
});

describe('FlatGeobuf', () => {
  it('reads a file written by the project’s writer, with its columns', async () => {
    const features = [
      {
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [113.1, 29.3] },
        properties: { id: 'F1', n: 3 },
      },
      {
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [113.2, 29.4] },
        properties: { id: 'F2', n: 4 },
      },
    ];
    const bytes = writeFgb(features, {
      columns: [
        { key: 'id', type: 'string', nullable: false },
        { key: 'n', type: 'int', nullable: true },
      ],
      geometryType: 'Point',
    });
    expect(detectFormat('x.fgb', bytes)).toBe('fgb');
    const { preview, result } = await importWith('x.fgb', bytes);
    expect(preview.format).toBe('fgb');
    expect(preview.declaredCrs?.crs).toBe('WGS84');
    // the writer orders features along its Hilbert curve
    const rows = result.features.map((f) => [f.properties?.id, f.properties?.n, ...lonLatOf(f)]);
    expect(rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['F1', 3, 113.1, 29.3],
      ['F2', 4, 113.2, 29.4],
    ]);
  });

  it('reports a truncated file as a file error', async () => {
    await expect(
      new ImportEngine().read('x.fgb', new Uint8Array([0x66, 0x67, 0x62, 3, 0x66, 0x67, 0x62, 0, 9, 9])),
    ).rejects.toBeInstanceOf(ImportFileError);
  });
});

describe('format detection', () => {
  it('goes by magic bytes first, then extension; null for what cannot be read', () => {
    expect(detectFormat('a.CSV', utf8('a,b'))).toBe('csv');
    expect(detectFormat('a.json', utf8('{}'))).toBe('geojson');
    expect(detectFormat('a.kml', utf8('<kml/>'))).toBe('kml');
    expect(detectFormat('a.xls', utf8('x'))).toBeNull();
    expect(detectFormat('a.bin', new Uint8Array([0x66, 0x67, 0x62, 3]))).toBe('fgb');
  });
});
