import { describe, expect, it } from 'vitest';
import { gb36894Class, LAYERS } from '../../src/domain';

const layer = LAYERS['protected-targets'];

describe('GB 36894-2018 classes', () => {
  it.each([
    ['学校', 10, null, '高敏感'],
    ['幼儿园', 500, null, '高敏感'],
    ['医院', 0, null, '高敏感'],
    ['养老院', 20, null, '高敏感'],
    ['文物保护单位', 5, null, '重要'],
    ['党政机关', 300, null, '重要'],
    // 一般防护目标 (附录A, [U]): ≥100 人 一类, 30–99 二类, < 30 三类
    ['商场', 100, null, '一般一类'],
    ['商场', 99, null, '一般二类'],
    ['办公楼', 30, null, '一般二类'],
    ['工厂', 29, null, '一般三类'],
    ['体育场馆', 0, null, '一般三类'],
    ['其他', 150, null, '一般一类'],
    // residential: ≥30 户 一类, 10–29 户 二类, < 10 户 三类; the higher of 户数/人数 applies
    ['居民区', 20, 30, '一般一类'],
    ['居民区', 20, 29, '一般二类'],
    ['居民区', 20, 10, '一般二类'],
    ['居民区', 20, 9, '一般三类'],
    ['居民区', 120, 5, '一般一类'],
    ['居民区', 29, null, '一般三类'],
  ])('%s with %i people, %s dwellings → %s', (category, people, dwellings, cls) => {
    expect(gb36894Class(category, people, dwellings)?.targetClass).toBe(cls);
  });

  it('labels the unverified bands in the basis', () => {
    expect(gb36894Class('居民区', 80, 35)?.basis).toContain('默认值，待核实');
  });
});

describe('protected-targets parseRow', () => {
  it('classes a target', () => {
    const r = layer.parseRow({ id: 'PT-1', name: '某小学', category: '学校', people: '800' }, {});
    expect(r.ok && r.props).toMatchObject({ targetClass: '高敏感', riskLevel: null, people: 800, dwellings: null });
  });

  it('rejects an unlisted category, pointing to 其他', () => {
    const r = layer.parseRow({ id: 'PT-2', name: 'x', category: '学较', people: '10' }, {});
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.column).toBe('category');
      expect(r.issues[0]?.reason).toContain('"学较"');
      expect(r.issues[0]?.reason).toContain('其他');
    }
  });

  it('rejects bad counts', () => {
    const r = layer.parseRow({ id: 'PT-3', name: 'x', category: '居民区', people: '-2', dwellings: 'abc' }, {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.column)).toEqual(['people', 'dwellings']);
  });
});
