import { describe, expect, it } from 'vitest';
import { publicEn, publicZh } from '../../src/i18n/public';
import type { PublicRiskLayer } from '../../src/public/contract';
import { publicTranslate } from '../../src/public/i18n/public-t';
import { countList, formatDistance, nearbyHeadline, ringLine } from '../../src/public/near-me/describe-nearby';
import type { NearbySummary, RingSummary } from '../../src/public/near-me/summarise-nearby';

const zh = (k: keyof typeof publicZh, v?: Record<string, string | number>) => publicTranslate('zh', k, v);
const en = (k: keyof typeof publicZh, v?: Record<string, string | number>) => publicTranslate('en', k, v);

const ring = (radiusM: number, red = 0, orange = 0, yellow = 0, blue = 0): RingSummary => ({
  radiusM,
  total: red + orange + yellow + blue,
  byLevel: { red, orange, yellow, blue },
  byLayer: { 'hazard-sources': red + orange + yellow + blue, 'tailings-ponds': 0, 'chemical-parks': 0 } as Record<
    PublicRiskLayer,
    number
  >,
});
const summary = (...rings: RingSummary[]): NearbySummary => ({ origin: [113, 29], rings, sites: [] });

describe('plain-language summary', () => {
  it('says how many sites of which level are within the smallest radius that has any', () => {
    const s = summary(ring(1000), ring(3000, 0, 2, 1), ring(5000, 1, 2, 1, 4));
    expect(nearbyHeadline(zh, s)).toBe('您周边 3 公里内有 2 处较大风险、1 处一般风险。');
    expect(nearbyHeadline(en, s)).toBe('Within 3 km of you: 2 high-risk sites, 1 moderate-risk site.');
  });

  it('says so when there is nothing within the largest radius', () => {
    const s = summary(ring(1000), ring(3000), ring(5000));
    expect(nearbyHeadline(zh, s)).toBe('您周边 5 公里内没有登记在册的重大危险源、尾矿库或化工园区。');
  });

  it('words each ring, most severe first', () => {
    expect(ringLine(zh, ring(5000, 1, 0, 0, 3))).toEqual({ label: '5 公里内', text: '1 处重大风险、3 处低风险' });
    expect(ringLine(en, ring(1000))).toEqual({ label: 'Within 1 km', text: 'no registered risk site' });
    expect(countList(en, ring(1, 0, 0, 0, 1).byLevel)).toBe('1 low-risk site');
  });

  it('formats distances as approximate metres or kilometres', () => {
    expect(formatDistance(zh, 874)).toBe('约 870 米');
    expect(formatDistance(zh, 2384)).toBe('约 2.38 公里');
    expect(formatDistance(en, 960)).toBe('about 960 m');
  });

  it('the public dictionaries have the same keys and placeholders, and no empty text', () => {
    expect(Object.keys(publicEn).sort()).toEqual(Object.keys(publicZh).sort());
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(publicZh) as (keyof typeof publicZh)[]) {
      expect(names(publicEn[k]), k).toEqual(names(publicZh[k]));
      expect(publicEn[k].trim(), k).not.toBe('');
    }
  });
});
