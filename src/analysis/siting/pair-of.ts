import { hazardGradeOf } from '../../domain/siting/rule-match';
import type { Governing } from './governing-rule';
import { roundM } from './round-metres';
import type { TargetSensitivity } from './target-sensitivity';
import type { TargetPair } from './types';

/**
 * A hazard–target pair for the inverse check and census, from the governing rule's evaluation.
 *
 * @example pairOf(hazardProps, 'hazard-sources', g, 231.4, { id: 'PT1', name: '一中' }, sens).targetName // '一中'
 */
export function pairOf(
  hazard: Readonly<Record<string, unknown>>,
  layer: string,
  g: Governing,
  distanceM: number,
  target: Readonly<Record<string, unknown>>,
  sens: TargetSensitivity,
): TargetPair {
  return {
    hazardId: String(hazard.id ?? ''),
    hazardName: String(hazard.name ?? ''),
    layer,
    grade: hazardGradeOf(hazard),
    targetId: String(target.id ?? ''),
    targetName: String(target.name ?? ''),
    category: typeof target.category === 'string' ? target.category : sens.category,
    level: sens.level,
    gb36894Class: sens.gb36894Class,
    people: sens.people,
    zone: g.evaluation.zone,
    verdict: g.evaluation.verdict,
    requiredM: g.requiredM,
    actualM: roundM(distanceM),
    ruleId: g.rule.id,
    source: g.rule.source,
    confidence: g.rule.confidence,
    ...(g.rule.approximation ? { approximation: g.rule.approximation } : {}),
  };
}
