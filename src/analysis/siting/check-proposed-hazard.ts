import type { Geometry } from 'geojson';
import { assessHazardSource } from '../../domain/gb18218/assess-hazard';
import { parseInventory } from '../../domain/gb18218/parse-inventory';
import {
  type AdjustedRule,
  applyScenario,
  compareVerdicts,
  type EffectiveRules,
  moreRestrictive,
  rulesForHazard,
  type SitingScenario,
  substanceCategoriesOf,
  VERDICT_EN,
  type Verdict,
  ZONE_ZH,
} from '../../domain/siting';
import { DISTANCE_METHOD } from './check-siting';
import type { FeatureIndex } from './feature-index';
import { geometryDistance } from './geometry-distance';
import { geometryParts } from './geometry-parts';
import { governingRule } from './governing-rule';
import { layerZh } from './layer-names';
import { pairOf } from './pair-of';
import { rulesUsedOf } from './rules-used';
import { targetSensitivity } from './target-sensitivity';
import type { RuleUsed, TargetPair } from './types';

export interface ProposedHazardInput {
  /** where the new hazard would be: point (or polygon for a park) */
  location: Geometry;
  /** default hazard-sources */
  layer?: string;
  name?: string;
  /** ledger inventory `氯:12;液氨:30`: graded with GB 18218-2018 (assessHazardSource) */
  chemicals?: string | null;
  /** people within 500 m (GB 18218-2018 表5 α); 0 when unknown, which gives the smallest α */
  people500m?: number | null;
  /** grade to use when there is no inventory (一级…四级; 一等…五等 or A–D for the other layers) */
  grade?: string | null;
  /** extra properties the rule table matches on (e.g. `{ parkClass: 'B' }`) */
  properties?: Readonly<Record<string, unknown>>;
  /** existing protected targets, indexed once */
  targets: FeatureIndex;
  scenario?: SitingScenario | null;
  effective?: EffectiveRules;
}

export interface ProposedHazardReport {
  verdict: Verdict;
  verdictEn: string;
  adjusted: boolean;
  adjustedLabel: '已调整规则' | null;
  scenario: string | null;
  hazard: {
    layer: string;
    name: string;
    grade: string | null;
    gradeBasis: string | null;
    isMajorHazard: boolean | null;
    substances: string[];
  };
  /** rules covering the proposed hazard: its zones */
  zones: RuleUsed[];
  reasons: string[];
  targets: TargetPair[];
  summary: { 不建议: number; 有条件: number; 不反对: number; peopleAdvisedAgainst: number };
  adjustedRules: AdjustedRule[];
  caveats: string[];
  method: { distance: string; candidates: number };
}

const LAYER_GRADE_KEY: Readonly<Record<string, string>> = {
  'hazard-sources': 'grade',
  'tailings-ponds': 'class',
  'chemical-parks': 'parkClass',
};

/**
 * Inverse siting check: a proposed new hazard → its grade (GB 18218-2018 from the inventory, or as given) → its
 * zones under the rule table → every existing protected target inside them, each with its verdict (the matrix at
 * the target's own sensitivity level). Exact ellipsoidal distances, targets found through their kd-tree.
 *
 * @throws when the inventory cannot be parsed (the reasons name the entries)
 * @example checkProposedHazard({ location, chemicals: '氯:12;液氨:30', people500m: 120, targets }).hazard.grade // '三级'
 */
