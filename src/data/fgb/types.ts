import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';

/** Structurally the same as `ColumnSpec` in src/domain (data/fgb may not import domain). */
export interface FgbColumn {
  key: string;
  type: 'string' | 'int' | 'double' | 'bool';
  nullable: boolean;
}

export type FgbGeometryType = 'Point' | 'Polygon' | 'MultiPolygon';

export type WritableFeature = Feature<Point | Polygon | MultiPolygon>;

export interface WriteFgbOptions {
  columns: FgbColumn[];
  geometryType: FgbGeometryType;
  name?: string;
  description?: string;
  /** default 16; 0 = no index */
  indexNodeSize?: number;
}

export interface Rect {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

// Enum values of the FlatGeobuf schema (header.fbs), kept here so the writer needs no flatgeobuf import.
export const GEOMETRY_TYPE_CODE = { Unknown: 0, Point: 1, Polygon: 3, MultiPolygon: 6 } as const;
export const COLUMN_TYPE_CODE = { Bool: 2, Int: 5, Double: 10, String: 11 } as const;

export const COLUMN_TYPE_OF: Record<FgbColumn['type'], number> = {
  string: COLUMN_TYPE_CODE.String,
  int: COLUMN_TYPE_CODE.Int,
  double: COLUMN_TYPE_CODE.Double,
  bool: COLUMN_TYPE_CODE.Bool,
};

/** `fgb` + spec major version 3 + `fgb` + patch 0 */
export const MAGIC_BYTES = new Uint8Array([0x66, 0x67, 0x62, 0x03, 0x66, 0x67, 0x62, 0x00]);
