import type { AdjustedRule, SitingRule } from '../../domain/siting';
import type { RuleUsed } from './types';

/**
 * The rule rows with the given ids, in table order, each flagged when a scenario changed it.
 *
 * @example rulesUsedOf(['tp-overhead-1km', 'hs-grade-1'], eff.rules, eff.adjustedRules).map((r) => r.id)
 *   // ['hs-grade-1', 'tp-overhead-1km']
 */
export function rulesUsedOf(
  ruleIds: Iterable<string>,
  rules: readonly SitingRule[],
  adjusted: readonly AdjustedRule[],
): RuleUsed[] {
  const ids = new Set(ruleIds);
  const changed = new Set(adjusted.map((a) => a.ruleId));
  return rules
    .filter((r) => ids.has(r.id))
    .map((r) => ({
      id: r.id,
      layer: r.layer,
      zones: { ...r.zones },
      fixed: r.fixed ?? null,
      source: r.source,
      confidence: r.confidence,
      note: r.note,
      measureFrom: r.measureFrom,
      ...(r.approximation ? { approximation: r.approximation } : {}),
      adjusted: changed.has(r.id),
    }));
}
