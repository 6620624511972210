import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeAdcode } from '../../src/analysis/stats/normalize-adcode';

describe('normalizeAdcode', () => {
  it.each([
    [430602, '430602'],
    ['430602', '430602'],
    [' 430602 ', '430602'],
    ['４３０６０２', '430602'],
    ['430602.0', '430602'],
    [430602.0, '430602'],
    ['43', '430000'],
    ['4306', '430600'],
    [4306, '430600'],
    ['430602001', '430602'],
    ['430602001000', '430602'],
    ['{"adcode":430600}', '430600'],
    [{ adcode: 430600 }, '430600'],
    [{ adcode: '430671' }, '430671'],
  ] as const)('%j → %s', (input, out) => {
    expect(normalizeAdcode(input)).toBe(out);
  });

  it.each([
    null,
    undefined,
    '',
    '43060A',
    '4306021',
    '43060',
    '043060',
    '000000',
    430602.5,
    -430602,
    {},
    { code: 430602 },
    '{not json',
    true,
  ])('rejects %j', (input) => {
    expect(normalizeAdcode(input)).toBeNull();
  });

  it('gives the same six digits for a code as a number, a string and a padded prefix (property test)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 110000, max: 829999 }), (n) => {
        const s = String(n);
        expect(normalizeAdcode(n)).toBe(s);
        expect(normalizeAdcode(s)).toBe(s);
        expect(normalizeAdcode(`${s}000`)).toBe(s);
        expect(normalizeAdcode(`${s}000000`)).toBe(s);
        expect(normalizeAdcode(`${s}.00`)).toBe(s);
      }),
    );
  });
});
