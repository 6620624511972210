import type { Feature } from 'geojson';
import { applyScenario, type EffectiveRules } from '../../domain/siting/apply-scenario';
import { INACTIVE_STATUSES, rulesForHazard } from '../../domain/siting/rule-match';
import type { AdjustedRule, SitingScenario, Verdict } from '../../domain/siting/types';
import { buildFeatureIndex, type FeatureIndex } from './feature-index';
import { geometryDistance } from './geometry-distance';
import { geometryParts } from './geometry-parts';
import { governingRule } from './governing-rule';
import { pairOf } from './pair-of';
import { rulesUsedOf } from './rules-used';
import { type TargetSensitivity, targetSensitivity } from './target-sensitivity';
import type { RuleUsed, TargetPair } from './types';

export interface CensusInput {
  /** hazard features by layer id */
  hazards: Readonly<Record<string, readonly Feature[]>>;
  /** protected targets, or their index when it is already built */
  targets: readonly Feature[] | FeatureIndex;
  scenario?: SitingScenario | null;
  effective?: EffectiveRules;
}

/** A hazard with violations, ranked for relocation (搬迁) or mitigation. */
export interface RelocationCandidate {
  rank: number;
  hazardId: string;
  hazardName: string;
  layer: string;
  grade: string | null;
  advisedAgainst: number;
  conditional: number;
  /** people in targets where the matrix says 不建议 */
  peopleAdvisedAgainst: number;
  /** smallest actual/required distance ratio over its 不建议 pairs (0 = target inside) */
  worstRatio: number | null;
}

export interface CensusResult {
  /** every hazard–target pair inside a zone where the answer is 不建议 or 有条件, most severe first */
  violations: TargetPair[];
  relocation: RelocationCandidate[];
  summary: {
    hazards: number;
    inactiveSkipped: number;
    hazardsWithoutRule: number;
    targets: number;
    /** exact distance computations made (candidates after the kd-tree) */
    pairsMeasured: number;
    violations: number;
    advisedAgainst: number;
    conditional: number;
    hazardsWithViolations: number;
    byLayer: Record<string, number>;
    /** violations resting on a [U]/[P] rule */
    onUnverifiedRules: number;
  };
  rulesUsed: RuleUsed[];
  adjusted: boolean;
  adjustedRules: AdjustedRule[];
}

/**
 * Protective-distance census (防护距离普查): every hazard against every protected target. Targets are indexed once;
 * each hazard asks the kd-tree for targets within its largest outer zone, then exact ellipsoidal distances and
 * the target's own sensitivity give the verdict. Pairs where the matrix (or a code minimum) says 不建议 or 有条件
 * are violations; hazards with violations are ranked: most 不建议 pairs, then people affected, then 有条件 pairs.
 *
 * @example protectiveDistanceCensus({ hazards: { 'hazard-sources': hs }, targets: pt }).summary.violations // 12
 */