export function checkProposedHazard(input: ProposedHazardInput): ProposedHazardReport {
  const eff = input.effective ?? applyScenario(input.scenario);
  const layer = input.layer ?? 'hazard-sources';
  const name = input.name ?? '拟建危险源';
  let grade = input.grade ?? null;
  let gradeBasis: string | null = grade ? `按给定等级 ${grade}` : null;
  let isMajorHazard: boolean | null = null;
  const caveats: string[] = [];
  if (input.chemicals) {
    const inv = parseInventory(input.chemicals);
    if (inv.issues.length > 0 || inv.entries.length === 0) {
      throw new Error(`危险化学品清单无法解析：${inv.issues.join('；') || '无有效条目'}`);
    }
    const a = assessHazardSource(inv.entries, input.people500m ?? 0);
    isMajorHazard = a.isMajorHazard;
    if (input.grade && a.isMajorHazard && input.grade !== a.grade) {
      caveats.push(`给定等级 ${input.grade} 与按清单计算的 ${a.grade} 不符，采用计算结果`);
    }
    grade = a.isMajorHazard ? a.grade : null;
    gradeBasis = a.isMajorHazard ? a.gradeBasis : `${a.sExpression} < 1，不构成重大危险源；仅按物质类别规则核查`;
  }
  const props: Record<string, unknown> = {
    id: 'proposed',
    name,
    ...input.properties,
    ...(grade ? { [LAYER_GRADE_KEY[layer] ?? 'grade']: grade } : {}),
    chemicals: input.chemicals ?? null,
  };
  const site = geometryParts(input.location);
  const rules = rulesForHazard(eff.rules, layer, props);
  const reach = Math.max(0, ...rules.map((r) => r.zones.outer));

  const pairs: TargetPair[] = [];
  let candidates = 0;
  if (rules.length > 0) {
    for (const i of input.targets.search(site.bbox, reach)) {
      const t = input.targets.items[i];
      if (!t) continue;
      candidates++;
      const sens = targetSensitivity(t.props, t.parts);
      const d = geometryDistance(site, t.parts);
      const g = governingRule(rules, d, sens, eff.matrix);
      if (g) pairs.push(pairOf(props, layer, g, d, t.props, sens));
    }
  }
  pairs.sort(
    (a, b) => compareVerdicts(a.verdict, b.verdict) || a.actualM - b.actualM || (a.targetId < b.targetId ? -1 : 1),
  );
  const verdict = pairs.reduce<Verdict>((v, p) => moreRestrictive(v, p.verdict), '不反对');
  const count = (v: Verdict) => pairs.filter((p) => p.verdict === v).length;
  const summary = {
    不建议: count('不建议'),
    有条件: count('有条件'),
    不反对: count('不反对'),
    peopleAdvisedAgainst: pairs.filter((p) => p.verdict === '不建议').reduce((s, p) => s + p.people, 0),
  };

  const zones = rulesUsedOf(
    rules.map((r) => r.id),
    eff.rules,
    eff.adjustedRules,
  );
  const reasons: string[] = [];
  const what = `${name}（${layerZh(layer)}${grade ? ` ${grade}` : ''}）`;
  if (rules.length === 0) reasons.push(`${what}：规则表中没有适用的防护距离规则`);
  else {
    reasons.push(
      `${what}防护/咨询区内有 ${pairs.length} 个现有防护目标：不建议 ${summary.不建议}，有条件 ${summary.有条件}，不反对 ${summary.不反对} → ${verdict}`,
    );
    for (const p of pairs.filter((x) => x.verdict !== '不反对')) {
      reasons.push(
        `${p.targetName || p.targetId}（${p.category}，${p.level}级）：实测 ${p.actualM} m，位于${ZONE_ZH[p.zone]}（规则 ${p.ruleId}）→ ${p.verdict}`,
      );
    }
  }
  const defaults = zones.filter((r) => r.confidence !== 'V');
  if (defaults.length > 0) {
    caveats.push(`防护距离含默认值或待核实数值：${defaults.map((r) => `${r.id} [${r.confidence}]`).join('、')}`);
  }
  for (const r of zones) if (r.approximation) caveats.push(`${r.id}：${r.approximation}`);
  if (eff.adjustedRules.length > 0) caveats.push(`已调整规则：${eff.adjustedRules.map((a) => a.text).join('；')}`);

  return {
    verdict,
    verdictEn: VERDICT_EN[verdict],
    adjusted: eff.adjustedRules.length > 0,
    adjustedLabel: eff.adjustedRules.length > 0 ? '已调整规则' : null,
    scenario: eff.scenarioName,
    hazard: { layer, name, grade, gradeBasis, isMajorHazard, substances: substanceCategoriesOf(input.chemicals) },
    zones,
    reasons,
    targets: pairs,
    summary,
    adjustedRules: eff.adjustedRules,
    caveats,
    method: { distance: DISTANCE_METHOD, candidates },
  };
}
