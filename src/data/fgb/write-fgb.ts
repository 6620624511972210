import { buildFeature } from './feature';
import { type EncodedGeometry, encodeGeometry } from './geometry';
import { buildHeader } from './header';
import { hilbertOfBox } from './hilbert';
import { buildPackedRTree, DEFAULT_NODE_SIZE } from './packed-rtree';
import { encodeProperties, validateColumns } from './properties';
import { MAGIC_BYTES, type Rect, type WritableFeature, type WriteFgbOptions } from './types';

function describe(feature: WritableFeature, index: number): string {
  const id = feature.properties?.id;
  return id === undefined || id === null ? `feature ${index}` : `feature ${index} (id ${String(id)})`;
}

function unionOf(boxes: readonly Rect[]): Rect | null {
  if (boxes.length === 0) return null;
  const extent = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const b of boxes) {
    extent.minX = Math.min(extent.minX, b.minX);
    extent.minY = Math.min(extent.minY, b.minY);
    extent.maxX = Math.max(extent.maxX, b.maxX);
    extent.maxY = Math.max(extent.maxY, b.maxY);
  }
  return extent;
}

/**
 * Feature order in the file. With an index: descending Hilbert value of each bbox centre over the
 * dataset extent, as FlatGeobuf's C++/GDAL writer sorts; ties keep input order so the output is
 * deterministic (std::sort is not stable, so GDAL may order exact ties differently).
 */
function fileOrder(boxes: readonly Rect[], extent: Rect | null, indexed: boolean): number[] {
  const order = boxes.map((_, i) => i);
  if (!indexed || !extent) return order;
  const h = boxes.map((b) => hilbertOfBox(b, extent));
  return order.sort((a, b) => (h[b] ?? 0) - (h[a] ?? 0) || a - b);
}

/**
 * Writes a FlatGeobuf file (spec v3): magic bytes, size-prefixed Header (EPSG:4326), packed
 * Hilbert R-tree (unless indexNodeSize is 0 or there are no features), size-prefixed Features.
 * Throws on geometry/column mismatches instead of writing a file readers would misinterpret.
 */
export function writeFgb(features: WritableFeature[], opts: WriteFgbOptions): Uint8Array {
  const nodeSize = opts.indexNodeSize ?? DEFAULT_NODE_SIZE;
  if (!Number.isInteger(nodeSize) || nodeSize < 0 || nodeSize === 1 || nodeSize > 0xffff) {
    throw new Error(`indexNodeSize must be 0 (no index) or an integer in 2..65535, got ${nodeSize}`);
  }
  validateColumns(opts.columns);

  const geometries: EncodedGeometry[] = [];
  const properties: Uint8Array[] = [];
  features.forEach((feature, i) => {
    const where = describe(feature, i);
    geometries.push(encodeGeometry(feature.geometry, opts.geometryType, where));
    properties.push(encodeProperties(feature.properties, opts.columns, where));
  });

  const boxes = geometries.map((g) => g.bbox);
  const extent = unionOf(boxes);
  // An empty tree cannot exist (readers loop forever on it), so like GDAL an empty file has none.
  const indexNodeSize = features.length > 0 ? nodeSize : 0;
  const order = fileOrder(boxes, extent, indexNodeSize > 0);

  const featureBuffers: Uint8Array[] = [];
  const featureOffsets: number[] = [];
  let featuresLength = 0;
  for (const i of order) {
    const buffer = buildFeature(geometries[i] as EncodedGeometry, properties[i] as Uint8Array);
    featureOffsets.push(featuresLength);
    featureBuffers.push(buffer);
    featuresLength += buffer.length;
  }

  const index =
    indexNodeSize > 0
      ? buildPackedRTree(
          order.map((i) => boxes[i] as Rect),
          featureOffsets,
          indexNodeSize,
        )
      : new Uint8Array(0);
  const header = buildHeader({
    name: opts.name,
    description: opts.description,
    geometryType: opts.geometryType,
    columns: opts.columns,
    featuresCount: features.length,
    indexNodeSize,
    envelope: extent,
  });

  const out = new Uint8Array(MAGIC_BYTES.length + header.length + index.length + featuresLength);
  out.set(MAGIC_BYTES, 0);
  out.set(header, MAGIC_BYTES.length);
  out.set(index, MAGIC_BYTES.length + header.length);
  let at = MAGIC_BYTES.length + header.length + index.length;
  for (const buffer of featureBuffers) {
    out.set(buffer, at);
    at += buffer.length;
  }
  return out;
}
