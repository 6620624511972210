/** GB 18218-2018 表3: β of the 14 named toxic gases [V] (standards.md §1.2, S1 pp. 9–10, S2, S4). */
export interface ToxicGasBeta {
  name: string;
  alias?: string;
  cas: string;
  beta: number;
}

// GB 18218-2018 表3 [V]
export const GB18218_TABLE3: readonly ToxicGasBeta[] = [
  { name: '一氧化碳', cas: '630-08-0', beta: 2 },
  { name: '二氧化硫', cas: '7446-09-5', beta: 2 },
  { name: '氨', cas: '7664-41-7', beta: 2 },
  { name: '环氧乙烷', cas: '75-21-8', beta: 2 },
  { name: '氯化氢', cas: '7647-01-0', beta: 3 },
  { name: '溴甲烷', cas: '74-83-9', beta: 3 },
  { name: '氯', cas: '7782-50-5', beta: 4 },
  { name: '硫化氢', cas: '7783-06-4', beta: 5 },
  { name: '氟化氢', cas: '7664-39-3', beta: 5 },
  { name: '二氧化氮', cas: '10102-44-0', beta: 10 },
  { name: '氰化氢', cas: '74-90-8', beta: 10 },
  { name: '碳酰氯', alias: '光气', cas: '75-44-5', beta: 20 },
  { name: '磷化氢', cas: '7803-51-2', beta: 20 },
  { name: '异氰酸甲酯', cas: '624-83-9', beta: 20 },
];

/** 表3 β keyed by CAS. */
export const GB18218_TOXIC_GAS_BETA: Readonly<Record<string, number>> = Object.fromEntries(
  GB18218_TABLE3.map((g) => [g.cas, g.beta]),
);
