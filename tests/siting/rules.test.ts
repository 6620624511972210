import { describe, expect, it } from 'vitest';
import {
  applyScenario,
  DECISION_MATRIX,
  DEVELOPMENT_CATEGORIES,
  developmentSensitivity,
  evaluateRule,
  rulesForHazard,
  SENSITIVITY_LEVELS,
  SITING_RULES,
  sitingScenarioSchema,
  substanceCategoriesOf,
  VERDICTS,
  ZONES,
} from '../../src/domain/siting';

describe('rule table', () => {
  it('has unique ids, ordered zones, a source and a confidence on every row', () => {
    expect(new Set(SITING_RULES.map((r) => r.id)).size).toBe(SITING_RULES.length);
    for (const r of SITING_RULES) {
      expect(r.zones.inner).toBeGreaterThanOrEqual(0);
      expect(r.zones.inner).toBeLessThanOrEqual(r.zones.middle);
      expect(r.zones.middle).toBeLessThanOrEqual(r.zones.outer);
      expect(r.source.length).toBeGreaterThan(5);
      expect(['V', 'P', 'U']).toContain(r.confidence);
      // an unverified row says so in its own words
      if (r.confidence === 'U') expect(r.note).toMatch(/默认值|待核实/);
      for (const c of [...(r.appliesTo ?? []), ...(r.except ?? [])]) expect(DEVELOPMENT_CATEGORIES).toContain(c);
    }
  });

  it('covers every hazard-source grade and park class, the 1 km tailings rule and the pipeline bands', () => {
    for (const grade of ['一级', '二级', '三级', '四级']) {
      expect(rulesForHazard(SITING_RULES, 'hazard-sources', { grade, chemicals: '氯:12' })).toHaveLength(1);
    }
    for (const parkClass of ['A', 'B', 'C', 'D']) {
      expect(rulesForHazard(SITING_RULES, 'chemical-parks', { parkClass }).length).toBeGreaterThan(0);
    }
    const tp = rulesForHazard(SITING_RULES, 'tailings-ponds', { class: '五等' });
    expect(tp.map((r) => [r.id, r.zones.outer, r.confidence, Boolean(r.approximation)])).toEqual([
      ['tp-overhead-1km', 1000, 'V', true],
    ]);
    const pl = rulesForHazard(SITING_RULES, 'pipelines', {});
    expect(pl.map((r) => r.zones)).toEqual([
      { inner: 5, middle: 5, outer: 5 },
      { inner: 5, middle: 50, outer: 200 },
    ]);
  });

  it('adds GB 50160 rows by what the inventory holds', () => {
    expect(substanceCategoriesOf('液化石油气:60;甲醇:20')).toEqual(['液化烃', '甲乙类可燃液体'].sort());
    expect(substanceCategoriesOf('氯:12')).toEqual([]);
    const ids = rulesForHazard(SITING_RULES, 'hazard-sources', { grade: '三级', chemicals: '液化石油气:60' }).map(
      (r) => r.id,
    );
    expect(ids).toEqual(['hs-grade-3', 'gb50160-lpg-residential', 'gb50160-lpg-plant']);
  });
});

describe('decision matrix', () => {
  it('defines every cell and never relaxes towards the hazard or with more sensitivity', () => {
    const rank = (v: string) => VERDICTS.indexOf(v as (typeof VERDICTS)[number]); // 0 = most restrictive
    for (const l of SENSITIVITY_LEVELS) {
      for (let z = 0; z < ZONES.length; z++) {
        const v = DECISION_MATRIX[l][ZONES[z] as (typeof ZONES)[number]];
        expect(VERDICTS).toContain(v);
        if (z > 0)
          expect(rank(v)).toBeGreaterThanOrEqual(rank(DECISION_MATRIX[l][ZONES[z - 1] as (typeof ZONES)[number]]));
        if (l > 1) {
          const lower = DECISION_MATRIX[(l - 1) as 1 | 2 | 3][ZONES[z] as (typeof ZONES)[number]];
          expect(rank(v)).toBeLessThanOrEqual(rank(lower));
        }
      }
      expect(DECISION_MATRIX[l].outside).toBe('不反对');
    }
  });

  it('takes the boundary itself as inside the zone and reports the distance to keep', () => {
    const rule = SITING_RULES.find((r) => r.id === 'hs-grade-1');
    if (!rule) throw new Error('missing rule');
    expect(evaluateRule(rule, 300, 2, DECISION_MATRIX)).toMatchObject({
      zone: 'inner',
      verdict: '不建议',
      requiredM: 1000,
    });
    expect(evaluateRule(rule, 300.01, 2, DECISION_MATRIX)).toMatchObject({ zone: 'middle', verdict: '有条件' });
    expect(evaluateRule(rule, 10, 1, DECISION_MATRIX).requiredM).toBe(300);
    expect(evaluateRule(rule, 2500, 4, DECISION_MATRIX)).toMatchObject({
      zone: 'outside',
      verdict: '不反对',
      requiredM: 2000,
    });
  });
});

