import type { MultiPolygon, Polygon } from 'geojson';
import { writeFgb } from '../../src/data/fgb/write-fgb';
import { LAYERS, type LayerId } from '../../src/domain';
import type { BuiltFeature } from './process-layer';

const asMulti = (g: Polygon | MultiPolygon): MultiPolygon =>
  g.type === 'MultiPolygon' ? g : { type: 'MultiPolygon', coordinates: [g.coordinates] };

/**
 * The layer's FlatGeobuf: LAYERS[layer].outputColumns (only publicFields with --public), features in id order.
 * A FlatGeobuf file has one geometry type, so a polygon layer that mixes Polygon and MultiPolygon is written
 * as MultiPolygon throughout.
 */
export function layerFgb(layer: LayerId, features: readonly BuiltFeature[], isPublic: boolean): Uint8Array {
  const def = LAYERS[layer];
  const columns = isPublic ? def.outputColumns.filter((c) => def.publicFields.includes(c.key)) : def.outputColumns;
  const keep = new Set(columns.map((c) => c.key));
  let geometryType: 'Point' | 'Polygon' | 'MultiPolygon' = 'Point';
  let out = features.map((f) => ({
    ...f,
    properties: Object.fromEntries(Object.entries(f.properties).filter(([k]) => keep.has(k))),
  }));
  if (def.geometry === 'Polygon') {
    const mixed = features.some((f) => f.geometry.type === 'MultiPolygon');
    geometryType = mixed ? 'MultiPolygon' : 'Polygon';
    if (mixed) out = out.map((f) => ({ ...f, geometry: asMulti(f.geometry as Polygon | MultiPolygon) }));
  }
  return writeFgb(out, { columns, geometryType, name: layer, description: def.zh });
}
