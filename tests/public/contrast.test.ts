import { describe, expect, it } from 'vitest';
import { RISK_LEVELS } from '../../src/domain/layer-ids';
import { PLACE_COLOUR } from '../../src/public/map/public-layers';
import { SHELTER_GREEN } from '../../src/public/map/shelter-icon';
import { contrastRatio, PUBLIC_RISK_COLOURS, textOn } from '../../src/public/theme/contrast';
import { RISK } from '../../src/theme/theme';

describe('contrast of the public site', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#FFFFFF')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#FFFFFF', '#FFFFFF')).toBe(1);
  });

  it('text on each of the four risk colours is black or white and at least 4.5:1', () => {
    for (const level of RISK_LEVELS) {
      const c = PUBLIC_RISK_COLOURS[level];
      expect(c.fill).toBe(RISK[level].fill);
      expect(['#000000', '#FFFFFF']).toContain(c.text);
      expect(contrastRatio(c.fill, c.text), level).toBeGreaterThanOrEqual(4.5);
      // and it is the better of the two
      const other = c.text === '#000000' ? '#FFFFFF' : '#000000';
      expect(contrastRatio(c.fill, c.text)).toBeGreaterThanOrEqual(contrastRatio(c.fill, other));
    }
  });

  it('picks black on the theme red, where white would be only ~4.2:1', () => {
    expect(contrastRatio(RISK.red.fill, '#FFFFFF')).toBeLessThan(4.5);
    expect(textOn(RISK.red.fill)).toBe('#000000');
    expect(textOn('#0B3D91')).toBe('#FFFFFF');
  });

  it('the shelter sign and the place marker stand out (≥ 3:1 against white, WCAG non-text contrast)', () => {
    expect(contrastRatio(SHELTER_GREEN, '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(PLACE_COLOUR, '#FFFFFF')).toBeGreaterThanOrEqual(3);
  });
});
