import { describe, expect, it } from 'vitest';
import { LAYERS, tailingsClass, tailingsClassByHeight, tailingsClassByVolume } from '../../src/domain';

const layer = LAYERS['tailings-ponds'];
const base = { id: 'TP-1', name: '某尾矿库', safety: '正常库', overhead: '否' };

describe('GB 39496-2020 4.5 classes by volume and by height', () => {
  // V in 万m³: 五 < 100 ≤ 四 < 1000 ≤ 三 < 10000 ≤ 二 < 50000 [U] ≤ 一
  it.each([
    [0, 5],
    [99.99, 5],
    [100, 4],
    [999.99, 4],
    [1000, 3],
    [9999.99, 3],
    [10000, 2],
    [49999.99, 2],
    [50000, 1],
  ])('全库容 %d 万m³ → class %i', (v, cls) => {
    expect(tailingsClassByVolume(v)).toBe(cls);
  });

  // H in m: 五 < 30 ≤ 四 < 60 ≤ 三 < 100 ≤ 二 < 200 [U] ≤ 一
  it.each([
    [0, 5],
    [29.99, 5],
    [30, 4],
    [59.99, 4],
    [60, 3],
    [99.99, 3],
    [100, 2],
    [199.99, 2],
    [200, 1],
  ])('坝高 %d m → class %i', (h, cls) => {
    expect(tailingsClassByHeight(h)).toBe(cls);
  });
});

describe('GB 39496-2020 4.5 combination rule', () => {
  it('equal classes stay', () => {
    expect(tailingsClass(1200, 70)).toMatchObject({ byVolume: 3, byHeight: 3, cls: 3, rule: 'equal' });
  });
  it('differing by one takes the higher', () => {
    expect(tailingsClass(1200, 45)).toMatchObject({ byVolume: 3, byHeight: 4, cls: 3, rule: 'differByOne' });
    expect(tailingsClass(50, 45)).toMatchObject({ byVolume: 5, byHeight: 4, cls: 4 });
  });
  it('differing by two takes the higher lowered by one', () => {
    expect(tailingsClass(50, 70)).toMatchObject({ byVolume: 5, byHeight: 3, cls: 4, rule: 'differByMore' });
    expect(tailingsClass(1200, 10)).toMatchObject({ byVolume: 3, byHeight: 5, cls: 4 });
  });
  it('differing by four: 一等 by volume, 五等 by height → 二等', () => {
    expect(tailingsClass(60000, 10)).toMatchObject({ byVolume: 1, byHeight: 5, cls: 2, usesUnverifiedBound: true });
  });
  it('labels results that rest on the unverified 一等/二等 bounds', () => {
    expect(tailingsClass(12000, 45).basis).toContain('默认值，待核实');
    expect(tailingsClass(1200, 45).basis).not.toContain('待核实');
  });
});

describe('tailings-ponds parseRow', () => {
  it('writes the grade basis of the data contract example', () => {
    const r = layer.parseRow({ ...base, volume10kM3: '1200', damHeightM: '45' }, {});
    expect(r.ok && r.props.gradeBasis).toBe(
      '全库容 1200万m³ → 三等，坝高 45m → 四等，相差一等取高者 → 三等（GB 39496-2020 4.5）；安全度 正常库；头顶库 否 → 黄',
    );
    expect(r.ok && r.props).toMatchObject({
      class: '三等',
      riskLevel: 'yellow',
      overhead: false,
      classMismatch: false,
    });
  });

  it('describes a two-class difference', () => {
    const r = layer.parseRow({ ...base, volume10kM3: '50', damHeightM: '70' }, {});
    expect(r.ok && r.props.gradeBasis).toContain('坝高 70m → 三等，相差二等取高者降低一等 → 四等');
    expect(r.ok && r.props.riskLevel).toBe('blue');
  });

  it('keeps a declared class and flags the mismatch', () => {
    const r = layer.parseRow({ ...base, volume10kM3: '1200', damHeightM: '45', declaredClass: '二等' }, {});
    expect(r.ok && r.props).toMatchObject({ declaredClass: '二等', class: '三等', classMismatch: true });
  });

  it('maps 险库 with 头顶库 是 to red', () => {
    const r = layer.parseRow({ ...base, volume10kM3: '20', damHeightM: '12', safety: '险库', overhead: '是' }, {});
    expect(r.ok && r.props).toMatchObject({ riskLevel: 'red', overhead: true, class: '五等' });
  });

  it('collects every bad value', () => {
    const r = layer.parseRow(
      { ...base, volume10kM3: '-5', damHeightM: 'abc', safety: '好', overhead: '可能', status: '运营中' },
      {},
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      {
        column: 'status',
        reason:
          '状态取值无效: "运营中"，应为 运行/停用/闭库/销号/无主 (status must be one of 运行/停用/闭库/销号/无主)',
      },
      { column: 'volume10kM3', reason: '全库容不能为负数: "-5" (volume10kM3 must not be negative)' },
      { column: 'damHeightM', reason: '坝高不是数字: "abc" (damHeightM is not a number)' },
      {
        column: 'safety',
        reason: '安全度取值无效: "好"，应为 正常库/病库/险库/危库 (safety must be one of 正常库/病库/险库/危库)',
      },
      { column: 'overhead', reason: '头顶库应为 是/否: "可能" (overhead must be 是 or 否)' },
    ]);
  });
});
