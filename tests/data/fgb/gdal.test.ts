import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Feature } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { NODE_ITEM_BYTE_LEN } from '../../../src/data/fgb/packed-rtree';
import { readFgbBytes, readFgbHeader } from '../../../src/data/fgb/read-fgb';
import type { Rect } from '../../../src/data/fgb/types';
import { writeFgb } from '../../../src/data/fgb/write-fgb';
import {
  bruteForceIds,
  COLUMNS,
  makeTempDir,
  randomBox,
  randomMultiPolygons,
  randomPoints,
  randomPolygons,
  seededRandom,
} from './fixtures';

// GDAL (Debian gdal-bin) is the independent reader: if it is missing these tests fail, on purpose.
const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

function ogrinfo(...args: string[]): string {
  return execFileSync('ogrinfo', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

function summary(path: string) {
  const out = ogrinfo('-ro', '-so', '-al', path);
  const fields = [...out.matchAll(/^(\w+): (String|Integer|Real|Integer\(Boolean\)) \(0\.0\)( NOT NULL)?$/gm)].map(
    (m) => `${m[1]}: ${m[2]}${m[3] ?? ''}`,
  );
  return {
    layer: /^Layer name: (.*)$/m.exec(out)?.[1],
    geometry: /^Geometry: (.*)$/m.exec(out)?.[1],
    count: Number(/^Feature Count: (\d+)$/m.exec(out)?.[1]),
    epsg4326: out.includes('ID["EPSG",4326]'),
    fields,
  };
}

/** Features GDAL returns for a -spat box (it searches the file's R-tree, then checks geometries). */
function gdalIdsIn(path: string, r: Rect): string[] {
  const out = ogrinfo('-ro', '-al', '-q', '-spat', ...[r.minX, r.minY, r.maxX, r.maxY].map(String), path);
  return [...out.matchAll(/^ {2}id \(String\) = (.*)$/gm)].map((m) => m[1] ?? '').sort();
}

const EXPECTED_FIELDS = [
  'id: String NOT NULL',
  'seq: Integer NOT NULL',
  'name: String',
  'score: Real',
  'active: Integer(Boolean)',
];

const points = randomPoints(2000, 21);
const pointsPath = tmp.write(
  'points.fgb',
  writeFgb(points, { columns: COLUMNS, geometryType: 'Point', name: '重大危险源' }),
);

describe('GDAL ogrinfo reads our files', () => {
  it.each([
    ['points', points, 'Point', 'Point'],
    ['polygons', randomPolygons(700, 22), 'Polygon', 'Polygon'],
    ['multipolygons', randomMultiPolygons(300, 23), 'MultiPolygon', 'Multi Polygon'],
    ['one point', randomPoints(1, 24), 'Point', 'Point'],
    ['no points', [], 'Point', 'Point'],
  ] as const)('%s: layer, geometry type, count, EPSG:4326, fields', (label, features, geometryType, gdalType) => {
    const name = `图层 ${label}`;
    const path = tmp.write(
      `${label.replace(' ', '-')}.fgb`,
      writeFgb([...features], { columns: COLUMNS, geometryType, name }),
    );
    expect(summary(path)).toEqual({
      layer: name,
      geometry: gdalType,
      count: features.length,
      epsg4326: true,
      fields: EXPECTED_FIELDS,
    });
  });

  it('reads every value back, Chinese strings included', () => {
    const out = ogrinfo('-ro', '-al', '-q', '-where', "id = 'F00000'", pointsPath);
    const [p] = points;
    expect(out).toContain(`id (String) = F00000`);
    expect(out).toContain(`seq (Integer) = ${p?.properties.seq}`);
    expect(out).toContain(
      p?.properties.name === null ? 'name (String) = (null)' : `name (String) = ${p?.properties.name}`,
    );
    const all = ogrinfo('-ro', '-al', '-q', pointsPath);
    expect(all).toContain('name (String) = 岳阳市化工园区');
    expect(all).toContain('name (String) = 平江县 "消防站"');
  });

  it('answers -spat boxes with the brute-force bbox matches', () => {
    const rand = seededRandom(99);
    for (let q = 0; q < 6; q++) {
      const r = randomBox(rand, 1.2);
      expect(gdalIdsIn(pointsPath, r), JSON.stringify(r)).toEqual(bruteForceIds(points, r));
    }
  });

  it('answers -spat from our index: a leaf moved away in the index hides its feature', () => {
    const bytes = readFileSync(pointsPath);
    const [first] = readFgbBytes(bytes);
    if (first?.geometry.type !== 'Point') throw new Error('fixture');
    const [x, y] = first.geometry.coordinates as [number, number];
    const box = { minX: x - 1e-4, minY: y - 1e-4, maxX: x + 1e-4, maxY: y + 1e-4 };
    const id = String(first.properties?.id);
    expect(gdalIdsIn(pointsPath, box)).toContain(id);

    // Leaf 0 (the first feature in the file) is the first leaf node, right after the interior nodes.
    const header = readFgbHeader(bytes);
    const numNodes = treeNodeCount(header.featuresCount, header.indexNodeSize);
    const leaf0 = indexStart(bytes) + (numNodes - header.featuresCount) * NODE_ITEM_BYTE_LEN;
    const corrupt = new Uint8Array(bytes);
    const view = new DataView(corrupt.buffer);
    for (const k of [0, 16]) view.setFloat64(leaf0 + k, 0, true);
    expect(gdalIdsIn(tmp.write('corrupt.fgb', corrupt), box)).not.toContain(id);
  });
});

function indexStart(bytes: Uint8Array): number {
  return 8 + 4 + new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, true);
}

function treeNodeCount(numItems: number, nodeSize: number): number {
  let n = numItems;
  let total = n;
  do {
    n = Math.ceil(n / nodeSize);
    total += n;
  } while (n !== 1);
  return total;
}

/** Node bounds of the whole tree, and the child offsets of interior nodes (leaf offsets depend on feature sizes). */
function treeOf(bytes: Uint8Array) {
  const { featuresCount, indexNodeSize } = readFgbHeader(bytes);
  const numNodes = treeNodeCount(featuresCount, indexNodeSize);
  const view = new DataView(bytes.buffer, bytes.byteOffset + indexStart(bytes), numNodes * NODE_ITEM_BYTE_LEN);
  const bounds: number[] = [];
  const interiorOffsets: bigint[] = [];
  for (let i = 0; i < numNodes; i++) {
    for (let k = 0; k < 4; k++) bounds.push(view.getFloat64(i * NODE_ITEM_BYTE_LEN + k * 8, true));
    if (i < numNodes - featuresCount) interiorOffsets.push(view.getBigUint64(i * NODE_ITEM_BYTE_LEN + 32, true));
  }
  return { bounds, interiorOffsets };
}

describe('same Hilbert order and tree as GDAL writes', () => {
  it.each([
    ['points', randomPoints(3000, 31)],
    ['polygons', randomPolygons(900, 32)],
  ] as const)('%s', (label, features) => {
    const geojson = tmp.write(`${label}.geojson`, JSON.stringify({ type: 'FeatureCollection', features }));
    const gdalPath = `${tmp.dir}/${label}-gdal.fgb`;
    execFileSync('ogr2ogr', ['-f', 'FlatGeobuf', '-lco', 'SPATIAL_INDEX=YES', gdalPath, geojson]);
    const gdal = readFileSync(gdalPath);
    const ours = writeFgb([...features], {
      columns: COLUMNS,
      geometryType: features[0]?.geometry.type ?? 'Point',
    });
    const order = (fs: Feature[]) => fs.map((f) => String(f.properties?.id));
    expect(order(readFgbBytes(ours))).toEqual(order(readFgbBytes(gdal)));
    expect(treeOf(ours)).toEqual(treeOf(gdal));
  });
});
