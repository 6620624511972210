import type { Rect } from './types';

/** minX, minY, maxX, maxY as float64 + offset as uint64, little-endian */
export const NODE_ITEM_BYTE_LEN = 8 * 4 + 8;

export const DEFAULT_NODE_SIZE = 16;

/**
 * [start, end) node indices of each tree level, leaves first. Storage order is top-down (root at
 * node 0, leaves last), as in FlatGeobuf's packedrtree.cpp and flatbush.
 */
export function generateLevelBounds(numItems: number, nodeSize: number): [number, number][] {
  if (nodeSize < 2) throw new Error('Node size must be at least 2');
  if (numItems < 1) throw new Error('Number of items must be greater than 0');
  let n = numItems;
  let numNodes = n;
  const levelNumNodes = [n];
  do {
    n = Math.ceil(n / nodeSize);
    numNodes += n;
    levelNumNodes.push(n);
  } while (n !== 1);
  const bounds: [number, number][] = [];
  let end = numNodes;
  for (const size of levelNumNodes) {
    bounds.push([end - size, end]);
    end -= size;
  }
  return bounds;
}

export function calcTreeSize(numItems: number, nodeSize: number): number {
  const levels = generateLevelBounds(numItems, nodeSize);
  const leaves = levels[0];
  if (!leaves) throw new Error('unreachable: a tree has at least one level');
  return leaves[1] * NODE_ITEM_BYTE_LEN;
}

/**
 * Serialised packed R-tree over `boxes`, which must already be in file (Hilbert) order.
 * Leaf i carries `featureOffsets[i]` (byte offset of feature i from the start of the feature
 * section); a parent carries the node index of its first child, as readers expect.
 */
export function buildPackedRTree(
  boxes: readonly Rect[],
  featureOffsets: readonly number[],
  nodeSize: number,
): Uint8Array {
  if (boxes.length !== featureOffsets.length) throw new Error('boxes and featureOffsets differ in length');
  const levels = generateLevelBounds(boxes.length, nodeSize);
  const numNodes = levels[0]?.[1] ?? 0;
  const bounds = new Float64Array(numNodes * 4);
  const offsets = new Array<number>(numNodes).fill(0);

  const firstLeaf = numNodes - boxes.length;
  boxes.forEach((box, i) => {
    const p = (firstLeaf + i) * 4;
    bounds[p] = box.minX;
    bounds[p + 1] = box.minY;
    bounds[p + 2] = box.maxX;
    bounds[p + 3] = box.maxY;
    offsets[firstLeaf + i] = featureOffsets[i] ?? 0;
  });

  // Bottom-up: each parent covers up to nodeSize consecutive nodes of the level below.
  for (let level = 0; level < levels.length - 1; level++) {
    const [start, end] = levels[level] ?? [0, 0];
    let parent = levels[level + 1]?.[0] ?? 0;
    for (let child = start; child < end; parent++) {
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      offsets[parent] = child;
      for (let j = 0; j < nodeSize && child < end; j++, child++) {
        const c = child * 4;
        minX = Math.min(minX, bounds[c] ?? Infinity);
        minY = Math.min(minY, bounds[c + 1] ?? Infinity);
        maxX = Math.max(maxX, bounds[c + 2] ?? -Infinity);
        maxY = Math.max(maxY, bounds[c + 3] ?? -Infinity);
      }
      const p = parent * 4;
      bounds[p] = minX;
      bounds[p + 1] = minY;
      bounds[p + 2] = maxX;
      bounds[p + 3] = maxY;
    }
  }

  const out = new Uint8Array(numNodes * NODE_ITEM_BYTE_LEN);
  const view = new DataView(out.buffer);
  for (let i = 0; i < numNodes; i++) {
    const at = i * NODE_ITEM_BYTE_LEN;
    for (let k = 0; k < 4; k++) view.setFloat64(at + k * 8, bounds[i * 4 + k] ?? 0, true);
    view.setBigUint64(at + 32, BigInt(offsets[i] ?? 0), true);
  }
  return out;
}