export function protectiveDistanceCensus(input: CensusInput): CensusResult {
  const eff = input.effective ?? applyScenario(input.scenario);
  const targets = Array.isArray(input.targets)
    ? buildFeatureIndex(input.targets as readonly Feature[])
    : (input.targets as FeatureIndex);
  const sensCache: (TargetSensitivity | undefined)[] = new Array(targets.items.length);
  const sensOf = (i: number): TargetSensitivity => {
    let s = sensCache[i];
    if (!s) {
      const t = targets.items[i] as FeatureIndex['items'][number];
      s = targetSensitivity(t.props, t.parts);
      sensCache[i] = s;
    }
    return s;
  };

  const violations: TargetPair[] = [];
  let hazards = 0;
  let inactiveSkipped = 0;
  let hazardsWithoutRule = 0;
  let pairsMeasured = 0;
  for (const layer of Object.keys(input.hazards).sort()) {
    const layerRules = eff.rules.filter((r) => r.layer === layer && r.enabled !== false);
    for (const f of input.hazards[layer] ?? []) {
      if (!f.geometry) continue;
      hazards++;
      const props = f.properties ?? {};
      if (INACTIVE_STATUSES.includes(props.status as string)) {
        inactiveSkipped++;
        continue;
      }
      const rules = rulesForHazard(layerRules, layer, props);
      if (rules.length === 0) {
        hazardsWithoutRule++;
        continue;
      }
      const parts = geometryParts(f.geometry);
      const reach = Math.max(...rules.map((r) => r.zones.outer));
      for (const i of targets.search(parts.bbox, reach)) {
        const t = targets.items[i];
        if (!t) continue;
        const sens = sensOf(i);
        pairsMeasured++;
        const d = geometryDistance(parts, t.parts);
        if (d > reach) continue;
        const g = governingRule(rules, d, sens, eff.matrix);
        if (g && g.evaluation.verdict !== '不反对') violations.push(pairOf(props, layer, g, d, t.props, sens));
      }
    }
  }
  // most severe first: verdict, then how deep inside (actual/required), then ids for a stable order
  const keyed = violations.map((v) => ({
    v,
    severity: v.verdict === '不建议' ? 0 : 1,
    r: v.requiredM > 0 ? v.actualM / v.requiredM : 0,
  }));
  keyed.sort(
    (a, b) =>
      a.severity - b.severity ||
      a.r - b.r ||
      cmp(a.v.layer, b.v.layer) ||
      cmp(a.v.hazardId, b.v.hazardId) ||
      cmp(a.v.targetId, b.v.targetId),
  );
  for (let i = 0; i < keyed.length; i++) violations[i] = (keyed[i] as { v: TargetPair }).v;

  const byHazard = new Map<string, RelocationCandidate>();
  for (const v of violations) {
    const key = `${v.layer}\u0000${v.hazardId}`;
    let c = byHazard.get(key);
    if (!c) {
      c = {
        rank: 0,
        hazardId: v.hazardId,
        hazardName: v.hazardName,
        layer: v.layer,
        grade: v.grade,
        advisedAgainst: 0,
        conditional: 0,
        peopleAdvisedAgainst: 0,
        worstRatio: null,
      };
      byHazard.set(key, c);
    }
    if (v.verdict === '不建议') {
      c.advisedAgainst++;
      c.peopleAdvisedAgainst += v.people;
      const ratio = v.requiredM > 0 ? Math.round((v.actualM / v.requiredM) * 1000) / 1000 : 0;
      c.worstRatio = c.worstRatio === null ? ratio : Math.min(c.worstRatio, ratio);
    } else c.conditional++;
  }
  const relocation = [...byHazard.values()].sort(
    (a, b) =>
      b.advisedAgainst - a.advisedAgainst ||
      b.peopleAdvisedAgainst - a.peopleAdvisedAgainst ||
      b.conditional - a.conditional ||
      cmp(a.layer, b.layer) ||
      cmp(a.hazardId, b.hazardId),
  );
  relocation.forEach((c, i) => {
    c.rank = i + 1;
  });

  const count = (v: Verdict) => violations.filter((x) => x.verdict === v).length;
  const byLayer: Record<string, number> = {};
  for (const v of violations) byLayer[v.layer] = (byLayer[v.layer] ?? 0) + 1;
  return {
    violations,
    relocation,
    summary: {
      hazards,
      inactiveSkipped,
      hazardsWithoutRule,
      targets: targets.items.length,
      pairsMeasured,
      violations: violations.length,
      advisedAgainst: count('不建议'),
      conditional: count('有条件'),
      hazardsWithViolations: relocation.length,
      byLayer,
      onUnverifiedRules: violations.filter((v) => v.confidence !== 'V').length,
    },
    rulesUsed: rulesUsedOf(
      violations.map((v) => v.ruleId),
      eff.rules,
      eff.adjustedRules,
    ),
    adjusted: eff.adjustedRules.length > 0,
    adjustedRules: eff.adjustedRules,
  };
}

// Code-unit order: output must not depend on the machine's locale.
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
