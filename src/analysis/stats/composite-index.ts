import type { Feature, Geometry } from 'geojson';
import type { LayerId } from '../../domain/layer-ids';
import { type CountyIndex, countyOf } from './county-index';
import { featureWeight, type RiskWeights, WEIGHTED_LAYERS } from './risk-weights';

export interface CountyScore {
  adcode: string;
  name: string;
  /** Σ weight of the county's risk objects and open hidden dangers */
  score: number;
  /** score per 100 km² of the county's area (null when the area is unknown) */
  density: number | null;
  /** the ranked value scaled to 0–100 (the highest county = 100) */
  index: number;
  /** score by layer, for the breakdown */
  parts: Partial<Record<LayerId, number>>;
}

export type IndexBasis = 'density' | 'total';

/**
 * 综合风险指数 per county (seeds 003:L149 区域安全评价, "各县市区…定性、定量分析"; seeds-requirements §3.9): the
 * weighted sum of graded risk objects and open hidden dangers, optionally per 100 km² (a small district with many
 * sources is denser than a large county with the same sources), scaled so the highest county reads 100.
 * Illustrative: the weights are the user's (risk-weights.ts), and the sample's areas are approximate.
 */
export function compositeIndex(
  layers: Partial<Record<LayerId, readonly Feature<Geometry | null>[]>>,
  index: CountyIndex,
  weights: RiskWeights,
  opts: { asOf?: string | null; basis?: IndexBasis } = {},
): CountyScore[] {
  const asOf = opts.asOf ?? null;
  const basis = opts.basis ?? 'density';
  const scores = new Map<string, CountyScore>(
    index.areas.map((a) => [
      a.adcode,
      { adcode: a.adcode, name: a.name, score: 0, density: null, index: 0, parts: {} },
    ]),
  );
  for (const layer of WEIGHTED_LAYERS) {
    for (const f of layers[layer] ?? []) {
      const w = featureWeight(layer, f, weights, asOf);
      if (w === 0) continue;
      const s = scores.get(countyOf(f, index));
      if (!s) continue; // outside every area: not part of any county's index
      s.score += w;
      s.parts[layer] = (s.parts[layer] ?? 0) + w;
    }
  }
  const out = [...scores.values()];
  for (const s of out) {
    const km2 = index.byCode.get(s.adcode)?.areaKm2 ?? null;
    s.density = km2 && km2 > 0 ? (s.score / km2) * 100 : null;
  }
  const ranked = (s: CountyScore) => (basis === 'density' ? (s.density ?? 0) : s.score);
  const max = Math.max(0, ...out.map(ranked));
  for (const s of out) s.index = max > 0 ? (ranked(s) / max) * 100 : 0;
  return out;
}
