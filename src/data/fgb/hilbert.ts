import type { Rect } from './types';

/** Largest cell coordinate on the 2^16 × 2^16 grid the reference implementation sorts on. */
export const HILBERT_MAX = 0xffff;

/**
 * Hilbert curve index of cell (x, y), both in 0..65535. Same bit-twiddling as FlatGeobuf's
 * packedrtree.cpp (public-domain rawrunprotected/hilbert_curves), so GDAL and we order alike.
 * JS bitwise ops are int32: the final `>>> 0` turns the 32-bit result back into an unsigned number.
 */
export function hilbert(x: number, y: number): number {
  let a = x ^ y;
  let b = 0xffff ^ a;
  let c = 0xffff ^ (x | y);
  let d = x & (y ^ 0xffff);

  let A = a | (b >> 1);
  let B = (a >> 1) ^ a;
  let C = (c >> 1) ^ (b & (d >> 1)) ^ c;
  let D = (a & (c >> 1)) ^ (d >> 1) ^ d;

  a = A;
  b = B;
  c = C;
  d = D;
  A = (a & (a >> 2)) ^ (b & (b >> 2));
  B = (a & (b >> 2)) ^ (b & ((a ^ b) >> 2));
  C ^= (a & (c >> 2)) ^ (b & (d >> 2));
  D ^= (b & (c >> 2)) ^ ((a ^ b) & (d >> 2));

  a = A;
  b = B;
  c = C;
  d = D;
  A = (a & (a >> 4)) ^ (b & (b >> 4));
  B = (a & (b >> 4)) ^ (b & ((a ^ b) >> 4));
  C ^= (a & (c >> 4)) ^ (b & (d >> 4));
  D ^= (b & (c >> 4)) ^ ((a ^ b) & (d >> 4));

  a = A;
  b = B;
  c = C;
  d = D;
  C ^= (a & (c >> 8)) ^ (b & (d >> 8));
  D ^= (b & (c >> 8)) ^ ((a ^ b) & (d >> 8));

  a = C ^ (C >> 1);
  b = D ^ (D >> 1);

  let i0 = x ^ y;
  let i1 = b | (0xffff ^ (i0 | a));

  i0 = (i0 | (i0 << 8)) & 0x00ff00ff;
  i0 = (i0 | (i0 << 4)) & 0x0f0f0f0f;
  i0 = (i0 | (i0 << 2)) & 0x33333333;
  i0 = (i0 | (i0 << 1)) & 0x55555555;

  i1 = (i1 | (i1 << 8)) & 0x00ff00ff;
  i1 = (i1 | (i1 << 4)) & 0x0f0f0f0f;
  i1 = (i1 | (i1 << 2)) & 0x33333333;
  i1 = (i1 | (i1 << 1)) & 0x55555555;

  return ((i1 << 1) | i0) >>> 0;
}

/**
 * Hilbert value of a box's centre, scaled over the dataset extent as packedrtree.cpp does
 * (floor(65535 × (centre − min) / size)). A zero-sized extent axis maps to cell 0 instead of
 * dividing by zero (all points on one meridian, or a single feature).
 */
export function hilbertOfBox(box: Rect, extent: Rect): number {
  const width = extent.maxX - extent.minX;
  const height = extent.maxY - extent.minY;
  const x = width > 0 ? Math.floor((HILBERT_MAX * ((box.minX + box.maxX) / 2 - extent.minX)) / width) : 0;
  const y = height > 0 ? Math.floor((HILBERT_MAX * ((box.minY + box.maxY) / 2 - extent.minY)) / height) : 0;
  return hilbert(x, y);
}
