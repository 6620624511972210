import { ZONE_ZH } from '../../domain/siting';
import { layerZh } from './layer-names';
import type { HazardRow } from './types';

const fmt = (m: number) => (Number.isInteger(m) ? String(m) : m.toFixed(2));

/**
 * One reason sentence for a hazard row, naming the distance, zone, rule and whether the rule is a default.
 *
 * @example describeRow(row, 3)
 *   // 'XX化工（重大危险源 一级）：实测 231.47 m，位于内区（规则 hs-grade-1），3级 → 不建议；不反对需 > 2000 m（默认值，待核实）'
 *   // a fixed rule: '…：实测 110 m，在规定距离 120 m 以内（规则 gb50160-lpg-plant，固定结论，不分敏感度），1级 → 不建议…'
 */
export function describeRow(row: HazardRow, level: number): string {
  const what = `${row.name || row.id}（${layerZh(row.layer)}${row.grade ? ` ${row.grade}` : ''}）`;
  const fixedM = row.contributions[0]?.requiredM ?? row.requiredM;
  const where = row.fixed
    ? `实测 ${fmt(row.actualM)} m，在规定距离 ${fmt(fixedM)} m 以内（规则 ${row.ruleId}，固定结论，不分敏感度）`
    : `实测 ${fmt(row.actualM)} m，位于${ZONE_ZH[row.zone]}（规则 ${row.ruleId}）`;
  const need =
    row.verdict === '不反对'
      ? ''
      : row.requiredM > 0
        ? `；不反对需 > ${fmt(row.requiredM)} m`
        : '；不反对需位于其范围以外';
  const tag = row.confidence === 'U' ? '（默认值，待核实）' : row.confidence === 'P' ? '（数值待核实）' : '';
  const approx = row.approximation ? `；${row.approximation}` : '';
  return `${what}：${where}，${level}级 → ${row.verdict}${need}${tag}${approx}`;
}
