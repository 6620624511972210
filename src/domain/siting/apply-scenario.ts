import { z } from 'zod';
import { DECISION_MATRIX } from './decision-matrix';
import { SITING_RULES } from './rule-table';
import {
  type AdjustedRule,
  type DecisionMatrix,
  SENSITIVITY_LEVELS,
  type SitingRule,
  type SitingScenario,
  VERDICTS,
  ZONE_ZH,
  ZONES,
  type ZoneDistances,
} from './types';

const verdict = z.enum(VERDICTS);
const fixed = z.enum(['不建议', '有条件']);
const zones = z.object({ inner: z.number().min(0), middle: z.number().min(0), outer: z.number().min(0) });
const ruleSchema = z.object({
  id: z.string().min(1),
  layer: z.string().min(1),
  where: z.record(z.string(), z.array(z.union([z.string(), z.boolean()]))).optional(),
  substance: z.enum(['液化烃', '甲乙类可燃液体']).optional(),
  appliesTo: z.array(z.string()).optional(),
  except: z.array(z.string()).optional(),
  zones,
  fixed: fixed.optional(),
  measureFrom: z.string(),
  source: z.string().min(1),
  confidence: z.enum(['V', 'P', 'U']),
  note: z.string(),
  approximation: z.string().optional(),
  enabled: z.boolean().optional(),
});
const levelCells = z.object(Object.fromEntries(ZONES.map((zn) => [zn, verdict.optional()]))).partial();

/** Shape of a scenario file (`--scenario FILE.json`). */
export const sitingScenarioSchema = z.object({
  name: z.string().optional(),
  overrides: z
    .array(
      z.object({
        ruleId: z.string().min(1),
        zones: zones.partial().optional(),
        fixed: fixed.nullable().optional(),
        enabled: z.boolean().optional(),
        appliesTo: z.array(z.string()).optional(),
        except: z.array(z.string()).optional(),
        note: z.string().optional(),
      }),
    )
    .optional(),
  addRules: z.array(ruleSchema).optional(),
  matrix: z.object(Object.fromEntries(SENSITIVITY_LEVELS.map((l) => [String(l), levelCells.optional()]))).optional(),
});

export interface EffectiveRules {
  rules: SitingRule[];
  matrix: DecisionMatrix;
  adjustedRules: AdjustedRule[];
  scenarioName: string | null;
}

const ZONE_KEYS = ['inner', 'middle', 'outer'] as const;
const list = (v: readonly string[] | undefined) => (v ? v.join('/') : '全部');

/**
 * The rule table and matrix a check runs with: the defaults, changed by a scenario. Every change is listed so the
 * result can say 已调整规则 and show what was changed.
 *
 * @throws on an override of an unknown rule id, a duplicate new id, or zones that are not inner ≤ middle ≤ outer
 * @example applyScenario({ overrides: [{ ruleId: 'hs-grade-1', zones: { inner: 500 } }] }).adjustedRules[0].text
 *   // 'hs-grade-1 内区 300 m → 500 m'
 */
export function applyScenario(
  scenario: SitingScenario | null | undefined,
  base: readonly SitingRule[] = SITING_RULES,
): EffectiveRules {
  const rules = base.map((r) => ({ ...r, zones: { ...r.zones } }));
  const adjustedRules: AdjustedRule[] = [];
  const note = (ruleId: string, field: string, from: string, to: string, text: string) =>
    adjustedRules.push({ ruleId, field, from, to, text });

  for (const o of scenario?.overrides ?? []) {
    const rule = rules.find((r) => r.id === o.ruleId);
    if (!rule) {
      throw new Error(`情景修改了不存在的规则 "${o.ruleId}"，可用：${rules.map((r) => r.id).join(', ')}`);
    }
    for (const k of ZONE_KEYS) {
      const to = o.zones?.[k];
      if (to === undefined || to === rule.zones[k]) continue;
      note(
        rule.id,
        `zones.${k}`,
        String(rule.zones[k]),
        String(to),
        `${rule.id} ${ZONE_ZH[k]} ${rule.zones[k]} m → ${to} m`,
      );
      rule.zones[k] = to;
    }
    if (o.fixed !== undefined && (o.fixed ?? undefined) !== rule.fixed) {
      const from = rule.fixed ?? '按矩阵';
      const to = o.fixed ?? '按矩阵';
      note(rule.id, 'fixed', from, to, `${rule.id} 结论 ${from} → ${to}`);
      rule.fixed = o.fixed ?? undefined;
    }
    if (o.enabled !== undefined && o.enabled !== (rule.enabled ?? true)) {
      note(
        rule.id,
        'enabled',
        String(rule.enabled ?? true),
        String(o.enabled),
        `${rule.id} ${o.enabled ? '启用' : '停用'}`,
      );
      rule.enabled = o.enabled;
    }
    if (o.appliesTo) {
      note(
        rule.id,
        'appliesTo',
        list(rule.appliesTo),
        list(o.appliesTo),
        `${rule.id} 适用 ${list(rule.appliesTo)} → ${list(o.appliesTo)}`,
      );
      rule.appliesTo = o.appliesTo;
    }
    if (o.except) {
      note(
        rule.id,
        'except',
        list(rule.except),
        list(o.except),
        `${rule.id} 除外 ${list(rule.except)} → ${list(o.except)}`,
      );
      rule.except = o.except;
    }
    if (o.note !== undefined) rule.note = `${rule.note}；情景说明：${o.note}`;
  }
  for (const r of scenario?.addRules ?? []) {
    if (rules.some((x) => x.id === r.id)) throw new Error(`情景新增的规则 id "${r.id}" 已存在`);
    rules.push({ ...r, zones: { ...r.zones } });
    note(
      r.id,
      'rule',
      '—',
      r.source,
      `新增规则 ${r.id}（${r.layer}，${r.zones.inner}/${r.zones.middle}/${r.zones.outer} m）`,
    );
  }
  for (const r of rules) checkZones(r.id, r.zones);

  const matrix = Object.fromEntries(SENSITIVITY_LEVELS.map((l) => [l, { ...DECISION_MATRIX[l] }])) as {
    [L in keyof DecisionMatrix]: { -readonly [Z in keyof DecisionMatrix[L]]: DecisionMatrix[L][Z] };
  };
  for (const l of SENSITIVITY_LEVELS) {
    for (const zn of ZONES) {
      const to = scenario?.matrix?.[l]?.[zn];
      if (!to || to === matrix[l][zn]) continue;
      note(`matrix`, `${l}.${zn}`, matrix[l][zn], to, `决策矩阵 ${l}级×${ZONE_ZH[zn]} ${matrix[l][zn]} → ${to}`);
      matrix[l][zn] = to;
    }
  }
  return { rules, matrix, adjustedRules, scenarioName: scenario?.name ?? null };
}

function checkZones(id: string, z: ZoneDistances): void {
  const ok = [z.inner, z.middle, z.outer].every((v) => Number.isFinite(v) && v >= 0) && z.inner <= z.middle;
  if (!ok || z.middle > z.outer) {
    throw new Error(`规则 ${id} 的分区距离应满足 0 ≤ 内区 ≤ 中区 ≤ 外区：${z.inner}/${z.middle}/${z.outer} m`);
  }
}
