import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  endpointDecline,
  type IndicatorFile,
  statedRule,
  sumOfAnnualDeclines,
} from '../../src/analysis/stats/indicator-declines';
import { ROOT } from './sample-data';

const DIR = join(ROOT, 'data/indicators');
const files = Object.fromEntries(
  readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(DIR, f), 'utf8')) as IndicatorFile]),
);
const yy = files.yueyang as IndicatorFile;
const series = (file: IndicatorFile, id: string) => {
  const t = file.tables.find((x) => x.id === id);
  if (t?.kind !== 'series') throw new Error(`${id} is not a series table`);
  return t;
};
const CITE = /^\d{3}:L\d+(–\d+)?$/;

describe('data/indicators (seed indicator tables)', () => {
  it('has the five seed cities, each table and row cited by seed line', () => {
    expect(Object.keys(files).sort()).toEqual(['jiedong', 'taizhou', 'xinyang', 'yueyang', 'yuxi']);
    for (const f of Object.values(files)) {
      expect(f.seedFile).toMatch(new RegExp(`seeds/${f.seed}_`));
      for (const t of f.tables) {
        expect(t.source, t.id).toMatch(CITE);
        expect(t.source.startsWith(f.seed)).toBe(true);
        for (const r of t.rows) {
          expect(r.source, `${t.id} ${r.name}`).toMatch(CITE);
          for (const flag of ('flags' in r ? r.flags : undefined) ?? []) expect(f.flags[flag], flag).toBeDefined();
        }
        if (t.kind === 'series') for (const r of t.rows) expect(r.values).toHaveLength(t.years.length);
      }
    }
  });

  it('岳阳 十二五: the stated 累计降幅 is the sum of yearly declines (seeds §0.1 item 2), flagged, not corrected', () => {
    const t = series(yy, 'yueyang-12th-results');
    const row = (name: string) => t.rows.find((r) => r.name.startsWith(name)) ?? t.rows[0];
    const gdp = row('亿元');
    const road = row('道路');
    const water = row('水上');
    const industry = row('工矿商贸');
    if (!gdp || !road || !water || !industry) throw new Error('rows missing');
    // the seed's figures, as written
    expect([gdp.statedDecline, industry.statedDecline, road.statedDecline, water.statedDecline]).toEqual([
      165, 26, 102, 89,
    ]);
    expect(sumOfAnnualDeclines(t.years, gdp.values, gdp.base)).toBeCloseTo(165.3, 1);
    expect(endpointDecline(t.years, gdp.values, gdp.base)).toBeCloseTo(88.6, 1);
    expect(sumOfAnnualDeclines(t.years, road.values, road.base)).toBeCloseTo(101.7, 1);
    expect(endpointDecline(t.years, road.values, road.base)).toBeCloseTo(72.2, 1);
    expect(sumOfAnnualDeclines(t.years, water.values, water.base)).toBeCloseTo(89.5, 1);
    expect(endpointDecline(t.years, water.values, water.base)).toBeCloseTo(90.9, 1);
    expect(sumOfAnnualDeclines(t.years, industry.values, industry.base)).toBeCloseTo(24.9, 1);
    expect(endpointDecline(t.years, industry.values, industry.base)).toBeCloseTo(22.9, 1);
    expect([gdp, road, water].map((r) => statedRule(t.years, r))).toEqual(['annual-sum', 'annual-sum', 'annual-sum']);
    expect(statedRule(t.years, industry)).toBe('neither');
  });

  it('flags exactly the rows whose stated decline is not the change from the base year', () => {
    for (const f of Object.values(files)) {
      for (const t of f.tables) {
        if (t.kind !== 'series') continue;
        for (const r of t.rows) {
          const rule = statedRule(t.years, r);
          if (rule === null) continue;
          expect(r.flags.length > 0, `${f.city} ${r.name}: ${rule}`).toBe(rule !== 'endpoint');
        }
      }
    }
  });

  it('信阳: 3976 − 2640 is 1336, not the stated 1136, and the row is flagged (seeds §0.1 item 1)', () => {
    const t = (files.xinyang as IndicatorFile).tables.find((x) => x.kind === 'totals');
    if (t?.kind !== 'totals') throw new Error('no totals');
    const acc = t.rows[0];
    const [a, b] = acc?.values ?? [];
    expect((a ?? 0) - (b ?? 0)).toBe(1336);
    expect(acc?.statedReduction).toBe(1136);
    expect(acc?.flags).toEqual(['xinyang-1136']);
    // the stated percentage agrees with 1336, not with 1136
    expect((((a ?? 0) - (b ?? 0)) / (a ?? 1)) * 100).toBeCloseTo(33.6, 1);
    const deaths = t.rows[1];
    expect((deaths?.values[0] ?? 0) - (deaths?.values[1] ?? 0)).toBe(deaths?.statedReduction);
    expect(deaths?.flags).toEqual([]);
  });

  it('玉溪: the fire death rate keeps its anomalous % unit, flagged (seeds §0.1 item 3)', () => {
    const t = (files.yuxi as IndicatorFile).tables.find((x) => x.id === 'yuxi-2015-targets');
    if (t?.kind !== 'targets') throw new Error('no targets');
    const fire = t.rows.find((r) => r.name.startsWith('火灾'));
    expect(fire?.text).toBe('0.14%以内');
    expect(fire?.flags).toEqual(['yuxi-fire-unit']);
  });

  it('岳阳 十三五 targets are the seed’s (003:L111–117)', () => {
    const t = yy.tables.find((x) => x.id === 'yueyang-13th-targets');
    if (t?.kind !== 'targets') throw new Error('no targets');
    expect(t.rows.map((r) => r.target)).toEqual([-10, -10, -30, -19, -6, -20, 5]);
  });
});
