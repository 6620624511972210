// The only module that imports flatgeobuf (docs/architecture.md, contract 2). Deep imports: the
// package has no exports map, and the geojson entry points are all we need.
import { ByteBuffer } from 'flatbuffers';
import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js';
import { Feature as FgbFeature } from 'flatgeobuf/lib/mjs/flat-geobuf/feature.js';
import { Header } from 'flatgeobuf/lib/mjs/flat-geobuf/header.js';
import { readMetadata } from 'flatgeobuf/lib/mjs/generic.js';
import { fromFeature } from 'flatgeobuf/lib/mjs/geojson/feature.js';
import { deserializeFiltered, deserializeStream } from 'flatgeobuf/lib/mjs/geojson/featurecollection.js';
import { fromByteBuffer, type HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { calcTreeSize } from 'flatgeobuf/lib/mjs/packedrtree.js';
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
const SIZE_PREFIX_LEN = 4;

function checkMagic(bytes: Uint8Array): void {
  if (
    bytes.length < MAGIC_BYTES.length + SIZE_PREFIX_LEN ||
    !MAGIC_BYTES.subarray(0, 3).every((v, i) => bytes[i] === v)
  ) {
    throw new Error('Not a FlatGeobuf file');
  }
}

function parseHeader(bytes: Uint8Array): { meta: HeaderMeta; header: Header; featuresStart: number } {
  checkMagic(bytes);
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(
    MAGIC_BYTES.length,
    true,
  );
  const headerEnd = MAGIC_BYTES.length + SIZE_PREFIX_LEN + headerLength;
  if (headerEnd > bytes.length) throw new Error('truncated FlatGeobuf header');
  // Copied so the envelope's float64 vector is 8-byte aligned whatever the input's byteOffset.
  const bb = new ByteBuffer(bytes.slice(MAGIC_BYTES.length, headerEnd));
  const meta = fromByteBuffer(bb);
  bb.setPosition(0);
  const header = Header.getSizePrefixedRootAsHeader(bb);
  let featuresStart = headerEnd;
  if (meta.indexNodeSize > 0 && meta.featuresCount > 0)
    featuresStart += calcTreeSize(meta.featuresCount, meta.indexNodeSize);
  return { meta, header, featuresStart };
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

/** Whole file, synchronously. Feature ids are positions in the file, as in bbox reads. */
export function readFgbBytes(bytes: Uint8Array): Feature[] {
  const { meta, featuresStart } = parseHeader(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Feature[] = [];
  let offset = featuresStart;
  while (offset + SIZE_PREFIX_LEN <= bytes.length) {
    const length = view.getUint32(offset, true);
    const end = offset + SIZE_PREFIX_LEN + length;
    if (end > bytes.length) throw new Error(`truncated FlatGeobuf feature at byte ${offset}`);
    // Copied so float64 vectors are 8-byte aligned whatever the input's byteOffset or writer.
    const bb = new ByteBuffer(bytes.slice(offset, end));
    const feature = FgbFeature.getSizePrefixedRootAsFeature(bb);
    out.push(withAllColumns(fromFeature(out.length, feature, meta), meta.columns));
    offset = end;
  }
  return out;
}

/**
 * Re-yields `source`, rejecting as soon as `signal` aborts. flatgeobuf's HTTP reader takes no
 * signal, so a range request already in flight still completes, but nobody waits for it.
 */
async function* abortable<T>(source: AsyncGenerator<T>, signal: AbortSignal | undefined): AsyncGenerator<T> {
  if (!signal) {
    yield* source;
    return;
  }
  signal.throwIfAborted();
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => {});
  try {
    while (true) {
      const next = await Promise.race([source.next(), aborted]);
      if (next.done) return;
      yield next.value;
      signal.throwIfAborted();
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    // Not awaited: with a next() still pending, return() would wait for that fetch to finish.
    source.return(undefined).catch(() => {});
  }
}

async function* normalised(
  source: AsyncGenerator<unknown>,
  header: { columns: ColumnMeta[] | null },
): AsyncGenerator<Feature> {
  for await (const f of source) yield withAllColumns(f as Feature, header.columns);
}

export function readFgbStream(stream: ReadableStream<Uint8Array>): AsyncGenerator<Feature> {
  const header: { columns: ColumnMeta[] | null } = { columns: null };
  const source = deserializeStream(stream, {
    headerMetaFn: (meta: HeaderMeta) => {
      header.columns = meta.columns;
    },
  });
  return normalised(source, header);
}

async function* readByRect(url: string, rect: Rect): AsyncGenerator<Feature> {
  const header: { columns: ColumnMeta[] | null } = { columns: null };
  const source = deserializeFiltered(url, {
    rect,
    headerMetaFn: (meta: HeaderMeta) => {
      header.columns = meta.columns;
    },
  });
  try {
    yield* normalised(source, header);
  } catch (error) {
    // An empty file has no index (an empty tree is not representable): nothing to find.
    if (error instanceof Error && error.message.startsWith('No index found')) {
      const meta = await readMetadata(url);
      if (meta.featuresCount === 0) return;
      throw new Error(`${url} has no spatial index, cannot read it by bbox`);
    }
    throw error;
  }
}

async function* readWhole(url: string, signal: AbortSignal | undefined): AsyncGenerator<Feature> {
  const response = await fetch(url, { signal });
  if (!response.ok || !response.body) throw new Error(`GET ${url} failed: ${response.status} ${response.statusText}`);
  yield* readFgbStream(response.body);
}

/**
 * Features of the file at `url`. With `rect`: only those whose bbox intersects it (edges
 * inclusive), fetched with HTTP Range requests through the packed R-tree, in tree order;
 * the file must have an index. Without: the whole file, streamed.
 */
export function readFgbUrl(url: string, rect?: Rect, opts?: { signal?: AbortSignal }): AsyncGenerator<Feature> {
  const source = rect ? readByRect(url, rect) : readWhole(url, opts?.signal);
  return abortable(source, opts?.signal);
}
