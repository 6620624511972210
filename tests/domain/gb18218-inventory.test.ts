import { describe, expect, it } from 'vitest';
import { formatInventory, parseInventory, resolveSubstance } from '../../src/domain';

const noOf = (text: string) => {
  const r = resolveSubstance(text);
  return r.ok ? r.row.no : r.reason;
};

describe('resolveSubstance', () => {
  it.each([
    ['液氨', 1],
    ['氨', 1],
    ['7664-41-7', 1],
    ['氯气', 12],
    ['液氯', 12],
    [' 液 氨 ', 1],
    ['氧（压缩的或液化的）', 56],
    ['氧 (压缩的或液化的)', 56],
    ['ＴＤＩ', 23],
    ['tnt', 35],
    ['７６６４－４１－７', 1],
    ['甲醛', 8],
    ['氯化氢', 11],
    ['天然气', 49],
    ['丙烷', 52],
    ['硝化纤维素【干的或含水（或乙醇）<25%】', 37],
    ['硝化棉溶液', 42],
  ])('%s → 表1 row %i', (text, no) => {
    expect(noOf(text)).toBe(no);
  });

  it('rejects an unknown name and names it', () => {
    const r = resolveSubstance('氯化钠');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('"氯化钠"');
  });

  it('rejects a CAS number with a wrong check digit', () => {
    const r = resolveSubstance('7664-41-8');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('校验位');
  });

  it('rejects a valid CAS number outside 表1', () => {
    const r = resolveSubstance('7647-14-5'); // 氯化钠
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('7647-14-5');
  });

  it('points 一氧化碳 (表3 only) to a category entry', () => {
    const r = resolveSubstance('一氧化碳');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('类别:符号:一氧化碳:吨');
  });

  it('rejects the ambiguous 硝酸铵 listing both rows', () => {
    const r = resolveSubstance('硝酸铵');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/43.*44/);
  });
});

describe('parseInventory', () => {
  it('reads the data-contract example', () => {
    const inv = parseInventory('氯:12;液氨:30;7664-41-7:5');
    expect(inv.issues).toEqual([]);
    // 液氨 and 7664-41-7 are the same substance: quantities add up
    expect(inv.entries.map((e) => (e.kind === 'named' ? [e.row.no, e.q] : null))).toEqual([
      [12, 12],
      [1, 35],
    ]);
  });

  it('accepts full-width separators, units and blank entries', () => {
    const inv = parseInventory('氯：12吨； 液氨：30t ;;');
    expect(inv.issues).toEqual([]);
    expect(formatInventory(inv.entries)).toBe('氯:12;氨:30');
  });

  it('keeps category entries with and without a name', () => {
    const inv = parseInventory('类别:W5.1:甲醇钠:12;类别：J1：3');
    expect(inv.issues).toEqual([]);
    expect(formatInventory(inv.entries)).toBe('类别:W5.1:甲醇钠:12;类别:J1:3');
  });

  it('collects every bad entry, each naming it', () => {
    const inv = parseInventory('氯化钠:3;氯:abc;氨:-1;氯12;类别:W12:某物:1;类别:W2');
    expect(inv.entries).toEqual([]);
    expect(inv.issues).toHaveLength(6);
    expect(inv.issues[0]).toContain('"氯化钠"');
    expect(inv.issues[1]).toContain('"abc"');
    expect(inv.issues[2]).toContain('"-1"');
    expect(inv.issues[3]).toContain('"氯12"');
    expect(inv.issues[4]).toContain('"W12"');
    expect(inv.issues[5]).toContain('"类别:W2"');
  });

  it('round-trips its normalised text', () => {
    const text = '甲烷，天然气:60;煤气(CO，CO和H2、CH4的混合物等):3;类别:W2:一氧化碳:5';
    const inv = parseInventory(text);
    expect(inv.issues).toEqual([]);
    expect(formatInventory(parseInventory(formatInventory(inv.entries)).entries)).toBe(text);
  });
});
