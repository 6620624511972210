import { Builder } from 'flatbuffers';
import { buildGeometry, type EncodedGeometry } from './geometry';

const shared = new Builder(1024);

/** One size-prefixed Feature flatbuffer (feature.fbs): geometry plus the encoded property bytes. */
export function buildFeature(geometry: EncodedGeometry, properties: Uint8Array): Uint8Array {
  // Reused for speed; clear() resets all layout state, so each buffer is independent of the last.
  const builder = shared;
  builder.clear();
  const propertiesOffset = properties.length > 0 ? builder.createByteVector(properties) : 0;
  const geometryOffset = buildGeometry(builder, geometry);
  // Feature table fields: geometry 0, properties 1, columns 2.
  builder.startObject(3);
  builder.addFieldOffset(0, geometryOffset, 0);
  if (propertiesOffset) builder.addFieldOffset(1, propertiesOffset, 0);
  const featureOffset = builder.endObject();
  builder.finish(featureOffset, undefined, true);
  return builder.asUint8Array().slice();
}
