/**
 * GB 18218-2018 表2 (critical quantity Q by hazard category) and 表4 (correction factor β by category).
 * Values [V] (standards.md §1.2, sources S1 pp. 7–8 & 10, S2, S3); J2 β = 1 is [P] (one copy has 2).
 */
export const HAZARD_SYMBOLS = [
  'J1',
  'J2',
  'J3',
  'J4',
  'J5',
  'W1.1',
  'W1.2',
  'W1.3',
  'W2',
  'W3',
  'W4',
  'W5.1',
  'W5.2',
  'W5.3',
  'W5.4',
  'W6.1',
  'W6.2',
  'W7.1',
  'W7.2',
  'W8',
  'W9.1',
  'W9.2',
  'W10',
  'W11',
] as const;
export type HazardSymbol = (typeof HAZARD_SYMBOLS)[number];

export interface HazardCategory {
  /** 表2 临界量, t */
  Q: number;
  /** 表4 校正系数 */
  beta: number;
  /** 类别 */
  zh: string;
  /** 危险性分类及说明 */
  note: string;
  status: 'V' | 'P';
}

// GB 18218-2018 表2 (Q) and 表4 (β) [V]
export const GB18218_CATEGORY: Record<HazardSymbol, HazardCategory> = {
  J1: { Q: 5, beta: 4, zh: '急性毒性', note: '类别1，所有暴露途径，气体', status: 'V' },
  // GB 18218-2018 表4: J2 β = 1 [P] (S1, S3 say 1; S2 says 2)
  J2: { Q: 50, beta: 1, zh: '急性毒性', note: '类别1，所有暴露途径，固体、液体', status: 'P' },
  J3: { Q: 50, beta: 2, zh: '急性毒性', note: '类别2、类别3，所有暴露途径，气体', status: 'V' },
  J4: { Q: 50, beta: 2, zh: '急性毒性', note: '类别2、类别3，吸入途径，液体（沸点≤35℃）', status: 'V' },
  J5: { Q: 500, beta: 1, zh: '急性毒性', note: '类别2，所有暴露途径，液体（除J4外）、固体', status: 'V' },
  'W1.1': { Q: 1, beta: 2, zh: '爆炸物', note: '不稳定爆炸物；1.1项爆炸物', status: 'V' },
  'W1.2': { Q: 10, beta: 2, zh: '爆炸物', note: '1.2、1.3、1.5、1.6项爆炸物', status: 'V' },
  'W1.3': { Q: 50, beta: 2, zh: '爆炸物', note: '1.4项爆炸物', status: 'V' },
  W2: { Q: 10, beta: 1.5, zh: '易燃气体', note: '类别1和类别2', status: 'V' },
  W3: { Q: 150, beta: 1, zh: '气溶胶', note: '类别1和类别2（净重）', status: 'V' },
  W4: { Q: 50, beta: 1, zh: '氧化性气体', note: '类别1', status: 'V' },
  'W5.1': { Q: 10, beta: 1.5, zh: '易燃液体', note: '类别1；类别2和3，工作温度高于沸点', status: 'V' },
  'W5.2': { Q: 50, beta: 1, zh: '易燃液体', note: '类别2和3，具有引发重大事故的特殊工艺条件', status: 'V' },
  'W5.3': { Q: 1000, beta: 1, zh: '易燃液体', note: '不属于W5.1或W5.2的其他类别2', status: 'V' },
  'W5.4': { Q: 5000, beta: 1, zh: '易燃液体', note: '不属于W5.1或W5.2的其他类别3', status: 'V' },
  'W6.1': { Q: 10, beta: 1.5, zh: '自反应物质和混合物', note: 'A型和B型', status: 'V' },
  'W6.2': { Q: 50, beta: 1, zh: '自反应物质和混合物', note: 'C型、D型、E型', status: 'V' },
  'W7.1': { Q: 10, beta: 1.5, zh: '有机过氧化物', note: 'A型和B型', status: 'V' },
  'W7.2': { Q: 50, beta: 1, zh: '有机过氧化物', note: 'C型、D型、E型、F型', status: 'V' },
  W8: { Q: 50, beta: 1, zh: '自燃液体和自燃固体', note: '类别1自燃液体；类别1自燃固体', status: 'V' },
  'W9.1': { Q: 50, beta: 1, zh: '氧化性固体和液体', note: '类别1', status: 'V' },
  'W9.2': { Q: 200, beta: 1, zh: '氧化性固体和液体', note: '类别2、类别3', status: 'V' },
  W10: { Q: 200, beta: 1, zh: '易燃固体', note: '类别1易燃固体', status: 'V' },
  W11: { Q: 200, beta: 1, zh: '遇水放出易燃气体的物质和混合物', note: '类别1和类别2', status: 'V' },
};

export const isHazardSymbol = (s: string): s is HazardSymbol => (HAZARD_SYMBOLS as readonly string[]).includes(s);
