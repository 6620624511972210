import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, Geometry } from 'geojson';
import { readFgbBytes } from '../../src/data/fgb/read-fgb';
import { validateFeatures } from '../../src/data/validate-features';
import type { LayerId } from '../../src/domain/layer-ids';

export const ROOT = join(import.meta.dirname, '../..');

/** A layer of the committed sample build (public/data), validated as the app validates it. */
export function sampleLayer(layer: LayerId): Feature<Geometry | null>[] {
  const bytes = new Uint8Array(readFileSync(join(ROOT, 'public/data', `${layer}.fgb`)));
  const { valid, invalid } = validateFeatures(layer, readFgbBytes(bytes));
  if (invalid > 0) throw new Error(`${layer}: ${invalid} invalid features in public/data`);
  return valid;
}

export const DATA_VERSION = JSON.parse(readFileSync(join(ROOT, 'public/data/manifest.json'), 'utf8'))
  .dataVersion as string;
