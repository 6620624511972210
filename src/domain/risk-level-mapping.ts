import type { HazardGrade } from './gb18218/alpha-grade';
import type { RiskLevel } from './layer-ids';
import type { ParkClass } from './parks/park-class';
import type { TailingsClassNo, TailingsSafety } from './tailings/tailings-class';

/**
 * The four-colour mapping (红橙黄蓝 = 重大/较大/一般/低风险, 安委办〔2016〕3号/11号) of data-contract.md, in one place.
 * Every layer parser goes through these functions; change the defaults here or pass another mapping.
 */
export interface TailingsRiskInput {
  safety: TailingsSafety;
  overhead: boolean;
  cls: TailingsClassNo;
}

export interface TailingsRiskRule {
  level: RiskLevel;
  /** the rule in words, for 分级依据 and the legend */
  zh: string;
  applies(t: TailingsRiskInput): boolean;
}

export interface RiskLevelMapping {
  hazardSources: Readonly<Record<HazardGrade, RiskLevel>>;
  /** first matching rule wins */
  tailingsPonds: readonly TailingsRiskRule[];
  chemicalParks: Readonly<Record<ParkClass, RiskLevel>>;
}

export const RISK_LEVEL_ZH: Readonly<Record<RiskLevel, string>> = { red: '红', orange: '橙', yellow: '黄', blue: '蓝' };

export const DEFAULT_RISK_LEVEL_MAPPING: RiskLevelMapping = {
  // data-contract.md four colours: 一级 red, 二级 orange, 三级 yellow, 四级 blue (GB 18218-2018 表6 grades)
  hazardSources: { 一级: 'red', 二级: 'orange', 三级: 'yellow', 四级: 'blue' },
  tailingsPonds: [
    // data-contract.md: 危库 or 险库 → red (安全度, AQ 2006-2005 ch. 8)
    { level: 'red', zh: '危库或险库', applies: (t) => t.safety === '危库' || t.safety === '险库' },
    // data-contract.md: 病库, or 头顶库 of 三等 and above → orange (头顶库: 应急〔2020〕15号)
    {
      level: 'orange',
      zh: '病库，或三等及以上头顶库',
      applies: (t) => t.safety === '病库' || (t.overhead && t.cls <= 3),
    },
    // data-contract.md: 头顶库, or 一~三等 → yellow (等别: GB 39496-2020 4.5)
    { level: 'yellow', zh: '头顶库，或一~三等', applies: (t) => t.overhead || t.cls <= 3 },
    // data-contract.md: others → blue
    { level: 'blue', zh: '其他', applies: () => true },
  ],
  // data-contract.md: park class A red, B orange, C yellow, D blue (化工园区安全风险排查治理导则)
  chemicalParks: { A: 'red', B: 'orange', C: 'yellow', D: 'blue' },
};

export function hazardRiskLevel(grade: HazardGrade, mapping = DEFAULT_RISK_LEVEL_MAPPING): RiskLevel {
  return mapping.hazardSources[grade];
}

export function tailingsRiskRule(t: TailingsRiskInput, mapping = DEFAULT_RISK_LEVEL_MAPPING): TailingsRiskRule {
  const rule = mapping.tailingsPonds.find((r) => r.applies(t));
  if (!rule) throw new Error('tailings risk rules must end with a catch-all rule');
  return rule;
}

export const tailingsRiskLevel = (t: TailingsRiskInput, mapping = DEFAULT_RISK_LEVEL_MAPPING): RiskLevel =>
  tailingsRiskRule(t, mapping).level;

export function parkRiskLevel(cls: ParkClass, mapping = DEFAULT_RISK_LEVEL_MAPPING): RiskLevel {
  return mapping.chemicalParks[cls];
}
