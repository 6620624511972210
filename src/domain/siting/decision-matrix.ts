import type { DecisionMatrix, Verdict, Zone } from './types';

/**
 * Zone × sensitivity level → advice. The 不建议 cells are the UK HSE PADHI matrix (anchors.md §1: Level 2 AA in the
 * inner zone, Level 3 in inner+middle, Level 4 in all three; values [recalled] → U). HSE has only two outcomes;
 * the cell just outside the advise-against zones, where HSE says DAA, is 有条件 here: acceptable only after a
 * GB/T 37243-2019 外部安全防护距离 assessment (QRA / consequence method) confirms it — a project decision.
 * Outside every zone the answer is always 不反对.
 */
export const DECISION_MATRIX: DecisionMatrix = {
  1: { inner: '有条件', middle: '不反对', outer: '不反对', outside: '不反对' },
  2: { inner: '不建议', middle: '有条件', outer: '不反对', outside: '不反对' },
  3: { inner: '不建议', middle: '不建议', outer: '有条件', outside: '不反对' },
  4: { inner: '不建议', middle: '不建议', outer: '不建议', outside: '不反对' },
};

export const DECISION_MATRIX_SOURCE =
  'UK HSE PADHI 决策矩阵（anchors.md §1，回忆值）+ 项目约定："有条件" = 需按 GB/T 37243-2019 核算外部安全防护距离';

const RANK: Readonly<Record<Verdict, number>> = { 不建议: 2, 有条件: 1, 不反对: 0 };

/**
 * Negative when `a` is more restrictive than `b`: sorts verdicts most restrictive first.
 *
 * @example (['不反对', '不建议'] as Verdict[]).sort(compareVerdicts) // ['不建议', '不反对']
 */
export function compareVerdicts(a: Verdict, b: Verdict): number {
  return RANK[b] - RANK[a];
}

/** The more restrictive of two verdicts (several hazards: most restrictive wins, HSE additional rule 2). */
export const moreRestrictive = (a: Verdict, b: Verdict): Verdict => (RANK[a] >= RANK[b] ? a : b);

/** Zone of a distance: the innermost zone whose outer edge it does not exceed (a boundary counts as inside). */
export function zoneOf(distanceM: number, zones: { inner: number; middle: number; outer: number }): Zone {
  if (distanceM <= zones.inner) return 'inner';
  if (distanceM <= zones.middle) return 'middle';
  if (distanceM <= zones.outer) return 'outer';
  return 'outside';
}
