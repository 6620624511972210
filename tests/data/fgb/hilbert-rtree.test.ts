import * as reference from 'flatgeobuf/lib/mjs/packedrtree.js';
import { describe, expect, it } from 'vitest';
import { HILBERT_MAX, hilbert, hilbertOfBox } from '../../../src/data/fgb/hilbert';
import {
  buildPackedRTree,
  calcTreeSize,
  generateLevelBounds,
  NODE_ITEM_BYTE_LEN,
} from '../../../src/data/fgb/packed-rtree';
import type { Rect } from '../../../src/data/fgb/types';
import { seededRandom } from './fixtures';

describe('hilbert', () => {
  it('walks the 16×16 corner cell by cell: a permutation of 0..255 with unit steps', () => {
    const cellAt = new Map<number, [number, number]>();
    for (let x = 0; x < 16; x++) for (let y = 0; y < 16; y++) cellAt.set(hilbert(x, y), [x, y]);
    expect([...cellAt.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 256 }, (_, i) => i));
    for (let d = 1; d < 256; d++) {
      const [x0, y0] = cellAt.get(d - 1) ?? [0, 0];
      const [x1, y1] = cellAt.get(d) ?? [0, 0];
      expect(Math.abs(x1 - x0) + Math.abs(y1 - y0)).toBe(1);
    }
  });

  it('covers the full 2^16 grid with unsigned 32-bit values', () => {
    expect(hilbert(0, 0)).toBe(0);
    const corners = [hilbert(HILBERT_MAX, 0), hilbert(0, HILBERT_MAX), hilbert(HILBERT_MAX, HILBERT_MAX)];
    for (const v of corners) expect(v).toBeGreaterThan(0);
    // The curve ends at a corner adjacent to its start: the last index, 2^32 − 1, is on the grid edge.
    expect(corners).toContain(2 ** 32 - 1);
    const rand = seededRandom(5);
    for (let i = 0; i < 1000; i++) {
      const v = hilbert(Math.floor(rand() * 65536), Math.floor(rand() * 65536));
      expect(Number.isInteger(v) && v >= 0 && v < 2 ** 32).toBe(true);
    }
  });

  it('scales a box centre over the extent, and survives a zero-width extent', () => {
    const extent: Rect = { minX: 0, minY: 0, maxX: 10, maxY: 10 };
    expect(hilbertOfBox({ minX: 0, minY: 0, maxX: 0, maxY: 0 }, extent)).toBe(0);
    expect(hilbertOfBox({ minX: 9, minY: 9, maxX: 11, maxY: 11 }, extent)).toBe(hilbert(HILBERT_MAX, HILBERT_MAX));
    const line: Rect = { minX: 3, minY: 0, maxX: 3, maxY: 10 };
    expect(hilbertOfBox({ minX: 3, minY: 10, maxX: 3, maxY: 10 }, line)).toBe(hilbert(0, HILBERT_MAX));
  });
});

describe('packed R-tree layout', () => {
  it('matches flatgeobuf calcTreeSize and generateLevelBounds', () => {
    for (const nodeSize of [2, 3, 4, 16, 100]) {
      for (const n of [1, 2, 3, 15, 16, 17, 255, 256, 257, 1000, 4097]) {
        expect(calcTreeSize(n, nodeSize), `${n}/${nodeSize}`).toBe(reference.calcTreeSize(n, nodeSize));
        expect(generateLevelBounds(n, nodeSize), `${n}/${nodeSize}`).toEqual(
          reference.generateLevelBounds(n, nodeSize),
        );
      }
    }
    expect(NODE_ITEM_BYTE_LEN).toBe(reference.NODE_ITEM_BYTE_LEN);
  });

  it('builds parents bottom-up: each covers its children and points at the first one', () => {
    const rand = seededRandom(8);
    const n = 300;
    const nodeSize = 4;
    const boxes: Rect[] = Array.from({ length: n }, () => {
      const x = rand() * 100;
      const y = rand() * 100;
      return { minX: x, minY: y, maxX: x + rand(), maxY: y + rand() };
    });
    const offsets = boxes.map((_, i) => i * 1000);
    const tree = buildPackedRTree(boxes, offsets, nodeSize);
    const view = new DataView(tree.buffer);
    const node = (i: number) => {
      const at = i * NODE_ITEM_BYTE_LEN;
      return {
        minX: view.getFloat64(at, true),
        minY: view.getFloat64(at + 8, true),
        maxX: view.getFloat64(at + 16, true),
        maxY: view.getFloat64(at + 24, true),
        offset: Number(view.getBigUint64(at + 32, true)),
      };
    };
    const levels = generateLevelBounds(n, nodeSize);
    expect(tree.length).toBe(calcTreeSize(n, nodeSize));

    const [leafStart] = levels[0] ?? [0];
    boxes.forEach((b, i) => {
      expect(node(leafStart + i)).toEqual({ ...b, offset: offsets[i] });
    });
    for (let level = 1; level < levels.length; level++) {
      const [start, end] = levels[level] ?? [0, 0];
      const [childStart, childEnd] = levels[level - 1] ?? [0, 0];
      for (let p = start; p < end; p++) {
        const first = childStart + (p - start) * nodeSize;
        const children = Array.from({ length: Math.min(nodeSize, childEnd - first) }, (_, j) => node(first + j));
        expect(node(p)).toEqual({
          minX: Math.min(...children.map((c) => c.minX)),
          minY: Math.min(...children.map((c) => c.minY)),
          maxX: Math.max(...children.map((c) => c.maxX)),
          maxY: Math.max(...children.map((c) => c.maxY)),
          offset: first,
        });
      }
    }
    expect(levels.at(-1)).toEqual([0, 1]);
  });
});
