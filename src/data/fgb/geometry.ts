import type { Builder } from 'flatbuffers';
import type { Geometry, Position } from 'geojson';
import { type FgbGeometryType, GEOMETRY_TYPE_CODE, type Rect } from './types';

/** One Point or Polygon as FlatGeobuf stores it: flat x,y pairs and ring end indices (in points). */
interface FlatPart {
  xy: number[];
  ends: number[] | null;
}

export interface EncodedGeometry {
  layerType: FgbGeometryType;
  /** one part for Point/Polygon layers, one per polygon for MultiPolygon layers */
  parts: FlatPart[];
  bbox: Rect;
}

function pushPosition(xy: number[], p: Position, where: string): void {
  const [x, y] = p;
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
    throw new Error(`${where}: coordinates must be finite numbers, got ${JSON.stringify(p)}`);
  }
  xy.push(x, y);
}

function flattenPolygon(rings: Position[][], where: string): FlatPart {
  if (rings.length === 0) throw new Error(`${where}: polygon has no rings`);
  const xy: number[] = [];
  const ends: number[] = [];
  for (const ring of rings) {
    if (ring.length === 0) throw new Error(`${where}: polygon ring is empty`);
    for (const p of ring) pushPosition(xy, p, where);
    ends.push(xy.length / 2);
  }
  // Like GDAL, a polygon with only an exterior ring has no `ends`; readers treat it as one ring.
  return { xy, ends: ends.length > 1 ? ends : null };
}

function bboxOf(parts: FlatPart[]): Rect {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { xy } of parts) {
    for (let i = 0; i < xy.length; i += 2) {
      const x = xy[i] ?? 0;
      const y = xy[i + 1] ?? 0;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  return { minX, minY, maxX, maxY };
}

/**
 * Validates a feature's geometry against the layer type and flattens it. A Polygon in a
 * MultiPolygon layer becomes a one-part MultiPolygon (ledgers mix the two); z values are dropped.
 */
export function encodeGeometry(geometry: Geometry | null, layerType: FgbGeometryType, where: string): EncodedGeometry {
  if (!geometry) throw new Error(`${where}: geometry is missing`);
  let parts: FlatPart[];
  if (layerType === 'Point' && geometry.type === 'Point') {
    const xy: number[] = [];
    pushPosition(xy, geometry.coordinates, where);
    parts = [{ xy, ends: null }];
  } else if (layerType === 'Polygon' && geometry.type === 'Polygon') {
    parts = [flattenPolygon(geometry.coordinates, where)];
  } else if (layerType === 'MultiPolygon' && geometry.type === 'Polygon') {
    parts = [flattenPolygon(geometry.coordinates, where)];
  } else if (layerType === 'MultiPolygon' && geometry.type === 'MultiPolygon') {
    if (geometry.coordinates.length === 0) throw new Error(`${where}: multipolygon has no polygons`);
    parts = geometry.coordinates.map((rings) => flattenPolygon(rings, where));
  } else {
    throw new Error(`${where}: geometry type ${geometry.type} does not fit a ${layerType} layer`);
  }
  return { layerType, parts, bbox: bboxOf(parts) };
}

function buildFlatPart(builder: Builder, part: FlatPart, typeCode: number): number {
  let endsOffset = 0;
  if (part.ends) {
    builder.startVector(4, part.ends.length, 4);
    for (let i = part.ends.length - 1; i >= 0; i--) builder.addInt32(part.ends[i] ?? 0);
    endsOffset = builder.endVector();
  }
  builder.startVector(8, part.xy.length, 8);
  for (let i = part.xy.length - 1; i >= 0; i--) builder.addFloat64(part.xy[i] ?? 0);
  const xyOffset = builder.endVector();
  // Geometry table fields: ends 0, xy 1, z 2, m 3, t 4, tm 5, type 6, parts 7.
  builder.startObject(8);
  if (endsOffset) builder.addFieldOffset(0, endsOffset, 0);
  builder.addFieldOffset(1, xyOffset, 0);
  builder.addFieldInt8(6, typeCode, GEOMETRY_TYPE_CODE.Unknown);
  return builder.endObject();
}

/**
 * Writes the Geometry table. As GDAL does, a top-level simple geometry leaves `type` unset (the
 * header says it); MultiPolygon parts are typed Polygon and the parent MultiPolygon.
 */
export function buildGeometry(builder: Builder, g: EncodedGeometry): number {
  if (g.layerType !== 'MultiPolygon') {
    const [part] = g.parts;
    if (!part) throw new Error('unreachable: encoded geometry without parts');
    return buildFlatPart(builder, part, GEOMETRY_TYPE_CODE.Unknown);
  }
  const partOffsets = g.parts.map((p) => buildFlatPart(builder, p, GEOMETRY_TYPE_CODE.Polygon));
  builder.startVector(4, partOffsets.length, 4);
  for (let i = partOffsets.length - 1; i >= 0; i--) builder.addOffset(partOffsets[i] ?? 0);
  const partsOffset = builder.endVector();
  builder.startObject(8);
  builder.addFieldInt8(6, GEOMETRY_TYPE_CODE.MultiPolygon, GEOMETRY_TYPE_CODE.Unknown);
  builder.addFieldOffset(7, partsOffset, 0);
  return builder.endObject();
}
