// Direct module imports (not the index): this runs once per census pair.
import { evaluateRule, type RuleEvaluation } from '../../domain/siting/evaluate-rule';
import { ruleAppliesTo } from '../../domain/siting/rule-match';
import type { DecisionMatrix, SensitivityLevel, SitingRule } from '../../domain/siting/types';

const RANK = { 不建议: 2, 有条件: 1, 不反对: 0 } as const;

export interface Governing {
  rule: SitingRule;
  evaluation: RuleEvaluation;
  /** distance to keep from this hazard for 不反对: the largest required distance of the rules whose zones reach the pair */
  requiredM: number;
}

/**
 * The rule that governs one hazard–development pair at a measured distance: the most restrictive verdict, ties to
 * the larger required distance, then the smaller rule id. Null when no rule applies or the pair is outside every
 * zone. `requiredM` is the distance to keep for 不反对 from this hazard over all its rules (the largest of their
 * required distances: rules the pair is already outside of need no more than that). Allocation-light for the
 * census inner loop; evaluateHazard adds the per-rule breakdown.
 *
 * @example governingRule(rules, 250, { category: '学校', level: 3 }, DECISION_MATRIX)?.evaluation.verdict // '不建议'
 */
export function governingRule(
  rules: readonly SitingRule[],
  distanceM: number,
  dev: { category: string; level: SensitivityLevel },
  matrix: DecisionMatrix,
): Governing | null {
  let best: Governing | null = null;
  let requiredM = 0;
  for (const rule of rules) {
    if (!ruleAppliesTo(rule, dev.category)) continue;
    const e = evaluateRule(rule, distanceM, dev.level, matrix);
    if (e.zone === 'outside') continue;
    if (e.requiredM > requiredM) requiredM = e.requiredM;
    if (!best) {
      best = { rule, evaluation: e, requiredM: 0 };
      continue;
    }
    const b = best.evaluation;
    const better =
      RANK[e.verdict] - RANK[b.verdict] ||
      e.requiredM - b.requiredM ||
      (rule.id < best.rule.id ? 1 : rule.id > best.rule.id ? -1 : 0);
    if (better > 0) best = { rule, evaluation: e, requiredM: 0 };
  }
  if (best) best.requiredM = requiredM;
  return best;
}
