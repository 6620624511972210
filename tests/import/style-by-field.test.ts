import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  CATEGORY_COLOURS,
  labelField,
  NUMERIC_COLOURS,
  SINGLE_COLOUR,
  styleByField,
} from '../../src/data/import/style-by-field';
import { FACETS, RISK } from '../../src/theme/theme';

const fs = (values: unknown[]): Feature[] =>
  values.map((v) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [113, 29] }, properties: { f: v } }));

describe('style by field', () => {
  it('colours categories by frequency, the rest as 其他', () => {
    const values = [...'aaabbc', ...'defghijkl'];
    const s = styleByField(fs(values), 'f');
    expect(s.kind).toBe('category');
    expect(s.classes.slice(0, 3).map((c) => [c.label, c.count])).toEqual([
      ['a', 3],
      ['b', 2],
      ['c', 1],
    ]);
    expect(s.classes.at(-1)).toMatchObject({ key: 'other', count: values.length - 3 - 2 - 1 - 5 });
    expect(s.keys.slice(0, 4)).toEqual(['c0', 'c0', 'c0', 'c1']);
  });

  it('classes numbers (text cells included) in five equal-count bins', () => {
    const s = styleByField(fs([...Array.from({ length: 20 }, (_, i) => String(i + 1)), '', 'n/a']), 'f');
    expect(s.kind).toBe('numeric');
    expect(s.classes.map((c) => c.count)).toEqual([4, 4, 4, 4, 4, 2]);
    expect(s.classes.at(-1)?.key).toBe('none');
  });

  it('uses one colour without a field, and never a risk or built-in facet colour', () => {
    expect(styleByField(fs([1, 2]), null).classes).toHaveLength(1);
    const taken = [
      ...Object.values(RISK).flatMap((r) => Object.values(r)),
      ...Object.values(FACETS).flatMap((f) => f.values.flatMap((v) => [v.fill, v.stroke])),
    ]
      .filter((v): v is string => typeof v === 'string' && v.startsWith('#'))
      .map((v) => v.toLowerCase());
    expect(taken.length).toBeGreaterThan(10);
    for (const c of [...CATEGORY_COLOURS, ...NUMERIC_COLOURS, SINGLE_COLOUR])
      expect(taken).not.toContain(c.toLowerCase());
  });

  it('names features by a name-like field', () => {
    expect(labelField(['编号', '名称'])).toBe('名称');
    expect(labelField(['code', 'x'])).toBe('code');
    expect(labelField([])).toBeNull();
  });
});
