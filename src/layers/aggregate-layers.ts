import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { LayerId } from '../domain/layer-ids';
import { MAP_FONTS, type MapTheme } from '../theme/map-theme';
import { withSharedBindings } from './shared-bindings';

/**
 * Grid-count cells of a big layer at low zoom (src/data/aggregates.ts): a circle per cell, sized by how many
 * features it holds, coloured like a cluster (the most severe level present, so a red hazard never hides in a
 * blue-looking cell), with the count on it. Hidden facet values are left out of both count and colour, so the
 * 筛选 chips act on the cells as they do on features.
 */
export const aggregateSourceId = (layer: LayerId): string => `${layer}-agg`;

/** Count column of a facet value, as the build writes it (scripts/lib/aggregates.ts facetColumn). */
export const facetColumn = (value: string): string => `n_${value}`;

export interface AggregateFacet {
  /** null: the cells carry only `count` */
  facetKey: string | null;
  facetValues: readonly string[];
}

/** Features in a cell whose facet value is not hidden. */
export function visibleCount(facet: AggregateFacet, hidden: readonly string[]): ExpressionSpecification {
  if (!facet.facetKey) return ['get', 'count'];
  const shown = facet.facetValues.filter((v) => !hidden.includes(v));
  // '+' needs two operands at least; 0 + 0 for "everything hidden"
  return ['+', 0, 0, ...shown.map((v): ExpressionSpecification => ['get', facetColumn(v)])];
}

function cellColour(layer: LayerId, theme: MapTheme, facet: AggregateFacet, hidden: readonly string[]) {
  // Protected targets and fire stations are not risks: neutral, as their clusters are.
  if (layer !== 'hazard-sources' && layer !== 'tailings-ponds' && layer !== 'chemical-parks') {
    return { fill: theme.neutralCluster, text: '#FFFFFF' };
  }
  const shown = theme.facets[layer].values.filter(
    (v) => !hidden.includes(v.value) && facet.facetValues.includes(v.value),
  );
  if (shown.length === 0) return { fill: theme.unknown, text: '#FFFFFF' };
  const pick = (p: 'fill' | 'text') =>
    [
      'case',
      ...shown.flatMap((v) => [['>', ['get', facetColumn(v.value)], 0], v[p]]),
      p === 'fill' ? theme.unknown : '#FFFFFF',
    ] as ExpressionSpecification;
  return { fill: pick('fill'), text: pick('text') };
}

/**
 * Every layer counts on the same grid, so their cells share centres. The hazard sources (the layer the national
 * view is about) get the big labelled circle in the middle; the others a small marker nudged to their own corner
 * of the cell, sized by count, so all stay visible and the map does not turn into stacked discs.
 */
const SECONDARY: Partial<Record<LayerId, [number, number]>> = {
  'tailings-ponds': [-10, -10],
  'chemical-parks': [-10, 10],
  'fire-stations': [10, -10],
  'protected-targets': [10, 10],
};

/** The grid cells of `layer` as circles (and counts), coloured by the worst visible level. */
export function aggregateLayers(
  layer: LayerId,
  theme: MapTheme,
  facet: AggregateFacet,
  hidden: readonly string[],
): LayerSpecification[] {
  return cellLayers(layer, theme, facet, hidden).map(withSharedBindings);
}

function cellLayers(
  layer: LayerId,
  theme: MapTheme,
  facet: AggregateFacet,
  hidden: readonly string[],
): LayerSpecification[] {
  const count = visibleCount(facet, hidden);
  const filter: FilterSpecification = ['>', count, 0];
  const colour = cellColour(layer, theme, facet, hidden);
  // ~log scale: a cell of 10 000 should not be a hundred times the area of one of 100
  const logCount: ExpressionSpecification = ['ln', ['max', count, 1]];
  const offset = SECONDARY[layer];
  if (offset) {
    return [
      {
        id: `${layer}-agg-circle`,
        type: 'circle',
        source: aggregateSourceId(layer),
        filter,
        paint: {
          'circle-color': colour.fill,
          'circle-radius': ['interpolate', ['linear'], logCount, 0, 2.5, 9.2, 8],
          'circle-translate': offset,
          'circle-stroke-color': theme.clusterStroke,
          'circle-stroke-width': 1,
          'circle-opacity': 0.9,
        },
      },
    ];
  }
  return [
    {
      id: `${layer}-agg-circle`,
      type: 'circle',
      source: aggregateSourceId(layer),
      filter,
      paint: {
        'circle-color': colour.fill,
        'circle-radius': ['interpolate', ['linear'], logCount, 0, 5, 4.6, 9, 9.2, 16, 11.5, 20],
        'circle-stroke-color': theme.clusterStroke,
        'circle-stroke-width': 1.5,
        'circle-opacity': 0.85,
      },
    },
    {
      id: `${layer}-agg-count`,
      type: 'symbol',
      source: aggregateSourceId(layer),
      filter,
      layout: {
        'text-field': [
          'case',
          ['>=', count, 10_000],
          ['concat', ['to-string', ['/', ['round', ['/', count, 100]], 10]], 'k'],
          ['to-string', count],
        ],
        'text-font': MAP_FONTS,
        'text-size': 11,
      },
      paint: { 'text-color': colour.text },
    },
  ];
}
