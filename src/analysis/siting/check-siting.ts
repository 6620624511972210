import type { Geometry } from 'geojson';
import {
  applyScenario,
  compareVerdicts,
  type Development,
  developmentSensitivity,
  type EffectiveRules,
  INACTIVE_STATUSES,
  moreRestrictive,
  ruleAppliesTo,
  rulesForHazard,
  type SitingScenario,
  VERDICT_EN,
  type Verdict,
} from '../../domain/siting';
import { describeRow } from './describe-row';
import type { FeatureIndex } from './feature-index';
import { geodesicAreaHa } from './geodesic-area';
import { geometryDistance } from './geometry-distance';
import { geometryParts } from './geometry-parts';
import { evaluateHazard } from './hazard-evaluation';
import { layerZh } from './layer-names';
import { rulesUsedOf } from './rules-used';
import type { HazardRow, SitingReport } from './types';

export interface SitingInput {
  /** the proposed site: a point or a polygon (its most restrictive touched zone governs) */
  site: Geometry;
  development: Development;
  /** hazard layers by layer id, each indexed once with buildFeatureIndex */
  hazards: Readonly<Record<string, FeatureIndex>>;
  scenario?: SitingScenario | null;
  /** rules already resolved with applyScenario (repeated checks); takes precedence over `scenario` */
  effective?: EffectiveRules;
}

// Code-unit order, not localeCompare: reports must not depend on the machine's locale.
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const DISTANCE_METHOD =
  'WGS84 椭球测地线最短距离（GeographicLib Inverse；点到测地线边迭代求垂足，误差 < 0.1 m）';

/**
 * Siting check (选址): the advice for a proposed development at a site, against every hazard whose zones reach it.
 * Candidates come from a kd-tree search with a conservative degree radius (the largest outer zone that can
 * apply), then every verdict uses the exact ellipsoidal distance — never a buffer polygon. Several hazards: the
 * most restrictive wins and each one's contribution is listed; a polygon site takes the innermost zone it touches
 * (its minimum distance).
 *
 * @example checkSiting({ site: point, development: { category: '学校', people: 800 }, hazards }).verdict // '不建议'
 */
export function checkSiting(input: SitingInput): SitingReport {
  const eff = input.effective ?? applyScenario(input.scenario);
  const site = geometryParts(input.site);
  const siteAreaHa = input.development.siteAreaHa ?? geodesicAreaHa(site);
  const dev = { ...input.development, siteAreaHa };
  const sens = developmentSensitivity(dev);
  const who = { category: dev.category, level: sens.level };

  const rows: HazardRow[] = [];
  let candidates = 0;
  let inactiveSkipped = 0;
  for (const layer of Object.keys(input.hazards).sort()) {
    const index = input.hazards[layer] as FeatureIndex;
    const layerRules = eff.rules.filter(
      (r) => r.layer === layer && r.enabled !== false && ruleAppliesTo(r, dev.category),
    );
    if (layerRules.length === 0) continue;
    const reach = Math.max(...layerRules.map((r) => r.zones.outer));
    for (const i of index.search(site.bbox, reach)) {
      const item = index.items[i];
      if (!item) continue;
      candidates++;
      if (INACTIVE_STATUSES.includes(item.props.status as string)) {
        inactiveSkipped++;
        continue;
      }
      const rules = rulesForHazard(layerRules, layer, item.props);
      if (rules.length === 0) continue;
      const d = geometryDistance(site, item.parts);
      const row = evaluateHazard(item.props, layer, rules, d, who, eff.matrix);
      if (row) rows.push(row);
    }
  }
  rows.sort(
    (a, b) =>
      compareVerdicts(a.verdict, b.verdict) || a.actualM - b.actualM || cmp(a.layer, b.layer) || cmp(a.id, b.id),
  );
  const verdict = rows.reduce<Verdict>((v, r) => moreRestrictive(v, r.verdict), '不反对');

  const reasons: string[] = [];
  const label = `拟建${dev.category}（敏感度 ${sens.level} 级，${sens.gb36894Class}）`;
  if (rows.length === 0) {
    reasons.push(`${label}不在任何危险源的防护或咨询区内 → 不反对`);
  } else {
    const against = rows.filter((r) => r.verdict !== '不反对');
    reasons.push(
      `${label}位于 ${rows.length} 处危险源的防护或咨询区内，${against.length} 处有限制；多处危险源取最严格结论 → ${verdict}`,
    );
    for (const r of rows) reasons.push(describeRow(r, sens.level));
  }

  const rulesUsed = rulesUsedOf(
    rows.flatMap((r) => r.contributions.map((c) => c.ruleId)),
    eff.rules,
    eff.adjustedRules,
  );
  const caveats: string[] = [];
  const defaults = rulesUsed.filter((r) => r.confidence !== 'V');
  if (defaults.length > 0) {
    caveats.push(
      `结论依据含默认值或待核实数值：${defaults.map((r) => `${r.id} [${r.confidence}]`).join('、')}——有外部安全防护距离评估时以评估为准`,
    );
  }
  for (const r of rulesUsed) if (r.approximation) caveats.push(`${r.id}：${r.approximation}`);
  caveats.push('敏感度等级按 UK HSE 开发类型表（回忆值）与 GB 36894-2018 类别映射，默认值，待核实');
  if (rows.some((r) => r.layer === 'hazard-sources')) {
    caveats.push(`${layerZh('hazard-sources')}以点位表示，距离从点位量起；规范要求从装置/设施外缘量起`);
  }
  if (eff.adjustedRules.length > 0) caveats.push(`已调整规则：${eff.adjustedRules.map((a) => a.text).join('；')}`);

  return {
    verdict,
    verdictEn: VERDICT_EN[verdict],
    adjusted: eff.adjustedRules.length > 0,
    adjustedLabel: eff.adjustedRules.length > 0 ? '已调整规则' : null,
    scenario: eff.scenarioName,
    development: {
      category: dev.category,
      people: dev.people ?? null,
      dwellings: dev.dwellings ?? null,
      floorAreaM2: dev.floorAreaM2 ?? null,
      siteAreaHa: siteAreaHa === null ? null : Math.round(siteAreaHa * 10_000) / 10_000,
      level: sens.level,
      gb36894Class: sens.gb36894Class,
      basis: sens.basis,
    },
    reasons,
    hazards: rows,
    rulesUsed,
    adjustedRules: eff.adjustedRules,
    caveats,
    method: { distance: DISTANCE_METHOD, candidates, inactiveSkipped },
  };
}
