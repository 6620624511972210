import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { translate } from '../../src/i18n/use-t';
import { zh } from '../../src/i18n/zh';

describe('i18n dictionaries', () => {
  it('zh and en have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('no value is empty', () => {
    for (const dict of [zh, en] as Record<string, string>[]) {
      for (const [key, value] of Object.entries(dict)) expect(value.trim(), key).not.toBe('');
    }
  });

  it('each key uses the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) expect(names(en[key]), key).toEqual(names(zh[key]));
  });

  it('translate fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh', 'status.inView', { n: 412 })).toBe('图面要素 412');
    expect(translate('en', 'status.inView', { n: 412 })).toBe('Features in view 412');
    expect(translate('zh', 'status.inView')).toBe('图面要素 {n}');
  });
});
