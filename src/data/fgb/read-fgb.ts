// The only module that imports flatgeobuf (docs/architecture.md, contract 2). Deep imports: the
// package has no exports map, and the geojson entry points are all we need.
import { ByteBuffer } from 'flatbuffers';
import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js';
import Config from 'flatgeobuf/lib/mjs/config.js';
import { Feature as FgbFeature } from 'flatgeobuf/lib/mjs/flat-geobuf/feature.js';
import { Header } from 'flatgeobuf/lib/mjs/flat-geobuf/header.js';
import { fromFeature } from 'flatgeobuf/lib/mjs/geojson/feature.js';
import { deserializeStream } from 'flatgeobuf/lib/mjs/geojson/featurecollection.js';
import { fromByteBuffer, type HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { calcTreeSize, streamSearch } from 'flatgeobuf/lib/mjs/packedrtree.js';
import type { Feature, GeoJsonProperties } from 'geojson';
import { COLUMN_TYPE_OF, type FgbColumn, MAGIC_BYTES, type Rect } from './types';

export interface FgbHeaderInfo {
  name: string | null;
  description: string | null;
  /** FlatGeobuf GeometryType code: 1 Point, 3 Polygon, 6 MultiPolygon, … */
  geometryType: number;
  featuresCount: number;
  indexNodeSize: number;
  envelope: [number, number, number, number] | null;
  crs: { org: string | null; code: number } | null;
  /** column types outside our four read back as 'other' */
  columns: { key: string; type: FgbColumn['type'] | 'other'; nullable: boolean }[];
}

const TYPE_NAME_OF = new Map(Object.entries(COLUMN_TYPE_OF).map(([name, code]) => [code, name as FgbColumn['type']]));
export const SIZE_PREFIX_LEN = 4;

export const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function checkMagic(bytes: Uint8Array): void {
  if (
    bytes.length < MAGIC_BYTES.length + SIZE_PREFIX_LEN ||
    !MAGIC_BYTES.subarray(0, 3).every((v, i) => bytes[i] === v)
  ) {
    throw new Error('Not a FlatGeobuf file');
  }
}

/** Where the header ends (and the index, if any, starts), from the size prefix after the magic bytes. */
export const headerEndOf = (bytes: Uint8Array): number =>
  MAGIC_BYTES.length + SIZE_PREFIX_LEN + viewOf(bytes).getUint32(MAGIC_BYTES.length, true);

export function parseHeader(bytes: Uint8Array): {
  meta: HeaderMeta;
  header: Header;
  /** first byte of the index (or of the features, without one) */
  headerEnd: number;
  featuresStart: number;
} {
  checkMagic(bytes);
  const headerEnd = headerEndOf(bytes);
  if (headerEnd > bytes.length) throw new Error('truncated FlatGeobuf header');
  // Copied so the envelope's float64 vector is 8-byte aligned whatever the input's byteOffset.
  const bb = new ByteBuffer(bytes.slice(MAGIC_BYTES.length, headerEnd));
  const meta = fromByteBuffer(bb);
  bb.setPosition(0);
  const header = Header.getSizePrefixedRootAsHeader(bb);
  let featuresStart = headerEnd;
  if (meta.indexNodeSize > 0 && meta.featuresCount > 0)
    featuresStart += calcTreeSize(meta.featuresCount, meta.indexNodeSize);
  return { meta, header, headerEnd, featuresStart };
}

/**
 * Every header column present, in column order, null where the file omits the value: the app's
 * feature schemas expect `key: null`, while FlatGeobuf simply leaves absent values out.
 */
function withAllColumns(feature: Feature, columns: ColumnMeta[] | null): Feature {
  if (!columns || columns.length === 0) return feature;
  const props: GeoJsonProperties = {};
  for (const { name } of columns) props[name] = feature.properties?.[name] ?? null;
  return { ...feature, properties: props };
}

export function readFgbHeader(bytes: Uint8Array): FgbHeaderInfo {
  const { meta, header } = parseHeader(bytes);
  const env = meta.envelope;
  return {
    name: header.name(),
    description: meta.description,
    geometryType: meta.geometryType,
    featuresCount: meta.featuresCount,
    indexNodeSize: meta.indexNodeSize,
    envelope: env && env.length >= 4 ? [env[0] ?? 0, env[1] ?? 0, env[2] ?? 0, env[3] ?? 0] : null,
    crs: meta.crs ? { org: meta.crs.org, code: meta.crs.code } : null,
    columns: (meta.columns ?? []).map((c) => ({
      key: c.name,
      type: TYPE_NAME_OF.get(c.type) ?? 'other',
      nullable: c.nullable,
    })),
  };
}

/** The size-prefixed feature at `offset` of `bytes`, decoded; returns where the next one starts. */
export function decodeAt(bytes: Uint8Array, view: DataView, offset: number, id: number, meta: HeaderMeta) {
  const length = view.getUint32(offset, true);
  const end = offset + SIZE_PREFIX_LEN + length;
  if (end > bytes.length) throw new Error(`truncated FlatGeobuf feature at byte ${offset}`);
  // Copied so float64 vectors are 8-byte aligned whatever the input's byteOffset or writer.
  const bb = new ByteBuffer(bytes.slice(offset, end));
  const feature = withAllColumns(fromFeature(id, FgbFeature.getSizePrefixedRootAsFeature(bb), meta), meta.columns);
  return { feature, end };
}

/** Whole file, synchronously. Feature ids are positions in the file, as in bbox reads. */
export function readFgbBytes(bytes: Uint8Array): Feature[] {
  const { meta, featuresStart } = parseHeader(bytes);
  const view = viewOf(bytes);
  const out: Feature[] = [];
  let offset = featuresStart;
  while (offset + SIZE_PREFIX_LEN <= bytes.length) {
    const { feature, end } = decodeAt(bytes, view, offset, out.length, meta);
    out.push(feature);
    offset = end;
  }
  return out;
}

async function* normalised(
  source: AsyncGenerator<unknown>,
  header: { columns: ColumnMeta[] | null },
): AsyncGenerator<Feature> {
  for await (const f of source) yield withAllColumns(f as Feature, header.columns);
}

/** A whole file as it streams in, feature by feature. */
export function readFgbStream(stream: ReadableStream<Uint8Array>): AsyncGenerator<Feature> {
  const header: { columns: ColumnMeta[] | null } = { columns: null };
  const source = deserializeStream(stream, {
    headerMetaFn: (meta: HeaderMeta) => {
      header.columns = meta.columns;
    },
  });
  return normalised(source, header);
}

/** One feature the R-tree search found: its byte offset after the index, its position, its length if known. */
export interface TreeHit {
  offset: number;
  id: number;
  /** 0 for the file's last feature, whose length the tree does not hold */
  length: number;
}

/** Features whose bbox intersects `rect`, through the packed R-tree; `readNode` reads bytes of the tree. */
export async function searchTree(
  meta: HeaderMeta,
  rect: Rect,
  readNode: (offsetIntoTree: number, size: number) => Promise<ArrayBuffer>,
): Promise<TreeHit[]> {
  const hits: TreeHit[] = [];
  for await (const [offset, id, length] of streamSearch(meta.featuresCount, meta.indexNodeSize, rect, readNode)) {
    hits.push({ offset, id, length: Number(length) || 0 });
  }
  return hits;
}

/** Features further apart than this are fetched in separate requests (flatgeobuf's own threshold). */
export const featureGapBytes = (): number => Config.global.extraRequestThreshold();
export type { HeaderMeta };
export { calcTreeSize };
