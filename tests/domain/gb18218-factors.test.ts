import { describe, expect, it } from 'vitest';
import {
  alphaFor,
  assessHazardSource,
  GB18218_BETA_DEFAULTS,
  GB18218_CATEGORY,
  GB18218_TOXIC_GAS_BETA,
  gradeFromR,
  HAZARD_SYMBOLS,
  parseInventory,
} from '../../src/domain';

const itemsOf = (inventory: string) => {
  const inv = parseInventory(inventory);
  expect(inv.issues).toEqual([]);
  return assessHazardSource(inv.entries, 0).items;
};

/** 表2 Q and 表4 β typed from standards.md §1.2: [符号, Q (t), β]. */
const TABLE2_4: [string, number, number][] = [
  ['J1', 5, 4],
  ['J2', 50, 1],
  ['J3', 50, 2],
  ['J4', 50, 2],
  ['J5', 500, 1],
  ['W1.1', 1, 2],
  ['W1.2', 10, 2],
  ['W1.3', 50, 2],
  ['W2', 10, 1.5],
  ['W3', 150, 1],
  ['W4', 50, 1],
  ['W5.1', 10, 1.5],
  ['W5.2', 50, 1],
  ['W5.3', 1000, 1],
  ['W5.4', 5000, 1],
  ['W6.1', 10, 1.5],
  ['W6.2', 50, 1],
  ['W7.1', 10, 1.5],
  ['W7.2', 50, 1],
  ['W8', 50, 1],
  ['W9.1', 50, 1],
  ['W9.2', 200, 1],
  ['W10', 200, 1],
  ['W11', 200, 1],
];

/** 表3 typed from standards.md §1.2: [名称, CAS, β]. */
const TABLE3: [string, string, number][] = [
  ['一氧化碳', '630-08-0', 2],
  ['二氧化硫', '7446-09-5', 2],
  ['氨', '7664-41-7', 2],
  ['环氧乙烷', '75-21-8', 2],
  ['氯化氢', '7647-01-0', 3],
  ['溴甲烷', '74-83-9', 3],
  ['氯', '7782-50-5', 4],
  ['硫化氢', '7783-06-4', 5],
  ['氟化氢', '7664-39-3', 5],
  ['二氧化氮', '10102-44-0', 10],
  ['氰化氢', '74-90-8', 10],
  ['碳酰氯', '75-44-5', 20],
  ['磷化氢', '7803-51-2', 20],
  ['异氰酸甲酯', '624-83-9', 20],
];

describe('GB 18218-2018 表2 / 表4 categories', () => {
  it('lists exactly the 24 symbols', () => {
    expect([...HAZARD_SYMBOLS]).toEqual(TABLE2_4.map((r) => r[0]));
  });

  it.each(TABLE2_4)('类别:%s gives Q %d t and β %d', (symbol, Q, beta) => {
    expect(GB18218_CATEGORY[symbol as keyof typeof GB18218_CATEGORY]).toMatchObject({ Q, beta });
    const [item] = itemsOf(`类别:${symbol}:某物质:1`);
    expect(item).toMatchObject({ label: '某物质', Q, beta, betaSource: 'table4' });
  });

  it('accepts a category entry without a name and lower-case symbols', () => {
    const [item] = itemsOf('类别:w5.1:12');
    expect(item).toMatchObject({ q: 12, Q: 10, beta: 1.5 });
  });
});

describe('GB 18218-2018 表3 named toxic gases', () => {
  it('has the 14 gases', () => {
    expect(GB18218_TOXIC_GAS_BETA).toEqual(Object.fromEntries(TABLE3.map(([, cas, b]) => [cas, b])));
  });

  it.each(TABLE3)('%s (%s) has β %d by name and by CAS', (name, cas, beta) => {
    if (name === '一氧化碳') {
      // not in 表1: filed under its 表2 category, β still from 表3
      expect(itemsOf(`类别:W2:${name}:1`)[0]).toMatchObject({ beta, betaSource: 'table3' });
      expect(itemsOf(`类别:W2:${cas}:1`)[0]).toMatchObject({ beta, betaSource: 'table3' });
      return;
    }
    expect(itemsOf(`${name}:1`)[0]).toMatchObject({ beta, betaSource: 'table3' });
    expect(itemsOf(`${cas}:1`)[0]).toMatchObject({ beta, betaSource: 'table3' });
  });

  it('finds 光气 by its alias', () => {
    expect(itemsOf('光气:1')[0]).toMatchObject({ beta: 20, Q: 0.3 });
  });
});

describe('β defaults for 表1 substances outside 表3 (standards.md §1.4, [U])', () => {
  it.each([
    ['甲烷', 1.5],
    ['天然气', 1.5],
    ['氢', 1.5],
    ['液化石油气', 1.5],
    ['乙炔', 1.5],
    ['乙烯', 1.5],
    ['1,3-丁二烯', 1.5],
    ['二甲醚', 1.5],
    ['氯乙烯', 1.5],
    ['一甲胺', 1.5],
    ['乙醚', 1.5],
    ['1,2-环氧丙烷', 1.5],
    ['汽油', 1],
    ['苯', 1],
    ['甲苯', 1],
    ['甲醇', 1],
    ['乙醇', 1],
    ['丙酮', 1],
    ['乙酸乙酯', 1],
    ['正己烷', 1],
    ['环己烷', 1],
    ['二硫化碳', 1],
    ['二氟化氧', 4],
    ['氟', 4],
    ['砷化氢', 4],
    ['煤气', 2],
    ['TNT', 2],
    ['硝化甘油', 2],
    ['雷汞', 2],
    ['氧', 1],
  ])('%s → β %d, labelled a default', (name, beta) => {
    const [item] = itemsOf(`${name}:1`);
    expect(item).toMatchObject({ beta, betaSource: 'default' });
  });

  it('covers every 表1 row that is not in 表3', () => {
    const named = Object.keys(GB18218_BETA_DEFAULTS).map(Number);
    expect(named).toHaveLength(85 - 13);
    for (const d of Object.values(GB18218_BETA_DEFAULTS)) expect(d.status).toBe('U');
  });

  it('names defaulted β in the grade basis as 默认值，待核实', () => {
    const inv = parseInventory('甲醇:600');
    expect(assessHazardSource(inv.entries, 0).gradeBasis).toContain('β 默认值，待核实：甲醇 1（W5.3');
  });

  it('lets a β override replace a default but never a 表3 value', () => {
    const inv = parseInventory('甲醇:600;氯:5');
    const a = assessHazardSource(inv.entries, 0, { betaOverrides: { 65: 1.5, 12: 1 } });
    expect(a.items.map((i) => i.beta)).toEqual([1.5, 4]);
    expect(a.gradeBasis).toContain('β 指定：甲醇 1.5');
  });
});

describe('GB 18218-2018 表5 α', () => {
  it.each([
    [0, 0.5],
    [1, 1.0],
    [29, 1.0],
    [30, 1.2],
    [49, 1.2],
    [50, 1.5],
    [99, 1.5],
    [100, 2.0],
    [5000, 2.0],
  ])('%i people → α %d', (people, alpha) => {
    expect(alphaFor(people)).toBe(alpha);
  });
});

describe('GB 18218-2018 表6 grade', () => {
  it.each([
    [100, '一级'],
    [99.99, '二级'],
    [50, '二级'],
    [49.99, '三级'],
    [10, '三级'],
    [9.99, '四级'],
    [0, '四级'],
  ])('R = %d → %s', (R, grade) => {
    expect(gradeFromR(R)).toBe(grade);
  });
});
