import type { Feature, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  AGGREGATE_LEVELS,
  AGGREGATE_MIN_FEATURES,
  countCells,
  facetColumn,
  facetOf,
  layerAggregates,
} from '../../scripts/lib/aggregates';
import { readFgbBytes } from '../../src/data/fgb/read-fgb';
import { RISK_LEVELS } from '../../src/domain/layer-ids';
import { nationalFeatures, seeded } from './fixture';

/**
 * The grid counts the build writes (scripts/lib/aggregates.ts) against a brute-force recount written here from the
 * definition: a point belongs to cell (floor(lon / size), floor(lat / size)). Read back from the written
 * FlatGeobuf, so what is checked is what the app reads.
 */
const hazards = nationalFeatures('hazard-sources', 50_000, 7);
// written once, checked by several tests below
const written = layerAggregates('hazard-sources', hazards);
const levelFile = (size: number) => {
  const level = written?.entry.levels.find((l) => l.cellDeg === size);
  return written?.files.get(level?.file ?? '') ?? new Uint8Array();
};

function bruteForce(features: readonly Feature[], size: number, key: string, values: readonly string[]) {
  const out = new Map<string, Record<string, number>>();
  for (const f of features) {
    const [lon = 0, lat = 0] = (f.geometry as Point).coordinates;
    const cell = `${Math.floor(lon / size)},${Math.floor(lat / size)}`;
    const counts = out.get(cell) ?? Object.fromEntries([['count', 0], ...values.map((v) => [v, 0])]);
    counts.count = (counts.count ?? 0) + 1;
    const v = String(f.properties?.[key]);
    if (v in counts) counts[v] = (counts[v] ?? 0) + 1;
    out.set(cell, counts);
  }
  return out;
}

describe('aggregates (grid counts of the data build)', () => {
  it.each(AGGREGATE_LEVELS.map((l) => [l.cellDeg]))(
    '%s° cells: every cell of the written file equals the brute-force count, and none is missing',
    (size) => {
      const want = bruteForce(hazards, size, 'riskLevel', RISK_LEVELS);
      const cells = readFgbBytes(levelFile(size));
      expect(cells.length).toBe(want.size);
      // differences collected and compared once: tens of thousands of expect() calls would dominate the run time
      const wrong: string[] = [];
      let total = 0;
      for (const c of cells) {
        const p = c.properties as Record<string, number | string>;
        const w = want.get(String(p.cell));
        const got = [p.count, ...RISK_LEVELS.map((l) => p[facetColumn(l)])];
        const expected = [w?.count, ...RISK_LEVELS.map((l) => w?.[l])];
        if (JSON.stringify(got) !== JSON.stringify(expected)) wrong.push(`${p.cell}: ${got} ≠ ${expected}`);
        // the point sits in the middle of its own cell
        const [x = 0, y = 0] = (c.geometry as Point).coordinates;
        if (`${Math.floor(x / size)},${Math.floor(y / size)}` !== p.cell) wrong.push(`${p.cell}: centre ${x},${y}`);
        total += Number(p.count);
      }
      expect(wrong).toEqual([]);
      expect(total).toBe(hazards.length);
    },
  );

  it('counts a polygon in the cell of its centroid', () => {
    // a square of 0.2° whose bbox spans two 0.0625° cells in each direction; its centroid is (113.11, 29.11)
    const square: Feature<Polygon> = {
      type: 'Feature',
      properties: { riskLevel: 'red' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [113.01, 29.01],
            [113.21, 29.01],
            [113.21, 29.21],
            [113.01, 29.21],
            [113.01, 29.01],
          ],
        ],
      },
    };
    const [cell] = countCells([square], 0.0625, facetOf('chemical-parks'));
    expect(cell).toMatchObject({ ix: Math.floor(113.11 / 0.0625), iy: Math.floor(29.11 / 0.0625), count: 1 });
    expect(cell?.byFacet).toEqual([1, 0, 0, 0]);
  });

  it('counts protected targets by GB 36894 class and fire stations by status', () => {
    const targets = nationalFeatures('protected-targets', 6_000, 11);
    const facet = facetOf('protected-targets');
    expect(facet?.key).toBe('targetClass');
    const want = bruteForce(targets, 1, 'targetClass', facet?.values ?? []);
    for (const c of countCells(targets, 1, facet)) {
      const w = want.get(`${c.ix},${c.iy}`);
      expect(c.count).toBe(w?.count);
      expect(c.byFacet).toEqual((facet?.values ?? []).map((v) => w?.[v] ?? 0));
    }
    expect(facetOf('fire-stations')?.key).toBe('status');
  });

  it('writes aggregates only for layers big enough to be streamed, with a manifest entry per level', () => {
    expect(layerAggregates('hazard-sources', hazards.slice(0, AGGREGATE_MIN_FEATURES - 1))).toBeNull();
    const agg = written;
    expect(agg?.entry.facetKey).toBe('riskLevel');
    expect(agg?.entry.levels.map((l) => l.cellDeg)).toEqual(AGGREGATE_LEVELS.map((l) => l.cellDeg));
    for (const l of agg?.entry.levels ?? []) {
      const bytes = agg?.files.get(l.file);
      expect(bytes?.byteLength).toBe(l.bytes);
      expect(readFgbBytes(bytes as Uint8Array)).toHaveLength(l.cells);
    }
    // zoom bands tile the low zooms without gaps, up to the city zoom where features stream
    const bands = AGGREGATE_LEVELS.map((l) => [l.minZoom, l.maxZoom]);
    for (let i = 1; i < bands.length; i++) expect(bands[i]?.[0]).toBe(bands[i - 1]?.[1]);
    expect(bands.at(-1)?.[1]).toBe(9);
  });

  it('is deterministic: the same features give byte-identical files', () => {
    const rand = seeded(3);
    const shuffled = [...hazards].sort(() => rand() - 0.5);
    const a = written;
    const b = layerAggregates('hazard-sources', shuffled);
    expect(a?.files.size).toBe(AGGREGATE_LEVELS.length);
    for (const [name, bytes] of a?.files ?? []) {
      expect(Buffer.from(bytes).equals(Buffer.from(b?.files.get(name) ?? new Uint8Array())), name).toBe(true);
    }
  });
});
