import type {
  ExpressionSpecification,
  FilterSpecification,
  SymbolLayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { LayerId } from '../domain/layer-ids';
import { MAP_FONTS, type MapTheme } from '../theme/map-theme';
import type { FacetValue } from '../theme/theme';

/** Each data layer's GeoJSON source has the layer's id, so a rendered feature's `source` names its layer. */
export const sourceId = (layer: LayerId): string => layer;

/** Cluster features carry `point_count`; real features never do. */
export const NOT_CLUSTER: FilterSpecification = ['!', ['has', 'point_count']];
export const IS_CLUSTER: FilterSpecification = ['has', 'point_count'];

/** `["match", ["get", key], v1, c1, v2, c2, …, fallback]` from a facet's values. */
export function matchFacet(
  key: string,
  values: readonly FacetValue[],
  pick: 'fill' | 'stroke' | 'text',
  fallback: string,
): ExpressionSpecification {
  const pairs = values.flatMap((v) => [v.value, v[pick]]);
  return ['match', ['get', key], ...pairs, fallback] as unknown as ExpressionSpecification;
}

/** `["match", ["get", key], from1, to1, …, fallback]` for short grade text (一级 → 一). */
export function matchText(key: string, table: Record<string, string>, fallback: ExpressionSpecification | string) {
  const pairs = Object.entries(table).flat();
  return ['match', ['get', key], ...pairs, fallback] as unknown as ExpressionSpecification;
}

/** Combines filters with `all`, dropping nulls (null = no restriction). */
export function allOf(...filters: (FilterSpecification | null)[]): FilterSpecification {
  const kept = filters.filter((f): f is FilterSpecification => f !== null);
  if (kept.length === 1) return kept[0] as FilterSpecification;
  return ['all', ...kept] as FilterSpecification;
}

/** Feature name below the symbol, from ~z12 where points no longer crowd each other. */
export function nameLabel(
  layer: LayerId,
  theme: MapTheme,
  filter: FilterSpecification,
  opts: { minzoom?: number; offsetEm?: number } = {},
): SymbolLayerSpecification {
  return {
    id: `${layer}-label`,
    type: 'symbol',
    source: sourceId(layer),
    minzoom: opts.minzoom ?? 12,
    filter,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': MAP_FONTS,
      'text-size': 12,
      'text-anchor': 'top',
      'text-offset': [0, opts.offsetEm ?? 1.1],
      'text-max-width': 10,
      'text-optional': true,
    },
    paint: { 'text-color': theme.label.text, 'text-halo-color': theme.label.halo, 'text-halo-width': 1.5 },
  };
}

/** Circle radius that grows with zoom, so a city-wide view stays readable and a street view stays clickable. */
export const zoomRadius = (z6: number, z12: number, z16: number): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  6,
  z6,
  12,
  z12,
  16,
  z16,
];
