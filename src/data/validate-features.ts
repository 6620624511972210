import type { Feature } from 'geojson';
import { LAYERS } from '../domain';
import type { LayerId } from '../domain/layer-ids';

/** One feature that failed `propsSchema` on read: not drawn, counted, and listed for the invalid-data badge. */
export interface InvalidFeature {
  layer: LayerId;
  /** the feature's `id` property, or `#<position>` when even that is missing */
  id: string;
  reason: string;
}

/** Keep at most this many reasons per layer: the count is exact, the list is for a human to start from. */
export const MAX_INVALID_LISTED = 100;

/**
 * Validates each feature's properties with LAYERS[layer].propsSchema (architecture.md Contract 4). Valid features
 * get the parsed properties; invalid ones are dropped and counted, never silently.
 */
export function validateFeatures(
  layer: LayerId,
  features: readonly Feature[],
  offset = 0,
): { valid: Feature[]; invalid: number; reasons: InvalidFeature[] } {
  const schema = LAYERS[layer].propsSchema;
  const valid: Feature[] = [];
  const reasons: InvalidFeature[] = [];
  let invalid = 0;
  features.forEach((f, i) => {
    const r = schema.safeParse(f.properties);
    if (r.success) {
      valid.push({ ...f, properties: r.data as unknown as Feature['properties'] });
      return;
    }
    invalid++;
    if (reasons.length < MAX_INVALID_LISTED) {
      const issue = r.error.issues[0];
      const rawId = f.properties?.id;
      reasons.push({
        layer,
        id: typeof rawId === 'string' && rawId ? rawId : `#${offset + i + 1}`,
        reason: issue ? `${issue.path.join('.') || '(properties)'}: ${issue.message}` : 'invalid',
      });
    }
  });
  return { valid, invalid, reasons };
}
