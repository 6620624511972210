import { describe, expect, it } from 'vitest';
import { type HazardSourceProps, LAYERS } from '../../src/domain';

const layer = LAYERS['hazard-sources'];
const row = (over: Record<string, string | undefined>) => ({ id: 'HS-1', name: '某化工储罐区', ...over });

function ok(over: Record<string, string | undefined>): Omit<HazardSourceProps, 'extra'> {
  const r = layer.parseRow(row(over), {});
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.props;
}
function issues(over: Record<string, string | undefined>) {
  const r = layer.parseRow(row(over), {});
  if (r.ok) throw new Error('expected the row to be rejected');
  return r.issues;
}

describe('hazard-sources parseRow: GB 18218-2018 grading', () => {
  it('reproduces R = 2.0 × (4×12/5 + 2×30/10) = 31.2 → 三级 from 氯 12 t, 液氨 30 t, 120 people', () => {
    // 氯 表1 Q 5, 表3 β 4; 氨 表1 Q 10, 表3 β 2; ≥100 people → 表5 α 2.0; 2.0 × (9.6 + 6) = 31.2 → 表6 三级
    const p = ok({ chemicals: '氯:12;液氨:30', people500m: '120' });
    expect(p.gradeBasis.startsWith('R = 2.0 × (4×12/5 + 2×30/10) = 31.2 → 三级（GB 18218-2018 表6）')).toBe(true);
    expect(p.gradeBasis).toContain('S = 12/5 + 30/10 = 5.4 ≥ 1');
    expect(p).toMatchObject({
      S: 5.4,
      alpha: 2,
      R: 31.2,
      grade: '三级',
      riskLevel: 'yellow',
      chemicals: '氯:12;氨:30',
    });
    expect(p.gradeMismatch).toBe(false);
  });

  // 氯: β 4, Q 5; 10 people → α 1.0, so R = 4q/5 = 0.8q
  it.each([
    ['125', 100, '一级', 'red'],
    ['124.99', 99.992, '二级', 'orange'],
    ['62.5', 50, '二级', 'orange'],
    ['62.49', 49.992, '三级', 'yellow'],
    ['12.5', 10, '三级', 'yellow'],
    ['12.49', 9.992, '四级', 'blue'],
  ])('氯 %s t with α 1.0 → R %d → %s', (q, R, grade, riskLevel) => {
    expect(ok({ chemicals: `氯:${q}`, people500m: '10' })).toMatchObject({ R, grade, riskLevel });
  });

  it('grades R exactly 10 with α 2.0 (氨 25 t: 2.0 × 2×25/10) and shows 9.996 unrounded just below', () => {
    expect(ok({ chemicals: '氨:25', people500m: '100' })).toMatchObject({ R: 10, grade: '三级' });
    const below = ok({ chemicals: '氨:24.99', people500m: '100' });
    expect(below.grade).toBe('四级');
    expect(below.gradeBasis).toContain('= 9.996 → 四级');
  });

  it('rejects S just below 1 (氯 4.99 t: S = 0.998) as not a major hazard source', () => {
    const [issue] = issues({ chemicals: '氯:4.99', people500m: '0' });
    expect(issue?.column).toBe('chemicals');
    expect(issue?.reason).toContain('S = 4.99/5 = 0.998 < 1');
  });

  it('accepts S exactly 1, also when the terms add up with floating-point noise', () => {
    expect(ok({ chemicals: '氯:2.5;氨:5', people500m: '0' }).S).toBe(1);
    // 0.7 + 0.2 + 0.1 is 0.9999999999999999 in binary floating point
    expect(ok({ chemicals: '氨:7;氯:1;氢:0.5', people500m: '0' }).S).toBe(1);
  });

  it('keeps the declared grade and flags a mismatch', () => {
    const p = ok({ chemicals: '氯:12;液氨:30', people500m: '120', declaredGrade: '二级' });
    expect(p).toMatchObject({ declaredGrade: '二级', grade: '三级', gradeMismatch: true });
    expect(p.gradeBasis).toContain('申报等级 二级 与计算结果 三级 不符');
    expect(ok({ chemicals: '氯:12', people500m: '120', declaredGrade: '三级' }).gradeMismatch).toBe(false);
  });

  it('grades category entries with 表2 Q and 表4 β', () => {
    // W5.1: Q 10, β 1.5; 0 people → α 0.5: R = 0.5 × 1.5×12/10 = 0.9
    const p = ok({ chemicals: '类别:W5.1:甲醇钠:12', people500m: '0' });
    expect(p).toMatchObject({ S: 1.2, R: 0.9, grade: '四级', chemicals: '类别:W5.1:甲醇钠:12' });
    expect(p.gradeBasis.startsWith('R = 0.5 × (1.5×12/10) = 0.9 → 四级')).toBe(true);
  });

  it('reads optional fields', () => {
    const p = ok({
      chemicals: '液化石油气:100',
      people500m: '45',
      enterprise: '某石化有限公司',
      parkId: 'P-1',
      status: '在役',
      adcode: '430602',
      updated: '2026-01-31',
    });
    // LPG Q 50, default β 1.5 (W2); α 1.2: R = 1.2 × 1.5×100/50 = 3.6
    expect(p).toMatchObject({ enterprise: '某石化有限公司', parkId: 'P-1', status: '在役', R: 3.6, alpha: 1.2 });
  });
});

describe('hazard-sources parseRow: issues', () => {
  it('collects every issue of a row, each naming its value', () => {
    const list = issues({
      chemicals: '氯化钠:3;氯:5',
      people500m: '12.5',
      declaredGrade: '五级',
      status: '运营',
      adcode: '4306',
      updated: '2026/01/31',
    });
    const byColumn = Object.fromEntries(list.map((i) => [i.column, i.reason]));
    expect(Object.keys(byColumn).sort()).toEqual(
      ['adcode', 'chemicals', 'declaredGrade', 'people500m', 'status', 'updated'].sort(),
    );
    expect(byColumn.people500m).toBe('500米内人数不是整数: "12.5" (people500m is not an integer)');
    expect(byColumn.declaredGrade).toContain('"五级"');
    expect(byColumn.status).toContain('"运营"');
    expect(byColumn.adcode).toContain('"4306"');
    expect(byColumn.updated).toContain('"2026/01/31"');
    expect(byColumn.chemicals).toContain('"氯化钠"');
  });

  it('requires id, name, chemicals and people500m', () => {
    const r = layer.parseRow({ id: ' ', name: '' }, {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.column).sort()).toEqual(['chemicals', 'id', 'name', 'people500m']);
  });

  it('rejects negative and non-numeric people counts', () => {
    expect(issues({ chemicals: '氯:12', people500m: '-3' })[0]?.reason).toBe(
      '500米内人数不能为负数: "-3" (people500m must not be negative)',
    );
    expect(issues({ chemicals: '氯:12', people500m: 'abc' })[0]?.reason).toBe(
      '500米内人数不是数字: "abc" (people500m is not a number)',
    );
  });
});
