import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RISK_LEVEL_MAPPING,
  hazardRiskLevel,
  parkRiskLevel,
  type TailingsClassNo,
  type TailingsSafety,
  tailingsRiskLevel,
} from '../../src/domain';

describe('four colours (data-contract.md)', () => {
  it.each([
    ['一级', 'red'],
    ['二级', 'orange'],
    ['三级', 'yellow'],
    ['四级', 'blue'],
  ] as const)('hazard source %s → %s', (grade, level) => {
    expect(hazardRiskLevel(grade)).toBe(level);
  });

  it.each([
    ['A', 'red'],
    ['B', 'orange'],
    ['C', 'yellow'],
    ['D', 'blue'],
  ] as const)('chemical park %s → %s', (cls, level) => {
    expect(parkRiskLevel(cls)).toBe(level);
  });

  // red: 危库 or 险库; orange: 病库, or 头顶库 of 三等 and above; yellow: 头顶库, or 一~三等; blue: others
  it.each([
    ['危库', false, 5, 'red'],
    ['险库', false, 5, 'red'],
    ['危库', true, 1, 'red'],
    ['病库', false, 5, 'orange'],
    ['病库', true, 1, 'orange'],
    ['正常库', true, 3, 'orange'],
    ['正常库', true, 1, 'orange'],
    ['正常库', true, 4, 'yellow'],
    ['正常库', true, 5, 'yellow'],
    ['正常库', false, 1, 'yellow'],
    ['正常库', false, 3, 'yellow'],
    ['正常库', false, 4, 'blue'],
    ['正常库', false, 5, 'blue'],
  ] as const)('tailings %s, 头顶库 %s, class %i → %s', (safety, overhead, cls, level) => {
    expect(tailingsRiskLevel({ safety: safety as TailingsSafety, overhead, cls: cls as TailingsClassNo })).toBe(level);
  });

  it('takes another mapping where one is passed', () => {
    const custom = { ...DEFAULT_RISK_LEVEL_MAPPING, hazardSources: { ...DEFAULT_RISK_LEVEL_MAPPING.hazardSources } };
    custom.hazardSources.四级 = 'yellow';
    expect(hazardRiskLevel('四级', custom)).toBe('yellow');
    expect(hazardRiskLevel('四级')).toBe('blue');
  });
});
