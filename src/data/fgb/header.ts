import { Builder } from 'flatbuffers';
import { COLUMN_TYPE_OF, type FgbColumn, type FgbGeometryType, GEOMETRY_TYPE_CODE, type Rect } from './types';

export interface HeaderFields {
  name?: string;
  description?: string;
  geometryType: FgbGeometryType;
  columns: readonly FgbColumn[];
  featuresCount: number;
  indexNodeSize: number;
  /** null when there are no features */
  envelope: Rect | null;
}

function buildColumn(builder: Builder, column: FgbColumn): number {
  const nameOffset = builder.createString(column.key);
  // Column table fields: name 0, type 1, title 2, description 3, width 4, precision 5, scale 6,
  // nullable 7 (default true), unique 8, primary_key 9, metadata 10.
  builder.startObject(11);
  builder.addFieldOffset(0, nameOffset, 0);
  builder.addFieldInt8(1, COLUMN_TYPE_OF[column.type], 0);
  builder.addFieldInt8(7, column.nullable ? 1 : 0, 1);
  const offset = builder.endObject();
  builder.requiredField(offset, 4);
  return offset;
}

/** The size-prefixed Header flatbuffer (header.fbs), always with CRS EPSG:4326. */
export function buildHeader(h: HeaderFields): Uint8Array {
  const builder = new Builder(1024);
  const columnOffsets = h.columns.map((c) => buildColumn(builder, c));
  builder.startVector(4, columnOffsets.length, 4);
  for (let i = columnOffsets.length - 1; i >= 0; i--) builder.addOffset(columnOffsets[i] ?? 0);
  const columnsOffset = builder.endVector();

  let envelopeOffset = 0;
  if (h.envelope) {
    const { minX, minY, maxX, maxY } = h.envelope;
    builder.startVector(8, 4, 8);
    for (const v of [maxY, maxX, minY, minX]) builder.addFloat64(v);
    envelopeOffset = builder.endVector();
  }

  const orgOffset = builder.createString('EPSG');
  // Crs table fields: org 0, code 1, name 2, description 3, wkt 4, code_string 5.
  builder.startObject(6);
  builder.addFieldOffset(0, orgOffset, 0);
  builder.addFieldInt32(1, 4326, 0);
  const crsOffset = builder.endObject();

  const nameOffset = h.name !== undefined ? builder.createString(h.name) : 0;
  const descriptionOffset = h.description !== undefined ? builder.createString(h.description) : 0;

  // Header table fields: name 0, envelope 1, geometry_type 2, has_z 3, has_m 4, has_t 5, has_tm 6,
  // columns 7, features_count 8, index_node_size 9 (default 16), crs 10, title 11, description 12,
  // metadata 13.
  builder.startObject(14);
  if (nameOffset) builder.addFieldOffset(0, nameOffset, 0);
  if (envelopeOffset) builder.addFieldOffset(1, envelopeOffset, 0);
  builder.addFieldInt8(2, GEOMETRY_TYPE_CODE[h.geometryType], GEOMETRY_TYPE_CODE.Unknown);
  if (columnOffsets.length > 0) builder.addFieldOffset(7, columnsOffset, 0);
  builder.addFieldInt64(8, BigInt(h.featuresCount), 0n);
  builder.addFieldInt16(9, h.indexNodeSize, 16);
  builder.addFieldOffset(10, crsOffset, 0);
  if (descriptionOffset) builder.addFieldOffset(12, descriptionOffset, 0);
  const headerOffset = builder.endObject();
  builder.finish(headerOffset, undefined, true);
  return builder.asUint8Array().slice();
}
