import { describe, expect, it } from 'vitest';
import { LAYERS, type ParkBand, parkRiskClass } from '../../src/domain';

const layer = LAYERS['chemical-parks'];

describe('化工园区安全风险排查治理导则 (修订版) A/B/C/D', () => {
  // A < 60 ≤ B < 70 ≤ C < 85 ≤ D
  it.each([
    [0, 'A'],
    [59.99, 'A'],
    [60, 'B'],
    [69.99, 'B'],
    [70, 'C'],
    [84.99, 'C'],
    [85, 'D'],
    [100, 'D'],
  ])('score %d → %s', (score, cls) => {
    expect(parkRiskClass(score)).toBe(cls);
  });

  it('takes other bands (configurable rule set)', () => {
    const trial: ParkBand[] = [
      { cls: 'A', min: Number.NEGATIVE_INFINITY, max: 60, zh: '高', status: 'U' },
      { cls: 'B', min: 60, max: 75, zh: '较高', status: 'U' },
      { cls: 'C', min: 75, max: 90, zh: '一般', status: 'U' },
      { cls: 'D', min: 90, max: Number.POSITIVE_INFINITY, zh: '较低', status: 'U' },
    ];
    expect(parkRiskClass(72, trial)).toBe('B');
    expect(parkRiskClass(72)).toBe('C');
  });
});

describe('chemical-parks parseRow', () => {
  const base = { id: 'CP-1', name: '某化工园区', riskScore: '72.5' };

  it('grades and colours a park', () => {
    const r = layer.parseRow({ ...base, areaKm2: '9' }, { geomAreaKm2: 8.3 });
    expect(r.ok && r.props).toMatchObject({ parkClass: 'C', riskLevel: 'yellow', areaKm2: 9, geomAreaKm2: 8.3 });
    expect(r.ok && r.props.gradeBasis).toContain('安全风险评估得分 72.5 → C类 一般安全风险');
  });

  it.each([
    ['59.99', 'A', 'red'],
    ['60', 'B', 'orange'],
    ['85', 'D', 'blue'],
  ])('score %s → %s, %s', (riskScore, parkClass, riskLevel) => {
    const r = layer.parseRow({ ...base, riskScore }, { geomAreaKm2: 5 });
    expect(r.ok && r.props).toMatchObject({ parkClass, riskLevel });
  });

  it('flags a ledger area more than 20 % off the geometry, naming both', () => {
    const r = layer.parseRow({ ...base, areaKm2: '12' }, { geomAreaKm2: 8.3 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0]?.column).toBe('areaKm2');
      expect(r.issues[0]?.reason).toContain('"12"');
      expect(r.issues[0]?.reason).toContain('8.3');
    }
  });

  it('accepts exactly 20 % difference', () => {
    expect(layer.parseRow({ ...base, areaKm2: '12' }, { geomAreaKm2: 10 }).ok).toBe(true);
    expect(layer.parseRow({ ...base, areaKm2: '8' }, { geomAreaKm2: 10 }).ok).toBe(true);
  });

  it('rejects scores outside 0–100 and non-numbers', () => {
    for (const riskScore of ['100.5', '-1', '七十']) {
      const r = layer.parseRow({ ...base, riskScore }, { geomAreaKm2: 5 });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0]?.reason).toContain(`"${riskScore}"`);
    }
  });

  it('needs the geometry area from the build', () => {
    const r = layer.parseRow(base, {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.column).toBe('geometry');
  });
});
