import { formatAgainst, formatCompact, roundNoise } from '../format-number';
import { alphaFor, GB18218_GRADE_BANDS, gradeFromR, type HazardGrade } from './alpha-grade';
import { type BetaDefault, GB18218_BETA_DEFAULTS } from './beta-defaults';
import { GB18218_CATEGORY } from './categories';
import type { InventoryEntry } from './parse-inventory';
import { findTable3Gas } from './resolve-substance';
import { casNumbersOf } from './table1';
import { GB18218_TOXIC_GAS_BETA } from './toxic-gas-beta';

export interface GradingItem {
  label: string;
  /** actual quantity, t */
  q: number;
  /** critical quantity, t (表1, or 表2 by category) */
  Q: number;
  beta: number;
  /** 表3 / 表4 / a labelled default (默认值，待核实) / a user override */
  betaSource: 'table3' | 'table4' | 'default' | 'override';
  betaBasis: string;
}

export interface AssessOptions {
  /** β per 表1 序号, replacing the labelled defaults of GB18218_BETA_DEFAULTS (never the 表3 values) */
  betaOverrides?: Readonly<Record<number, number | BetaDefault>>;
}

export interface HazardAssessment {
  items: GradingItem[];
  S: number;
  /** GB 18218-2018 4.2: S ≥ 1 → 重大危险源 */
  isMajorHazard: boolean;
  alpha: number;
  R: number;
  grade: HazardGrade;
  /** `S = 12/5 + 30/10 = 5.4` */
  sExpression: string;
  /** `R = 2.0 × (4×12/5 + 2×30/10) = 31.2 → 三级（GB 18218-2018 表6）` */
  rExpression: string;
  gradeBasis: string;
}

const R_THRESHOLDS = GB18218_GRADE_BANDS.map((b) => b.minR).filter(Number.isFinite);

function itemOf(entry: InventoryEntry, opts: AssessOptions): GradingItem {
  if (entry.kind === 'category') {
    const cat = GB18218_CATEGORY[entry.symbol];
    const label = entry.name ?? `${entry.symbol}类物质`;
    // GB 18218-2018 4.3: gases named in 表3 keep their 表3 β whatever category they are filed under.
    const gas = entry.name ? findTable3Gas(entry.name) : undefined;
    return gas
      ? { label, q: entry.q, Q: cat.Q, beta: gas.beta, betaSource: 'table3', betaBasis: `表3 ${gas.name}` }
      : { label, q: entry.q, Q: cat.Q, beta: cat.beta, betaSource: 'table4', betaBasis: `表4 ${entry.symbol}` };
  }
  const { row } = entry;
  const table3 = casNumbersOf(row).find((cas) => GB18218_TOXIC_GAS_BETA[cas] !== undefined);
  if (table3) {
    // GB 18218-2018 4.3: β from 表3 for the named toxic gases
    return {
      label: row.name,
      q: entry.q,
      Q: row.Q,
      beta: GB18218_TOXIC_GAS_BETA[table3] ?? 1,
      betaSource: 'table3',
      betaBasis: '表3',
    };
  }
  const override = opts.betaOverrides?.[row.no];
  if (override !== undefined) {
    const beta = typeof override === 'number' ? override : override.beta;
    const basis = typeof override === 'number' ? '指定值' : override.basis;
    return { label: row.name, q: entry.q, Q: row.Q, beta, betaSource: 'override', betaBasis: basis };
  }
  // GB 18218-2018 表4 via standards.md §1.4 [U]: labelled default category (默认值，待核实)
  const def = GB18218_BETA_DEFAULTS[row.no];
  return {
    label: row.name,
    q: entry.q,
    Q: row.Q,
    beta: def?.beta ?? 1,
    betaSource: 'default',
    betaBasis: def?.basis ?? '未设默认类别',
  };
}

const f = (x: number) => formatCompact(x);

/** GB 18218-2018 4.2 (S = Σq/Q) and 4.3 (R = α·Σβq/Q, 表5 α, 表6 grade) for one unit's inventory. */
export function assessHazardSource(
  entries: readonly InventoryEntry[],
  people500m: number,
  opts: AssessOptions = {},
): HazardAssessment {
  const items = entries.map((e) => itemOf(e, opts));
  const S = roundNoise(items.reduce((s, i) => s + i.q / i.Q, 0));
  const alpha = alphaFor(people500m);
  const R = roundNoise(alpha * items.reduce((s, i) => s + (i.beta * i.q) / i.Q, 0));
  const grade = gradeFromR(R);
  // GB 18218-2018 4.2: several substances → S = q1/Q1 + … + qn/Qn ≥ 1 identifies a 重大危险源 [V]
  const isMajorHazard = S >= 1;
  const sExpression = `S = ${items.map((i) => `${f(i.q)}/${f(i.Q)}`).join(' + ')} = ${formatAgainst(S, [1])}`;
  const terms = items.map((i) => `${f(i.beta)}×${f(i.q)}/${f(i.Q)}`).join(' + ');
  const rExpression = `R = ${alpha.toFixed(1)} × (${terms}) = ${formatAgainst(R, R_THRESHOLDS)} → ${grade}（GB 18218-2018 表6）`;
  const parts = [
    rExpression,
    `${sExpression} ${isMajorHazard ? '≥' : '<'} 1（GB 18218-2018 4.2）`,
    `α = ${alpha.toFixed(1)}：500 m 内 ${people500m} 人（GB 18218-2018 表5）`,
  ];
  const defaults = items.filter((i) => i.betaSource === 'default');
  if (defaults.length > 0) {
    parts.push(`β 默认值，待核实：${defaults.map((i) => `${i.label} ${f(i.beta)}（${i.betaBasis}）`).join('，')}`);
  }
  const overrides = items.filter((i) => i.betaSource === 'override');
  if (overrides.length > 0) {
    parts.push(`β 指定：${overrides.map((i) => `${i.label} ${f(i.beta)}（${i.betaBasis}）`).join('，')}`);
  }
  return { items, S, isMajorHazard, alpha, R, grade, sExpression, rExpression, gradeBasis: parts.join('；') };
}
