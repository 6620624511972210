import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { FgbColumn, Rect } from '../../../src/data/fgb/types';

/** mulberry32: tiny seeded PRNG so every run sees the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Roughly Hunan: the app's home region.
export const EXTENT: Rect = { minX: 108.8, minY: 24.6, maxX: 114.3, maxY: 30.2 };

export const COLUMNS: FgbColumn[] = [
  { key: 'id', type: 'string', nullable: false },
  { key: 'seq', type: 'int', nullable: false },
  { key: 'name', type: 'string', nullable: true },
  { key: 'score', type: 'double', nullable: true },
  { key: 'active', type: 'bool', nullable: true },
];

const NAMES = ['岳阳市化工园区', '湘阴县尾矿库', '', '平江县 "消防站"', 'Yueyang plant №7', '汨罗市'];

export interface FixtureProps {
  id: string;
  seq: number;
  name: string | null;
  score: number | null;
  active: boolean | null;
}

function props(rand: () => number, i: number): FixtureProps {
  return {
    id: `F${String(i).padStart(5, '0')}`,
    seq: i - 2500,
    name: rand() < 0.15 ? null : (NAMES[i % NAMES.length] ?? ''),
    score: rand() < 0.1 ? null : (rand() - 0.5) * 1e6,
    active: rand() < 0.1 ? null : rand() < 0.5,
  };
}

function randomIn(rand: () => number, e: Rect): [number, number] {
  return [e.minX + rand() * (e.maxX - e.minX), e.minY + rand() * (e.maxY - e.minY)];
}

export function randomPoints(n: number, seed: number): Feature<Point, FixtureProps>[] {
  const rand = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: randomIn(rand, EXTENT) },
    properties: props(rand, i),
  }));
}

/** Closed ring around (cx, cy), counter-clockwise, radius r degrees, with some jitter. */
function ring(rand: () => number, cx: number, cy: number, r: number, clockwise = false): Position[] {
  const k = 5 + Math.floor(rand() * 6);
  const pts: Position[] = [];
  for (let j = 0; j < k; j++) {
    const a = ((clockwise ? -1 : 1) * 2 * Math.PI * j) / k;
    const rr = r * (0.6 + 0.4 * rand());
    pts.push([cx + rr * Math.cos(a), cy + rr * Math.sin(a)]);
  }
  pts.push(pts[0] as Position);
  return pts;
}

function randomPolygonRings(rand: () => number): Position[][] {
  const [cx, cy] = randomIn(rand, EXTENT);
  const r = 0.01 + rand() * 0.2;
  const rings = [ring(rand, cx, cy, r)];
  if (rand() < 0.3) rings.push(ring(rand, cx, cy, r * 0.3, true));
  return rings;
}

export function randomPolygons(n: number, seed: number): Feature<Polygon, FixtureProps>[] {
  const rand = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: randomPolygonRings(rand) },
    properties: props(rand, i),
  }));
}

export function randomMultiPolygons(n: number, seed: number): Feature<MultiPolygon, FixtureProps>[] {
  const rand = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    geometry: {
      type: 'MultiPolygon',
      coordinates: Array.from({ length: 1 + Math.floor(rand() * 3) }, () => randomPolygonRings(rand)),
    },
    properties: props(rand, i),
  }));
}

export function randomBox(rand: () => number, maxSize: number): Rect {
  const [x, y] = randomIn(rand, { ...EXTENT, minX: EXTENT.minX - 0.3, minY: EXTENT.minY - 0.3 });
  return { minX: x, minY: y, maxX: x + rand() * maxSize, maxY: y + rand() * maxSize };
}

export function bboxOf(f: Feature<Point | Polygon | MultiPolygon>): Rect {
  const xs: number[] = [];
  const ys: number[] = [];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      xs.push(c[0]);
      ys.push(c[1] as number);
    } else if (Array.isArray(c)) for (const d of c) visit(d);
  };
  visit(f.geometry.coordinates);
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
}

/** Ids of features whose bbox intersects `r`, edges inclusive: what an R-tree query must return. */
export function bruteForceIds(features: Feature<Point | Polygon | MultiPolygon>[], r: Rect): string[] {
  return features
    .filter((f) => {
      const b = bboxOf(f);
      return b.minX <= r.maxX && b.maxX >= r.minX && b.minY <= r.maxY && b.maxY >= r.minY;
    })
    .map((f) => String(f.properties?.id))
    .sort();
}

export function idsOf(features: Feature[]): string[] {
  return features.map((f) => String(f.properties?.id)).sort();
}

export function makeTempDir(): {
  dir: string;
  write(name: string, bytes: Uint8Array | string): string;
  cleanup(): void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'riskatlas-fgb-'));
  return {
    dir,
    write(name, bytes) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
