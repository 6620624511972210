import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import gcoord from 'gcoord';
import type { Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseCrs, round7, toWgs84 } from '../../scripts/lib/crs';
import { decodeLedgerText } from '../../scripts/lib/decode-text';
import { parseCoordinate } from '../../scripts/lib/parse-coordinate';
import { parseWkt } from '../../scripts/lib/parse-wkt';
import { runBuild } from '../../scripts/lib/run-build';
import { readFgbBytes, readFgbHeader } from '../../src/data/fgb/read-fgb';
import { captureIo, tempDir } from './build-data-helpers';

const value = (text: string, axis: 'lon' | 'lat') => {
  const r = parseCoordinate(text, axis);
  return r.ok ? r.value : r.reason;
};

describe('parseCoordinate', () => {
  it.each([
    ['113.0861', 'lon', 113.0861],
    ['-0.5', 'lat', -0.5],
    [`113°05'12.3"`, 'lon', 113 + 5 / 60 + 12.3 / 3600],
    ['113°5′12.3″E', 'lon', 113 + 5 / 60 + 12.3 / 3600],
    ['29°22′N', 'lat', 29 + 22 / 60],
    ['29度22分30秒', 'lat', 29 + 22 / 60 + 30 / 3600],
    ['S 33°52′', 'lat', -(33 + 52 / 60)],
    ['西经 87.6', 'lon', -87.6],
    ['１１３．５', 'lon', 113.5],
    ["113°30.5'", 'lon', 113 + 30.5 / 60],
  ] as const)('%s (%s) → %d', (text, axis, expected) => {
    expect(value(text, axis)).toBeCloseTo(expected, 10);
  });

  it.each([
    ['', 'lon', '经度为空'],
    ['abc', 'lat', '不是十进制度或度分秒'],
    ['95', 'lat', '超出范围'],
    ['181', 'lon', '超出范围'],
    [`113°75'00"`, 'lon', '分或秒不小于 60'],
    ['29.3E', 'lat', '半球 E 不属于纬度'],
    ['-29.3S', 'lat', '既有正负号又有半球'],
    ["113.5°30'", 'lon', '只有最后一项可以带小数'],
  ] as const)('rejects %s (%s) naming the value', (text, axis, reason) => {
    const r = parseCoordinate(text, axis);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toContain(reason);
      if (text) expect(r.reason).toContain(`"${text}"`);
    }
  });
});

describe('CRS', () => {
  it('reads the common spellings of 坐标系', () => {
    expect(['WGS-84', 'wgs84', 'EPSG:4326'].map(parseCrs)).toEqual(['WGS84', 'WGS84', 'WGS84']);
    expect(['CGCS2000', '国家2000', 'EPSG:4490'].map(parseCrs)).toEqual(['CGCS2000', 'CGCS2000', 'CGCS2000']);
    expect(['GCJ-02', 'gcj02', 'BD-09', 'bd09ll'].map(parseCrs)).toEqual(['GCJ02', 'GCJ02', 'BD09', 'BD09']);
    expect(parseCrs('UTM50')).toBeNull();
  });

  it('converts GCJ02/BD09 with gcoord on a copy (the input is not mutated) and rounds to 7 decimals', () => {
    const input: Point = { type: 'Point', coordinates: [113.13, 29.36] };
    const out = toWgs84(input, 'GCJ02');
    expect(input.coordinates).toEqual([113.13, 29.36]);
    expect(out.coordinates).toEqual(gcoord.transform([113.13, 29.36], gcoord.GCJ02, gcoord.WGS84).map(round7));
    const poly: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [113.1, 29.3],
          [113.2, 29.3],
          [113.2, 29.4],
          [113.1, 29.3],
        ],
      ],
    };
    const copy = structuredClone(poly);
    const p = toWgs84(poly, 'BD09');
    expect(poly).toEqual(copy);
    expect(p.coordinates[0]?.[1]).toEqual(gcoord.transform([113.2, 29.3], gcoord.BD09, gcoord.WGS84).map(round7));
    expect(toWgs84({ type: 'Point', coordinates: [113.123456789, 29.1] }, 'CGCS2000').coordinates).toEqual([
      113.1234568, 29.1,
    ]);
  });
});

