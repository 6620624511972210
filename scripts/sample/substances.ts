/**
 * The GB 18218-2018 substances the sample uses, with Q (表1) and β (表3 for the named toxic gases, else the
 * 表4 category defaults of standards.md §1.4). Kept here rather than imported from src/domain so the generator
 * only needs to hit the grade mix, not track every rule change; the build recomputes the grade itself.
 */
export interface SampleSubstance {
  /** how the ledger writes it: a 表1 name, alias or CAS */
  label: string;
  Q: number;
  beta: number;
  /** plausible upper bound of one unit's inventory, t: keeps scaled quantities believable */
  maxQ: number;
}

const s = (label: string, Q: number, beta: number, maxQ: number): SampleSubstance => ({ label, Q, beta, maxQ });

export const SUBSTANCES = {
  氯: s('氯', 5, 4, 150), // 表1 #12, 表3 β 4
  液氨: s('液氨', 10, 2, 1500), // 表1 #1 alias, 表3 β 2
  氨CAS: s('7664-41-7', 10, 2, 1500), // same substance written by CAS, as some ledgers do
  液化石油气: s('液化石油气', 50, 1.5, 8000), // #52, W2
  汽油: s('汽油', 200, 1, 80000), // #66, W5.3
  甲醇: s('甲醇', 500, 1, 40000), // #65, W5.3
  苯: s('苯', 50, 1, 10000), // #57, W5.3
  甲苯: s('甲苯', 500, 1, 12000), // #64
  天然气: s('天然气', 50, 1.5, 800), // #49, W2
  氢: s('氢', 5, 1.5, 80), // #51, W2
  硫化氢: s('硫化氢', 5, 5, 40), // #10, 表3 β 5
  环氧乙烷: s('环氧乙烷', 10, 2, 800), // #7, 表3 β 2
  丙烯腈: s('丙烯腈', 50, 1, 8000), // #60 alias, W5.3
  丁二烯: s('1,3-丁二烯', 5, 1.5, 3000), // #47, W2
  乙烯: s('乙烯', 50, 1.5, 4000), // #55, W2
  环己烷: s('环己烷', 500, 1, 10000), // #62
  苯乙烯: s('苯乙烯', 500, 1, 10000), // #58, W5.4
  丙酮: s('丙酮', 500, 1, 6000), // #59
} as const satisfies Record<string, SampleSubstance>;

export type SubstanceKey = keyof typeof SUBSTANCES;

export interface InventoryItem {
  sub: SampleSubstance;
  q: number;
}

/** GB 18218-2018 表5 [V] */
export function alphaFor(people500m: number): number {
  if (people500m >= 100) return 2;
  if (people500m >= 50) return 1.5;
  if (people500m >= 30) return 1.2;
  if (people500m >= 1) return 1;
  return 0.5;
}

export const GRADES = ['一级', '二级', '三级', '四级'] as const;
export type Grade = (typeof GRADES)[number];

/** GB 18218-2018 表6 [V] */
export function gradeFromR(R: number): Grade {
  if (R >= 100) return '一级';
  if (R >= 50) return '二级';
  if (R >= 10) return '三级';
  return '四级';
}

/** GB 18218-2018 4.2 / 4.3: S = Σq/Q, R = α·Σβq/Q. */
export function assess(items: readonly InventoryItem[], people500m: number) {
  const S = items.reduce((sum, i) => sum + i.q / i.sub.Q, 0);
  const alpha = alphaFor(people500m);
  const R = alpha * items.reduce((sum, i) => sum + (i.sub.beta * i.q) / i.sub.Q, 0);
  return { S, alpha, R, grade: gradeFromR(R) };
}

/** Ledger format `名称或CAS:吨;…` (data-contract.md). */
export const formatInventory = (items: readonly InventoryItem[]): string =>
  items.map((i) => `${i.sub.label}:${i.q}`).join(';');

/** Round like a person filling the ledger: 0.1 t for small stocks, whole tonnes above 20 t. */
export const roundTonnes = (q: number): number => (q < 20 ? Math.round(q * 10) / 10 : Math.round(q));
