import {
  createPropertyExpression,
  featureFilter,
  type LayerSpecification,
  latest,
  type StyleSpecification,
  validateStyleMin,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { facetColumn as buildColumn, facetOf } from '../../scripts/lib/aggregates';
import { type AggregateLoad, aggregateCounts } from '../../src/data/aggregates';
import { aggregateLevelFor, streamMinZoom } from '../../src/data/read-plan';
import { RISK_LEVELS } from '../../src/domain/layer-ids';
import { aggregateLayers, aggregateSourceId, facetColumn } from '../../src/layers/aggregate-layers';
import { mapTheme } from '../../src/theme/map-theme';
import { RISK } from '../../src/theme/theme';

/**
 * The grid-count layers (src/layers/aggregate-layers.ts) and the zoom/level logic (src/data/aggregates.ts):
 * valid MapLibre style, counts and colours that respect hidden facet values, the right level for each zoom.
 */
const theme = mapTheme('light');
const riskFacet = { facetKey: 'riskLevel', facetValues: [...RISK_LEVELS] };
const cell = (counts: Record<string, number>) => ({
  count: Object.values(counts).reduce((a, b) => a + b, 0),
  ...Object.fromEntries(RISK_LEVELS.map((l) => [facetColumn(l), counts[l] ?? 0])),
});

function style(layers: LayerSpecification[]): StyleSpecification {
  const empty = { type: 'FeatureCollection' as const, features: [] };
  const sources: StyleSpecification['sources'] = {};
  for (const l of layers) sources[(l as { source: string }).source] = { type: 'geojson', data: empty };
  return { version: 8, sources, layers };
}

/** Evaluates a paint or layout property of `spec` for one feature's properties. */
function evaluate(spec: LayerSpecification, group: 'paint' | 'layout', key: string, properties: object) {
  const value = (spec as unknown as Record<string, Record<string, unknown>>)[group]?.[key];
  const specOf = (latest as unknown as Record<string, Record<string, unknown>>)[`${group}_${spec.type}`]?.[key];
  const e = createPropertyExpression(value, key, specOf as never);
  if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
  return e.value.evaluate({ zoom: 5 }, { type: 'Point', properties, geometry: [] } as never);
}

const passes = (spec: LayerSpecification, properties: object) =>
  featureFilter((spec as { filter?: unknown }).filter as never, 'filter').filter({ zoom: 5 }, {
    type: 1,
    properties,
  } as never);

describe('aggregate map layers', () => {
  it('are valid MapLibre style layers, for every aggregated layer, with and without hidden values', () => {
    const layers = [
      ...aggregateLayers('hazard-sources', theme, riskFacet, []),
      ...aggregateLayers('tailings-ponds', theme, riskFacet, ['blue']),
      ...aggregateLayers('protected-targets', theme, { facetKey: 'targetClass', facetValues: ['高敏感', '重要'] }, []),
      ...aggregateLayers('fire-stations', theme, { facetKey: null, facetValues: [] }, []),
    ];
    expect(validateStyleMin(style(layers))).toEqual([]);
    expect(layers.every((l) => (l as { source: string }).source.endsWith('-agg'))).toBe(true);
    expect(aggregateSourceId('hazard-sources')).toBe('hazard-sources-agg');
  });

  it('reads the count columns the build writes', () => {
    for (const v of facetOf('hazard-sources')?.values ?? []) expect(facetColumn(v)).toBe(buildColumn(v));
  });

  it('colours a cell by the most severe visible level and counts only visible levels', () => {
    const [circle, label] = aggregateLayers('hazard-sources', theme, riskFacet, []);
    const [circleNoRed, labelNoRed] = aggregateLayers('hazard-sources', theme, riskFacet, ['red']);
    if (!circle || !label || !circleNoRed || !labelNoRed) throw new Error('layers missing');
    const mixed = cell({ red: 1, yellow: 12, blue: 30 });
    expect(evaluate(circle, 'paint', 'circle-color', mixed).toString()).toBe(
      evaluate(circle, 'paint', 'circle-color', cell({ red: 1 })).toString(),
    );
    expect(evaluate(circle, 'paint', 'circle-color', cell({ blue: 3 })).toString()).not.toBe(
      evaluate(circle, 'paint', 'circle-color', mixed).toString(),
    );
    expect(evaluate(label, 'layout', 'text-field', mixed).toString()).toBe('43');
    // red hidden: the cell turns yellow and counts 42
    const yellowOnly = evaluate(circleNoRed, 'paint', 'circle-color', cell({ yellow: 1 })).toString();
    expect(evaluate(circleNoRed, 'paint', 'circle-color', mixed).toString()).toBe(yellowOnly);
    expect(evaluate(labelNoRed, 'layout', 'text-field', mixed).toString()).toBe('42');
    // a cell with only hidden values is not drawn at all
    expect(passes(circleNoRed, cell({ red: 5 }))).toBe(false);
    expect(passes(circle, cell({ red: 5 }))).toBe(true);
    expect(RISK.red.fill).not.toBe(RISK.yellow.fill);
    // big counts are abbreviated
    expect(evaluate(label, 'layout', 'text-field', cell({ blue: 56_400 })).toString()).toBe('56.4k');
  });
});

describe('aggregate levels by zoom', () => {
  const agg = {
    facetKey: 'riskLevel',
    facetValues: [...RISK_LEVELS],
    levels: [
      { cellDeg: 1, minZoom: 0, maxZoom: 6, file: 'a', cells: 1 },
      { cellDeg: 0.25, minZoom: 6, maxZoom: 8, file: 'b', cells: 1 },
      { cellDeg: 0.0625, minZoom: 8, maxZoom: 9, file: 'c', cells: 1 },
    ],
  };

  it('picks the level of the zoom band, and none from the stream zoom up', () => {
    expect(streamMinZoom(agg)).toBe(9);
    expect(aggregateLevelFor(agg, 3)?.cellDeg).toBe(1);
    expect(aggregateLevelFor(agg, 6)?.cellDeg).toBe(0.25);
    expect(aggregateLevelFor(agg, 8.99)?.cellDeg).toBe(0.0625);
    expect(aggregateLevelFor(agg, 9)).toBeNull();
    expect(aggregateLevelFor(agg, 14)).toBeNull();
    // a gap or a zoom below every band falls back to the coarsest level, never to a million features
    expect(aggregateLevelFor({ ...agg, levels: agg.levels.slice(1) }, 2)?.cellDeg).toBe(0.25);
  });

  it('totals the loaded cells per facet value for panels', () => {
    const load: AggregateLoad = {
      status: 'ready',
      level: null,
      facetKey: 'riskLevel',
      facetValues: ['red', 'blue'],
      cells: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [113, 29] },
          properties: { count: 3, n_red: 1, n_blue: 2 },
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [114, 29] },
          properties: { count: 4, n_red: 0, n_blue: 4 },
        },
      ],
    };
    expect(aggregateCounts(load)).toEqual({ total: 7, byFacet: { red: 1, blue: 6 } });
  });
});
