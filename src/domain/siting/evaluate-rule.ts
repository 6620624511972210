import { zoneOf } from './decision-matrix';
import type { DecisionMatrix, SensitivityLevel, SitingRule, Verdict, Zone } from './types';

export interface RuleEvaluation {
  ruleId: string;
  zone: Zone;
  verdict: Verdict;
  /** distance to keep for 不反对 from this row: the outer edge of the farthest zone that is not 不反对; 0 if none */
  requiredM: number;
}

/**
 * One rule against one measured distance: the zone, the verdict (the decision matrix at the development's level,
 * or the row's fixed answer for code minimums) and the distance that would have to be kept.
 *
 * @example evaluateRule(SITING_RULES[0], 250, 3, DECISION_MATRIX) // { zone: 'inner', verdict: '不建议', requiredM: 1000, … }
 */
export function evaluateRule(
  rule: SitingRule,
  distanceM: number,
  level: SensitivityLevel,
  matrix: DecisionMatrix,
): RuleEvaluation {
  if (rule.fixed) {
    // A fixed row has a single boundary: within zones.inner it gives its answer, beyond it nothing.
    const inside = distanceM <= rule.zones.inner;
    return {
      ruleId: rule.id,
      zone: inside ? 'inner' : 'outside',
      verdict: inside ? rule.fixed : '不反对',
      requiredM: rule.zones.inner,
    };
  }
  const zone = zoneOf(distanceM, rule.zones);
  const cells = matrix[level];
  let requiredM = 0;
  for (const z of ['inner', 'middle', 'outer'] as const) {
    if (cells[z] !== '不反对') requiredM = rule.zones[z];
  }
  return { ruleId: rule.id, zone, verdict: cells[zone], requiredM };
}