describe('parseWkt', () => {
  it('reads POLYGON and MULTIPOLYGON (holes, Z dropped, SRID prefix ignored)', () => {
    expect(parseWkt('POLYGON ((1 2, 3 4, 5 6, 1 2), (1.5 2, 2 2, 2 3, 1.5 2))')).toEqual({
      ok: true,
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [1, 2],
            [3, 4],
            [5, 6],
            [1, 2],
          ],
          [
            [1.5, 2],
            [2, 2],
            [2, 3],
            [1.5, 2],
          ],
        ],
      },
    });
    const multi = parseWkt('SRID=4490;MULTIPOLYGON Z(((1 2 9, 3 4 9, 5 6 9, 1 2 9)),((7 8 0,9 8 0,9 9 0,7 8 0)))');
    expect(multi.ok && multi.geometry.type === 'MultiPolygon' && multi.geometry.coordinates.length).toBe(2);
  });

  it.each([
    ['POINT (1 2)', '不受支持'],
    ['POLYGON ((1 2, 3 4, 5 6, 1 2)', '语法错误'],
    ['POLYGON ((1 2, 3 4, 5 6, 1 2)) x', '多余内容'],
    ['POLYGON EMPTY', '为空'],
  ])('rejects %s', (wkt, reason) => {
    const r = parseWkt(wkt);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });
});

describe('decodeLedgerText', () => {
  it('strips the UTF-8 BOM, and falls back to GB18030 for non-UTF-8 bytes', () => {
    expect(decodeLedgerText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({
      text: 'A',
      encoding: 'utf-8',
      bom: true,
    });
    // 中国 in GBK
    expect(decodeLedgerText(new Uint8Array([0xd6, 0xd0, 0xb9, 0xfa]))).toMatchObject({
      text: '中国',
      encoding: 'gb18030',
    });
  });
});

describe('data build: polygon ledger as CSV with WKT in 几何', () => {
  it('builds parks from WKT, mixed Polygon/MultiPolygon written as MultiPolygon', async () => {
    const inDir = tempDir();
    writeFileSync(
      join(inDir, 'chemical-parks.csv'),
      [
        '编号,名称,安全风险评估得分,几何 [geometry]',
        'P1,甲园,88,"POLYGON ((113.30 29.40, 113.32 29.40, 113.32 29.42, 113.30 29.42, 113.30 29.40))"',
        'P2,乙园,55,"MULTIPOLYGON (((113.5 29.5, 113.51 29.5, 113.51 29.51, 113.5 29.5)), ((113.6 29.5, 113.61 29.5, 113.61 29.51, 113.6 29.5)))"',
      ].join('\n'),
    );
    const out = join(tempDir(), 'out');
    const r = await runBuild({ inDir, outDir: out }, captureIo());
    expect(r.exitCode).toBe(0);
    const bytes = new Uint8Array(readFileSync(join(out, 'chemical-parks.fgb')));
    expect(readFgbHeader(bytes).geometryType).toBe(6);
    const fs = readFgbBytes(bytes);
    expect(fs.map((f) => f.geometry?.type)).toEqual(['MultiPolygon', 'MultiPolygon']);
    expect(fs.map((f) => f.properties?.id).sort()).toEqual(['P1', 'P2']);
  });
});

describe('data build: point layer as GeoJSON', () => {
  it('uses the Point geometry, converted by the feature’s 坐标系', async () => {
    const inDir = tempDir();
    const feature = (id: string, crs: string) => ({
      type: 'Feature',
      properties: { 编号: id, 名称: `目标${id}`, 类别: '学校', 人数: 800, 坐标系: crs },
      geometry: { type: 'Point', coordinates: [113.13, 29.36] },
    });
    writeFileSync(
      join(inDir, 'protected-targets.geojson'),
      JSON.stringify({ type: 'FeatureCollection', features: [feature('A', 'WGS84'), feature('B', 'GCJ02')] }),
    );
    const out = join(tempDir(), 'out');
    expect((await runBuild({ inDir, outDir: out }, captureIo())).exitCode).toBe(0);
    const fs = readFgbBytes(new Uint8Array(readFileSync(join(out, 'protected-targets.fgb'))));
    const at = (id: string) => (fs.find((f) => f.properties?.id === id)?.geometry as Point | undefined)?.coordinates;
    expect(at('A')).toEqual([113.13, 29.36]);
    expect(at('B')).toEqual(gcoord.transform([113.13, 29.36], gcoord.GCJ02, gcoord.WGS84).map(round7));
  });
});
