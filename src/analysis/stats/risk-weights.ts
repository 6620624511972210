import type { Feature, Geometry } from 'geojson';
import { type LayerId, RISK_LAYER_IDS, type RiskLevel } from '../../domain/layer-ids';
import { type DangerDates, isOpenAt } from './danger-timeline';

/**
 * Weights of the composite risk index and the density map. No standard fixes them: they are illustrative
 * (seeds-requirements.md §3.9 [design inference]: "Weights are configurable and must be labelled as illustrative"),
 * shown next to every result and editable. Defaults double per level, so one 重大风险 object outweighs two 较大.
 */
export interface RiskWeights {
  level: Record<RiskLevel, number>;
  /** open hidden dangers by level (closed ones weigh nothing) */
  danger: { 重大: number; 一般: number };
}

export const DEFAULT_WEIGHTS: RiskWeights = {
  level: { red: 8, orange: 4, yellow: 2, blue: 1 },
  danger: { 重大: 4, 一般: 1 },
};

/** Layers that carry weight: the three four-colour risk layers and the hidden dangers. */
export const WEIGHTED_LAYERS: readonly LayerId[] = [...RISK_LAYER_IDS, 'hidden-dangers'];

/** Weight of one feature on `asOf` (null = the ledger as it stands). 0 for layers that carry none. */
export function featureWeight(
  layer: LayerId,
  f: Feature<Geometry | null>,
  w: RiskWeights,
  asOf: string | null = null,
): number {
  const p = (f.properties ?? {}) as Record<string, unknown>;
  if (layer === 'hidden-dangers') {
    if (!isOpenAt(p as unknown as DangerDates, asOf)) return 0;
    return p.dangerLevel === '重大' ? w.danger.重大 : p.dangerLevel === '一般' ? w.danger.一般 : 0;
  }
  if (!(RISK_LAYER_IDS as readonly string[]).includes(layer)) return 0;
  const level = p.riskLevel as RiskLevel | null;
  return level && level in w.level ? w.level[level] : 0;
}
