import type { Feature } from 'geojson';
import { useMemo } from 'react';
import { featureInBounds } from '../../analysis/feature-in-bounds';
import { type AggregateCounts, useLayerAggregates } from '../../data/aggregates';
import { type LayerLoad, useLayerFeatures } from '../../data/layer-store';
import { DEFAULT_RISK_LEVEL_MAPPING } from '../../domain/risk-level-mapping';
import { type BBox, useAppStore } from '../../state/store';
import { useGridCounts } from '../grid-chips';

export const GRADES = ['一级', '二级', '三级', '四级'] as const;
export type Grade = (typeof GRADES)[number];

/**
 * The wall's 重大危险源 tile: how many, by grade, and over what. Data read whole (a city's ledgers): every loaded
 * hazard source. Data streamed by the view (the national data): the map holds the view plus a margin, so the tile
 * counts those in view, as the layer panel does; while the map draws grid cells it has no features at all, and the
 * grid totals in view stand in (approximate: a cell counts whole when its centre is in view). Never a bare 0 that
 * would read as "none here" while the data are only drawn as cells.
 */
export interface HazardTally {
  scope: 'all' | 'view' | 'grid';
  total: number;
  /** by grade; null where the grid does not count that grade */
  byGrade: Record<Grade, number | null>;
}

export function tallyHazards(load: LayerLoad, bounds: BBox | null, grid: AggregateCounts | null): HazardTally {
  if (grid) {
    // the grid counts the four risk levels; with the mapping in force each level is one grade (GB 18218-2018 一级–四级)
    const byGrade = Object.fromEntries(
      GRADES.map((g) => [g, grid.byFacet[DEFAULT_RISK_LEVEL_MAPPING.hazardSources[g]] ?? null]),
    ) as Record<Grade, number | null>;
    return { scope: 'grid', total: grid.total, byGrade };
  }
  const scope = load.mode === 'bbox' ? 'view' : 'all';
  const counted: Feature[] = scope === 'view' ? load.features.filter((f) => featureInBounds(f, bounds)) : load.features;
  const byGrade = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>;
  for (const f of counted) {
    const g = String(f.properties?.grade ?? '');
    if (g in byGrade) byGrade[g as Grade] += 1;
  }
  return { scope, total: counted.length, byGrade };
}

/**
 * tallyHazards on the hazard layer, the map's view and its grid cells, recounted when one of them changes.
 * `ready`: there is something to count (the features are in, or the first cells are).
 */
export function useHazardTally(): { ready: boolean; tally: HazardTally } {
  const load = useLayerFeatures('hazard-sources');
  const bounds = useAppStore((s) => s.bounds);
  const grid = useGridCounts('hazard-sources');
  const cells = useLayerAggregates('hazard-sources');
  const tally = useMemo(() => tallyHazards(load, bounds, grid), [load, bounds, grid]);
  const ready = grid ? cells.status === 'ready' || cells.cells.length > 0 : load.status === 'ready';
  return { ready, tally };
}
