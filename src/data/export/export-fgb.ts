import type { Feature, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import { type ColumnSpec, LAYERS } from '../../domain';
import type { FgbGeometryType } from '../fgb/types';
import { writeFgb } from '../fgb/write-fgb';
import type { ImportTarget } from '../import/types';
import { publicProps } from './export-table';

const INT32 = 2 ** 31;

/** Column types of a generic layer from its values: bool, int (int32), double, else string; null allowed. */
export function inferColumns(features: readonly Feature<Geometry | null>[]): ColumnSpec[] {
  const kinds = new Map<string, Set<string>>();
  for (const f of features) {
    for (const [k, v] of Object.entries(publicProps(f))) {
      let s = kinds.get(k);
      if (!s) {
        s = new Set();
        kinds.set(k, s);
      }
      if (v === null || v === undefined) continue;
      if (typeof v === 'boolean') s.add('bool');
      else if (typeof v === 'number') s.add(Number.isInteger(v) && Math.abs(v) < INT32 ? 'int' : 'double');
      else s.add('string');
    }
  }
  return [...kinds].map(([key, s]) => {
    const type: ColumnSpec['type'] =
      s.size === 0 || s.has('string') || (s.has('bool') && s.size > 1)
        ? 'string'
        : s.has('bool')
          ? 'bool'
          : s.has('double')
            ? 'double'
            : 'int';
    return { key, type, nullable: true };
  });
}

/** A value as the column holds it (a generic string column takes every value as text). */
function coerce(v: unknown, type: ColumnSpec['type']): unknown {
  if (v === null || v === undefined) return null;
  if (type === 'string' && typeof v !== 'string') return typeof v === 'object' ? JSON.stringify(v) : String(v);
  if (type === 'double' && typeof v === 'number' && !Number.isFinite(v)) return null;
  return v;
}

/**
 * FlatGeobuf through the project's own indexed writer (src/data/fgb, EPSG:4326). It writes points and polygons,
 * so a layer of lines (KML tracks) is refused with a message rather than written wrong.
 */
export function featuresToFgb(
  features: readonly Feature<Geometry | null>[],
  target: ImportTarget,
  name: string,
): Uint8Array {
  const types = new Set(features.map((f) => f.geometry?.type ?? 'null'));
  let geometryType: FgbGeometryType;
  if (types.size === 0 || [...types].every((t) => t === 'Point')) geometryType = 'Point';
  else if ([...types].every((t) => t === 'Polygon' || t === 'MultiPolygon')) geometryType = 'MultiPolygon';
  else {
    throw new Error(
      `FlatGeobuf 导出只支持点或面，此图层含 ${[...types].join('/')} (FlatGeobuf export takes points or polygons only)`,
    );
  }
  const columns = target === 'generic' ? inferColumns(features) : LAYERS[target].outputColumns;
  const rows = features.map((f) => {
    const p = publicProps(f);
    const properties: Record<string, unknown> = {};
    for (const c of columns) properties[c.key] = coerce(p[c.key], c.type);
    return { type: 'Feature' as const, geometry: f.geometry as Point | Polygon | MultiPolygon, properties };
  });
  return writeFgb(rows, { columns, geometryType, name });
}
