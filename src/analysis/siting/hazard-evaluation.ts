import {
  compareVerdicts,
  type DecisionMatrix,
  evaluateRule,
  hazardGradeOf,
  ruleAppliesTo,
  type SensitivityLevel,
  type SitingRule,
} from '../../domain/siting';
import { governingRule } from './governing-rule';
import { roundM } from './round-metres';
import type { HazardRow, RuleContribution } from './types';

/**
 * Every rule covering one hazard against one development (category + level) at a measured distance, combined:
 * the most restrictive verdict governs (ties: the larger required distance), and each rule's say is listed. Null
 * when no rule applies to the development or the pair lies outside every zone.
 *
 * @example evaluateHazard(props, 'hazard-sources', rules, 250, { category: '学校', level: 3 }, matrix)?.verdict // '不建议'
 */
export function evaluateHazard(
  props: Readonly<Record<string, unknown>>,
  layer: string,
  rules: readonly SitingRule[],
  distanceM: number,
  dev: { category: string; level: SensitivityLevel },
  matrix: DecisionMatrix,
): HazardRow | null {
  const g = governingRule(rules, distanceM, dev, matrix);
  if (!g) return null;
  const contributions: RuleContribution[] = [];
  for (const rule of rules) {
    if (!ruleAppliesTo(rule, dev.category)) continue;
    const e = evaluateRule(rule, distanceM, dev.level, matrix);
    if (e.zone !== 'outside') contributions.push({ ...e, source: rule.source, confidence: rule.confidence });
  }
  // governing rule first, then the rest most restrictive first
  contributions.sort(
    (a, b) =>
      Number(b.ruleId === g.rule.id) - Number(a.ruleId === g.rule.id) ||
      compareVerdicts(a.verdict, b.verdict) ||
      b.requiredM - a.requiredM ||
      (a.ruleId < b.ruleId ? -1 : 1),
  );
  return {
    id: String(props.id ?? ''),
    name: String(props.name ?? ''),
    layer,
    grade: hazardGradeOf(props),
    zone: g.evaluation.zone,
    verdict: g.evaluation.verdict,
    requiredM: g.requiredM,
    actualM: roundM(distanceM),
    ruleId: g.rule.id,
    fixed: Boolean(g.rule.fixed),
    source: g.rule.source,
    confidence: g.rule.confidence,
    ...(g.rule.approximation ? { approximation: g.rule.approximation } : {}),
    contributions,
  };
}
