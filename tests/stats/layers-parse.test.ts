import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../src/domain';

const danger = (over: Record<string, string>) =>
  LAYERS['hidden-dangers'].parseRow(
    {
      id: 'YH-1',
      name: '液位计失效',
      dangerLevel: '一般',
      stage: '治理',
      openedDate: '2025-03-02',
      dueDate: '2025-06-30',
      ...over,
    },
    {},
  );

describe('hidden-dangers parseRow', () => {
  it('reads level, 挂牌督办 and stage in the spellings ledgers use', () => {
    const r = danger({ dangerLevel: '重大事故隐患', supervision: '市级挂牌督办' });
    expect(r.ok && r.props).toMatchObject({ dangerLevel: '重大', supervision: '市级', stage: '治理', riskLevel: null });
    expect(danger({ supervision: '县（区）级' }).ok && danger({ supervision: '县（区）级' })).toMatchObject({
      props: { supervision: '县级' },
    });
    expect(danger({ supervision: '否' })).toMatchObject({ ok: true, props: { supervision: null } });
  });

  it('closes the loop only with 核销 and its date', () => {
    expect(danger({ stage: '核销' })).toMatchObject({ ok: false, issues: [{ column: 'closedDate' }] });
    expect(danger({ closedDate: '2025-05-01' })).toMatchObject({ ok: false, issues: [{ column: 'closedDate' }] });
    expect(danger({ stage: '核销', closedDate: '2025-05-01' }).ok).toBe(true);
  });

  it('rejects dates out of order, unknown levels and stages, naming the value', () => {
    const r = danger({ dueDate: '2025-01-01', dangerLevel: '较大', stage: '整改', supervision: '乡级' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.column).sort()).toEqual(['dangerLevel', 'dueDate', 'stage', 'supervision']);
      expect(r.issues.find((i) => i.column === 'dangerLevel')?.reason).toContain('"较大"');
    }
    expect(danger({ stage: '核销', closedDate: '2025-01-01' })).toMatchObject({ ok: false });
  });

  it('explains itself in gradeBasis (level, supervision, stage step, dates)', () => {
    const r = danger({ supervision: '省级' });
    expect(r.ok && r.props.gradeBasis).toBe(
      '台账登记：一般隐患；省级挂牌督办；治理阶段 治理（第 6/7 步：排查→登记→评估→报告→监控→治理→核销）；发现 2025-03-02；整改期限 2025-06-30',
    );
  });
});

describe('boundaries parseRow', () => {
  const area = (over: Record<string, string>) =>
    LAYERS.boundaries.parseRow({ id: '430602', name: '岳阳楼区', adcode: '430602', ...over }, { geomAreaKm2: 550 });

  it('takes the level from the code and the parent from its structure (GB/T 2260)', () => {
    expect(area({})).toMatchObject({ ok: true, props: { level: '县级', parent: '430600', approximate: false } });
    expect(area({ adcode: '430600', id: '430600', level: 'city' })).toMatchObject({
      ok: true,
      props: { level: '地级', parent: '430000' },
    });
    expect(area({ approximate: '是' })).toMatchObject({ ok: true, props: { approximate: true } });
  });

  it('requires a six-digit code and a polygon, and a level that agrees with the code', () => {
    expect(area({ adcode: '' })).toMatchObject({ ok: false, issues: [{ column: 'adcode' }] });
    expect(area({ level: '省级' })).toMatchObject({ ok: false, issues: [{ column: 'level' }] });
    expect(LAYERS.boundaries.parseRow({ id: '1', name: 'x', adcode: '430602' }, {})).toMatchObject({
      ok: false,
      issues: [{ column: 'geometry' }],
    });
  });
});
