import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { MAP_FONTS, type MapTheme } from '../theme/map-theme';
import { OVERDUE } from '../theme/theme';
import { allOf, nameLabel, sourceId } from './common';

const L = 'hidden-dangers' as const;

/**
 * The date the map shows hidden dangers at, as MapLibre global state (`map.setGlobalStateProperty`): the time
 * slider of src/map/stats replays the months by changing it, without rebuilding the layers. Unset, every danger is
 * shown in its ledger state and none is overdue (there is no "today" to be late against).
 */
export const AS_OF_STATE = 'raAsOf';
// ISO dates compare as strings; these sentinels sort after and before every real date.
const NEVER = '9999-99-99';
const AS_OF_LATEST: ExpressionSpecification = ['coalesce', ['global-state', AS_OF_STATE], '9999-12-31'];
const AS_OF_EARLIEST: ExpressionSpecification = ['coalesce', ['global-state', AS_OF_STATE], '0000-00-00'];
const CLOSED_DATE: ExpressionSpecification = ['coalesce', ['get', 'closedDate'], NEVER];

/** Found on or before the as-of date (a danger not yet found is not drawn). */
export const OPENED_BY_AS_OF: FilterSpecification = ['<=', ['get', 'openedDate'], AS_OF_LATEST];

/**
 * Stage at the as-of date. The ledger keeps only the current stage and the found/closed dates, so a danger closed
 * after the as-of date is drawn as 治理 (the step before 核销) for the months in between: an approximation.
 */
export const STAGE_AT_AS_OF: ExpressionSpecification = [
  'case',
  ['<=', CLOSED_DATE, AS_OF_LATEST],
  '核销',
  ['==', ['get', 'stage'], '核销'],
  '治理',
  ['get', 'stage'],
];

/** Open at the as-of date and past its 整改期限. */
export const OVERDUE_AT_AS_OF: FilterSpecification = [
  'all',
  ['>', CLOSED_DATE, AS_OF_EARLIEST],
  ['<', ['coalesce', ['get', 'dueDate'], NEVER], AS_OF_EARLIEST],
];

const IS_CLOSED: ExpressionSpecification = ['==', STAGE_AT_AS_OF, '核销'];

/** Stage → the character drawn in the circle (核销 → 销, the step's verb). */
export const STAGE_GLYPH: Record<string, string> = {
  排查: '排',
  登记: '登',
  评估: '评',
  报告: '报',
  监控: '监',
  治理: '治',
  核销: '销',
};

const isMajor: ExpressionSpecification = ['==', ['get', 'dangerLevel'], '重大'];

/** zoomRadius by level: a zoom curve must be the outermost expression, so the level choice goes inside each stop. */
const byLevel = (major: [number, number, number], other: [number, number, number]): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  6,
  ['case', isMajor, major[0], other[0]],
  12,
  ['case', isMajor, major[1], other[1]],
  16,
  ['case', isMajor, major[2], other[2]],
];

/** `["match", stage-at-as-of, v1, c1, …]`: matchFacet on the replayed stage instead of the ledger's. */
function byStage(theme: MapTheme, pick: 'fill' | 'stroke' | 'text', fallback: string): ExpressionSpecification {
  const pairs = theme.facets[L].values.flatMap((v) => [v.value, v[pick]]);
  return ['match', STAGE_AT_AS_OF, ...pairs, fallback] as unknown as ExpressionSpecification;
}

/**
 * 隐患: a circle coloured by lifecycle stage with the stage's character inside; 重大 dangers are larger with a
 * heavier outline (size, not colour, carries the level); overdue ones get a red ring and the word 逾期.
 */
export function hiddenDangerLayers(theme: MapTheme, facet: FilterSpecification | null): LayerSpecification[] {
  const filter = allOf(facet, ['==', ['geometry-type'], 'Point'], OPENED_BY_AS_OF);
  const overdue = allOf(filter, OVERDUE_AT_AS_OF);
  return [
    {
      id: `${L}-overdue`,
      type: 'circle',
      source: sourceId(L),
      filter: overdue,
      paint: {
        'circle-color': 'rgba(0,0,0,0)',
        'circle-radius': byLevel([11, 14, 17], [9, 12, 14]),
        'circle-stroke-color': OVERDUE.ring,
        'circle-stroke-width': 3,
      },
    },
    {
      id: `${L}-point`,
      type: 'circle',
      source: sourceId(L),
      filter,
      paint: {
        'circle-color': byStage(theme, 'fill', theme.unknown),
        'circle-stroke-color': byStage(theme, 'stroke', theme.unknown),
        'circle-stroke-width': ['case', isMajor, 2.5, 1],
        'circle-radius': byLevel([7, 10, 13], [5, 7.5, 10]),
        // closed dangers are history: drawn fainter so the open ones stand out (the 销 glyph still says why)
        'circle-opacity': ['case', IS_CLOSED, 0.45, 1],
        'circle-stroke-opacity': ['case', IS_CLOSED, 0.45, 1],
      },
    },
    {
      id: `${L}-grade`,
      type: 'symbol',
      source: sourceId(L),
      filter,
      layout: {
        'text-field': ['match', STAGE_AT_AS_OF, ...Object.entries(STAGE_GLYPH).flat(), ''] as ExpressionSpecification,
        'text-font': MAP_FONTS,
        'text-size': byLevel([9, 12, 15], [7, 9, 12]),
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': byStage(theme, 'text', '#000000'), 'text-opacity': ['case', IS_CLOSED, 0.6, 1] },
    },
    {
      id: `${L}-overdue-label`,
      type: 'symbol',
      source: sourceId(L),
      filter: overdue,
      minzoom: 9,
      layout: {
        'text-field': OVERDUE.zh,
        'text-font': MAP_FONTS,
        'text-size': 11,
        'text-anchor': 'left',
        'text-offset': [1.1, 0],
        'text-allow-overlap': true,
      },
      paint: { 'text-color': OVERDUE.ring, 'text-halo-color': theme.label.halo, 'text-halo-width': 1.5 },
    },
    nameLabel(L, theme, filter, { offsetEm: 1.1, minzoom: 13 }),
  ];
}
