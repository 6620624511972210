import type { Feature, Geometry } from 'geojson';
import { useMemo } from 'react';
import { type CountyScore, compositeIndex } from '../../analysis/stats/composite-index';
import { type CountyCounts, countByCounty } from '../../analysis/stats/count-by-county';
import { type CountyIndex, countyIndexOf, countyOf } from '../../analysis/stats/county-index';
import { type DangerDates, isOpenAt, isOverdueAt, stageAt } from '../../analysis/stats/danger-timeline';
import { DEFAULT_WEIGHTS, type RiskWeights } from '../../analysis/stats/risk-weights';
import { useManifest } from '../../data/layer-store';
import { gradeField } from '../../domain';
import type { LayerId } from '../../domain/layer-ids';
import { useStatsStore } from '../../state/stats-store';
import { facetValueOf } from '../feature-utils';
import { useAllLayers } from '../use-layers';

export type CountBy = 'facet' | 'grade';

/** The value a feature is counted under: its facet (colour) value or its own grade; hidden dangers by stage on `asOf`. */
export function countValue(layer: LayerId, by: CountBy, asOf: string | null) {
  return (f: Feature<Geometry | null>): string | null => {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    if (layer === 'hidden-dangers' && by === 'facet') return stageAt(p as unknown as DangerDates, asOf);
    const v = by === 'facet' ? facetValueOf(layer, f) : p[gradeField(layer)];
    return typeof v === 'string' && v !== '' ? v : null;
  };
}

export interface DangerSummary {
  open: number;
  overdue: number;
  major: number;
  /** open dangers by 挂牌督办 level (省级/市级/县级) */
  listed: Record<string, number>;
}

export interface StatsData {
  ready: boolean;
  index: CountyIndex;
  layers: Record<LayerId, readonly Feature<Geometry | null>[]>;
  weights: RiskWeights;
  /** the effective day: the slider's, else the data version */
  asOf: string | null;
  dataVersion: string | null;
  scores: CountyScore[];
  dangers: Map<string, DangerSummary>;
}

/** Everything the statistics panel and the thematic map share, derived from the loaded layers and the user's choices. */
export function useStatsData(): StatsData {
  const all = useAllLayers();
  const { manifest } = useManifest();
  const weightsChoice = useStatsStore((s) => s.weights);
  const basis = useStatsStore((s) => s.basis);
  const slider = useStatsStore((s) => s.asOf);
  const dataVersion = manifest?.dataVersion ?? null;
  const asOf = slider ?? dataVersion;
  const weights = weightsChoice ?? DEFAULT_WEIGHTS;
  const boundaries = all.boundaries.features;
  const index = countyIndexOf(boundaries);
  const layers = useMemo(
    () => Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v.features])) as unknown as StatsData['layers'],
    [all],
  );
  const scores = useMemo(
    () => compositeIndex(layers, index, weights, { asOf, basis }),
    [layers, index, weights, asOf, basis],
  );
  const dangers = useMemo(() => summariseDangers(layers['hidden-dangers'], index, asOf), [layers, index, asOf]);
  const ready = Object.values(all).every((l) => l.status !== 'loading');
  return { ready, index, layers, weights, asOf, dataVersion, scores, dangers };
}

function summariseDangers(
  features: readonly Feature<Geometry | null>[],
  index: CountyIndex,
  asOf: string | null,
): Map<string, DangerSummary> {
  const out = new Map<string, DangerSummary>();
  for (const f of features) {
    const d = (f.properties ?? {}) as unknown as DangerDates & { dangerLevel: string; supervision: string | null };
    if (!isOpenAt(d, asOf)) continue;
    const county = countyOf(f, index);
    let s = out.get(county);
    if (!s) {
      s = { open: 0, overdue: 0, major: 0, listed: {} };
      out.set(county, s);
    }
    s.open++;
    if (isOverdueAt(d, asOf)) s.overdue++;
    if (d.dangerLevel === '重大') s.major++;
    if (d.supervision) s.listed[d.supervision] = (s.listed[d.supervision] ?? 0) + 1;
  }
  return out;
}

/** Counts of one layer per county, by facet or grade, on the effective day. */
export function useLayerCounts(data: StatsData, layer: LayerId, by: CountBy): CountyCounts {
  return useMemo(
    () => countByCounty(data.layers[layer] ?? [], data.index, countValue(layer, by, data.asOf)),
    [data.layers, data.index, data.asOf, layer, by],
  );
}
