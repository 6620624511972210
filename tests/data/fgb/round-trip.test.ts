import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readFgbBytes, readFgbHeader, readFgbStream } from '../../../src/data/fgb/read-fgb';
import { writeFgb } from '../../../src/data/fgb/write-fgb';
import { COLUMNS, randomMultiPolygons, randomPoints, randomPolygons } from './fixtures';

type AnyFeature = Feature<Point | Polygon | MultiPolygon>;

/** Written features as the reader must return them: every column present, null where absent. */
function expected(features: AnyFeature[]) {
  return features.map((f) => ({
    geometry: f.geometry,
    properties: Object.fromEntries(COLUMNS.map((c) => [c.key, f.properties?.[c.key] ?? null])),
  }));
}

function byId<T extends { properties: unknown }>(list: T[]): T[] {
  const id = (f: T) => String((f.properties as { id?: unknown } | null)?.id);
  return [...list].sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
}

function stripped(features: Feature[]) {
  return features.map((f) => ({ geometry: f.geometry, properties: f.properties }));
}

describe('writeFgb → readFgbBytes', () => {
  it.each([
    ['Point', randomPoints(300, 1)],
    ['Polygon', randomPolygons(120, 2)],
    ['MultiPolygon', randomMultiPolygons(80, 3)],
  ] as const)('keeps every %s geometry (float64-exact) and every typed property', (geometryType, features) => {
    const bytes = writeFgb(features as AnyFeature[], { columns: COLUMNS, geometryType });
    const back = readFgbBytes(bytes);
    expect(back).toHaveLength(features.length);
    expect(byId(stripped(back))).toEqual(byId(expected(features as AnyFeature[])));
  });

  it('keeps types and edge values exactly', () => {
    const values = [
      { id: 'a', seq: 2147483647, name: '危险化学品重大危险源（一级）', score: 0.1 + 0.2, active: true },
      { id: 'b', seq: -2147483648, name: '', score: -0, active: false },
      { id: 'c', seq: 0, name: null, score: null, active: null },
      { id: '', seq: 7, name: 'emoji 🚒 and tab\t', score: Number.MAX_VALUE, active: true },
      { id: 'e', seq: 1, name: 'x'.repeat(5000), score: 5e-324 },
    ];
    const features: Feature<Point>[] = values.map((p, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [113.1 + i * 1e-9, 29.3 - i / 3] },
      properties: p,
    }));
    const back = readFgbBytes(writeFgb(features, { columns: COLUMNS, geometryType: 'Point' }));
    const got = byId(stripped(back));
    expect(got).toEqual(byId(expected(features)));
    const b = got.find((f) => f.properties?.id === 'b');
    expect(Object.is(b?.properties?.score, -0)).toBe(true);
    for (const f of got) {
      expect(Number.isInteger(f.properties?.seq)).toBe(true);
      expect(Object.keys(f.properties ?? {})).toEqual(COLUMNS.map((c) => c.key));
    }
    expect(got.find((f) => f.properties?.id === 'a')?.properties?.active).toBe(true);
  });

  it('promotes Polygon features of a MultiPolygon layer to one-part MultiPolygons', () => {
    const [poly] = randomPolygons(1, 9);
    if (!poly) throw new Error('fixture');
    const [back] = readFgbBytes(writeFgb([poly], { columns: COLUMNS, geometryType: 'MultiPolygon' }));
    expect(back?.geometry).toEqual({ type: 'MultiPolygon', coordinates: [poly.geometry.coordinates] });
  });

  it('is deterministic: same input, identical bytes', () => {
    const features = randomPolygons(500, 4);
    const a = writeFgb(features, { columns: COLUMNS, geometryType: 'Polygon', name: 'p' });
    const b = writeFgb(structuredClone(features), { columns: COLUMNS, geometryType: 'Polygon', name: 'p' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('writes and reads 0 features (no index) and 1 feature (two-node tree)', () => {
    const empty = writeFgb([], { columns: COLUMNS, geometryType: 'Point', name: '空' });
    expect(readFgbBytes(empty)).toEqual([]);
    expect(readFgbHeader(empty)).toMatchObject({ featuresCount: 0, indexNodeSize: 0, envelope: null, name: '空' });

    const one = randomPoints(1, 5);
    const bytes = writeFgb(one, { columns: COLUMNS, geometryType: 'Point' });
    expect(readFgbHeader(bytes)).toMatchObject({ featuresCount: 1, indexNodeSize: 16 });
    expect(stripped(readFgbBytes(bytes))).toEqual(expected(one));
  });

  it('writes without an index when indexNodeSize is 0, in input order', () => {
    const features = randomPoints(50, 6);
    const bytes = writeFgb(features, { columns: COLUMNS, geometryType: 'Point', indexNodeSize: 0 });
    expect(readFgbHeader(bytes).indexNodeSize).toBe(0);
    expect(stripped(readFgbBytes(bytes))).toEqual(expected(features));
  });

  it('describes the file in its header', () => {
    const features = randomPoints(10, 7);
    const header = readFgbHeader(
      writeFgb(features, {
        columns: COLUMNS,
        geometryType: 'Point',
        name: 'hazard-sources',
        description: '重大危险源',
      }),
    );
    const xs = features.map((f) => f.geometry.coordinates[0] as number);
    const ys = features.map((f) => f.geometry.coordinates[1] as number);
    expect(header).toEqual({
      name: 'hazard-sources',
      description: '重大危险源',
      geometryType: 1,
      featuresCount: 10,
      indexNodeSize: 16,
      envelope: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
      crs: { org: 'EPSG', code: 4326 },
      columns: COLUMNS,
    });
  });

  it('reads a stream the same as the bytes', async () => {
    const bytes = writeFgb(randomMultiPolygons(60, 8), { columns: COLUMNS, geometryType: 'MultiPolygon' });
    const streamed: Feature[] = [];
    // Odd-sized chunks, so sizes and buffers straddle chunk boundaries.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 999) controller.enqueue(bytes.slice(at, at + 999));
        controller.close();
      },
    });
    for await (const f of readFgbStream(stream)) streamed.push(f);
    expect(streamed).toEqual(readFgbBytes(bytes));
  });

  it('reads bytes that sit at an odd offset inside a larger buffer', () => {
    const bytes = writeFgb(randomPolygons(20, 10), { columns: COLUMNS, geometryType: 'Polygon' });
    const padded = new Uint8Array(bytes.length + 3);
    padded.set(bytes, 3);
    expect(readFgbBytes(padded.subarray(3))).toEqual(readFgbBytes(bytes));
  });

  it('rejects data a reader would misinterpret', () => {
    const [p] = randomPoints(1, 11);
    if (!p) throw new Error('fixture');
    const write = (props: Record<string, unknown>, geometryType: 'Point' | 'Polygon' = 'Point') =>
      writeFgb([{ ...p, properties: { ...p.properties, ...props } }], { columns: COLUMNS, geometryType });
    expect(() => write({ seq: 1.5 })).toThrow(/seq/);
    expect(() => write({ seq: 2 ** 31 })).toThrow(/seq/);
    expect(() => write({ id: null })).toThrow(/not nullable/);
    expect(() => write({ active: 'yes' })).toThrow(/active/);
    expect(() => write({ score: '1.0' })).toThrow(/score/);
    expect(() => write({}, 'Polygon')).toThrow(/Point does not fit a Polygon layer/);
    expect(() => writeFgb([p], { columns: COLUMNS, geometryType: 'Point', indexNodeSize: 1 })).toThrow(/indexNodeSize/);
    expect(() => writeFgb([p], { columns: [...COLUMNS, COLUMNS[0] as never], geometryType: 'Point' })).toThrow(
      /duplicate/,
    );
    const bad: Feature<Point> = { ...p, geometry: { type: 'Point', coordinates: [Number.NaN, 1] } };
    expect(() => writeFgb([bad], { columns: COLUMNS, geometryType: 'Point' })).toThrow(/finite/);
  });

  it('ignores properties that are not columns', () => {
    const [p] = randomPoints(1, 12);
    if (!p) throw new Error('fixture');
    const withExtra = { ...p, properties: { ...p.properties, secret: '内部' } };
    const [back] = readFgbBytes(writeFgb([withExtra], { columns: COLUMNS, geometryType: 'Point' }));
    expect(back?.properties).not.toHaveProperty('secret');
  });
});
