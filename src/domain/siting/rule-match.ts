import { substanceCategoriesOf } from './substance-category';
import type { SitingRule } from './types';

/**
 * Rows of the table that cover one hazard feature (its layer, `where` properties and inventory), before the
 * development is known. Disabled rows are left out.
 *
 * @example rulesForHazard(SITING_RULES, 'hazard-sources', { grade: '一级', chemicals: '氯:12' }).map((r) => r.id)
 *   // ['hs-grade-1']
 */
export function rulesForHazard(
  rules: readonly SitingRule[],
  layer: string,
  props: Readonly<Record<string, unknown>>,
): SitingRule[] {
  const out: SitingRule[] = [];
  for (const r of rules) {
    if (r.layer !== layer || r.enabled === false) continue;
    if (r.where && !Object.entries(r.where).every(([k, vs]) => vs.includes(props[k] as string | boolean))) continue;
    if (r.substance && !substanceCategoriesOf(props.chemicals as string | null).includes(r.substance)) continue;
    out.push(r);
  }
  return out;
}

/** Whether a row protects this development category (its `appliesTo` / `except` lists). */
export function ruleAppliesTo(rule: SitingRule, category: string): boolean {
  if (rule.except?.includes(category)) return false;
  return !rule.appliesTo || rule.appliesTo.includes(category);
}

/** Status values that take a hazard out of the check: it no longer exists (data-contract.md enumerations). */
export const INACTIVE_STATUSES: readonly string[] = ['已关闭', '销号'];

/** Grade shown for a hazard: 一级…四级, 一等…五等, A–D, else the four-colour level. */
export function hazardGradeOf(props: Readonly<Record<string, unknown>>): string | null {
  for (const k of ['grade', 'class', 'parkClass', 'riskLevel']) {
    const v = props[k];
    if (typeof v === 'string' && v) return v;
  }
  return null;
}