describe('sensitivity', () => {
  const level = (d: Parameters<typeof developmentSensitivity>[0]) => developmentSensitivity(d).level;
  it('maps development types and sizes to HSE-style levels from their GB 36894 class', () => {
    expect(level({ category: '工厂', people: 50 })).toBe(1);
    expect(level({ category: '工厂', people: 150 })).toBe(2);
    expect(level({ category: '居民区', dwellings: 2, people: 6 })).toBe(1);
    expect(level({ category: '居民区', dwellings: 20, people: 60 })).toBe(2);
    expect(level({ category: '居民区', dwellings: 40, people: 120 })).toBe(3);
    expect(level({ category: '学校', people: 800 })).toBe(3);
    expect(level({ category: '学校', people: 800, siteAreaHa: 2 })).toBe(4);
    expect(level({ category: '养老院', people: 80, siteAreaHa: 0.2 })).toBe(3);
    expect(level({ category: '养老院', people: 80, siteAreaHa: 0.3 })).toBe(4);
    expect(level({ category: '商场', floorAreaM2: 200 })).toBe(1);
    expect(level({ category: '商场', floorAreaM2: 3000 })).toBe(2);
    expect(level({ category: '商场', floorAreaM2: 8000 })).toBe(3);
    expect(level({ category: '体育场馆', people: 80 })).toBe(2);
    expect(level({ category: '体育场馆', people: 500 })).toBe(3);
    expect(level({ category: '体育场馆', people: 5000 })).toBe(4);
    expect(level({ category: '文物保护单位' })).toBe(3);
    expect(level({ category: '危险化学品项目', people: 30 })).toBe(1);
    expect(developmentSensitivity({ category: '学校', people: 800 }).gb36894Class).toBe('高敏感');
  });

  it('says why, and that the thresholds are defaults', () => {
    const s = developmentSensitivity({ category: '学校', people: 800 });
    expect(s.confidence).toBe('U');
    expect(s.basis.join('；')).toMatch(/用地面积未知/);
    expect(s.basis.join('；')).toMatch(/默认值，待核实/);
  });

  it('rejects an unknown type, naming the accepted ones', () => {
    expect(() => developmentSensitivity({ category: '飞船基地' })).toThrow(/学校/);
  });
});

describe('scenarios', () => {
  it('changes rows and matrix cells and lists every change', () => {
    const eff = applyScenario({
      name: 'test',
      overrides: [
        { ruleId: 'hs-grade-1', zones: { inner: 500 } },
        { ruleId: 'tp-overhead-1km', enabled: false },
        { ruleId: 'cp-B-limit-hazchem', fixed: '不建议' },
      ],
      addRules: [
        {
          id: 'plant-x-report',
          layer: 'hazard-sources',
          where: { id: ['HS-X'] },
          zones: { inner: 420, middle: 900, outer: 1300 },
          measureFrom: '评估报告',
          source: 'XX 公司外部安全防护距离评估报告（2025）',
          confidence: 'V',
          note: '',
        },
      ],
      matrix: { 1: { inner: '不反对' } },
    });
    expect(eff.adjustedRules.map((a) => a.text)).toEqual([
      'hs-grade-1 内区 300 m → 500 m',
      'tp-overhead-1km 停用',
      'cp-B-limit-hazchem 结论 有条件 → 不建议',
      '新增规则 plant-x-report（hazard-sources，420/900/1300 m）',
      '决策矩阵 1级×内区 有条件 → 不反对',
    ]);
    expect(eff.rules.find((r) => r.id === 'hs-grade-1')?.zones.inner).toBe(500);
    expect(eff.matrix[1].inner).toBe('不反对');
    expect(DECISION_MATRIX[1].inner).toBe('有条件'); // defaults untouched
    expect(SITING_RULES.find((r) => r.id === 'hs-grade-1')?.zones.inner).toBe(300);
    expect(rulesForHazard(eff.rules, 'tailings-ponds', {})).toHaveLength(0);
  });

  it('reports nothing changed for an empty scenario and rejects bad ones', () => {
    expect(applyScenario(null).adjustedRules).toEqual([]);
    expect(applyScenario({ overrides: [{ ruleId: 'hs-grade-1', zones: { inner: 300 } }] }).adjustedRules).toEqual([]);
    expect(() => applyScenario({ overrides: [{ ruleId: 'nope' }] })).toThrow(/nope/);
    expect(() => applyScenario({ overrides: [{ ruleId: 'hs-grade-4', zones: { inner: 900 } }] })).toThrow(
      /内区 ≤ 中区/,
    );
    expect(sitingScenarioSchema.safeParse({ overrides: [{ ruleId: 'x', zones: { inner: -1 } }] }).success).toBe(false);
    expect(sitingScenarioSchema.safeParse({ matrix: { 2: { inner: '有条件' } } }).success).toBe(true);
  });
});
