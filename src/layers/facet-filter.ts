import type { FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerId } from '../domain/layer-ids';
import { FACETS } from '../theme/theme';

/**
 * The MapLibre filter that hides a layer's unticked facet values (FACETS[layer].key: riskLevel / status /
 * targetClass), or null when nothing is hidden. Features with an unknown value stay visible: hiding must be an
 * explicit user choice, never a side effect of bad data.
 */
export function facetFilter(layer: LayerId, hidden: readonly string[]): FilterSpecification | null {
  if (hidden.length === 0) return null;
  const key = FACETS[layer].key;
  return ['!', ['in', ['get', key], ['literal', [...hidden]]]];
}

/**
 * The same rule applied to data, for clustered sources: a cluster is built before layer filters run, so hidden
 * values must be removed from the data or the cluster counts would include them.
 */
export function filterByFacet<F extends { properties: Record<string, unknown> | null }>(
  layer: LayerId,
  features: readonly F[],
  hidden: readonly string[],
): F[] {
  if (hidden.length === 0) return [...features];
  const key = FACETS[layer].key;
  const set = new Set(hidden);
  return features.filter((f) => !set.has(String(f.properties?.[key])));
}
