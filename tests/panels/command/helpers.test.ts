import { describe, expect, it } from 'vitest';
import { affectedCsv, csvCell } from '../../../src/panels/command/affected-csv';
import type { AffectedRow } from '../../../src/panels/command/analyse-incident';
import { bearingOf, isPoint, keyStep, nearest16, snap } from '../../../src/panels/command/compass';
import { firstErgSubstance, substanceOptions } from '../../../src/panels/command/substances';

describe('compass arithmetic', () => {
  it('snaps to 8 or 16 points and names the nearest of 16', () => {
    expect(snap(37, 16)).toBe(45);
    expect(snap(30, 16)).toBe(22.5);
    expect(snap(30, 8)).toBe(45);
    expect(snap(350, 8)).toBe(0);
    expect(nearest16(-10)).toBe(0);
    expect(nearest16(200)).toBe(9);
    expect(isPoint(22.5, 16)).toBe(true);
    expect(isPoint(22.5, 8)).toBe(false);
  });

  it('steps with the keys of a slider, wrapping round north', () => {
    expect(keyStep(0, 'ArrowRight', 16)).toBe(22.5);
    expect(keyStep(0, 'ArrowUp', 8)).toBe(45);
    expect(keyStep(0, 'ArrowLeft', 16)).toBe(337.5);
    expect(keyStep(37, 'ArrowRight', 16)).toBe(45); // off-point: to the next point, not past it
    expect(keyStep(37, 'ArrowLeft', 16)).toBe(22.5);
    expect(keyStep(10, 'PageUp', 16)).toBe(90);
    expect(keyStep(10, 'PageDown', 16)).toBe(270);
    expect(keyStep(123, 'Home', 16)).toBe(0);
    expect(keyStep(0, 'x', 16)).toBeNull();
  });

  it('reads a bearing from a click offset (screen y grows downward)', () => {
    expect(bearingOf(0, -10)).toBe(0);
    expect(bearingOf(10, 0)).toBe(90);
    expect(bearingOf(0, 10)).toBe(180);
    expect(bearingOf(-10, 0)).toBe(270);
  });
});

describe('substances', () => {
  it('takes the first inventory entry the ERG2020 data covers, as written', () => {
    expect(firstErgSubstance('氯:139;氢:36')).toBe('氯');
    expect(firstErgSubstance('某不明溶剂:3;甲醇:20')).toBe('甲醇');
    expect(firstErgSubstance('7664-41-7:29')).toBe('7664-41-7');
    expect(firstErgSubstance('某不明溶剂:3')).toBeNull();
    expect(firstErgSubstance('')).toBeNull();
  });

  it('suggests GB 18218 表1 names with UN and CAS, without duplicates', () => {
    const options = substanceOptions();
    const chlorine = options.find((o) => o.value === '氯');
    expect(chlorine?.label).toContain('UN1017');
    expect(chlorine?.label).toContain('7782-50-5');
    expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
  });
});

describe('affected CSV', () => {
  const row = (over: Partial<AffectedRow>): AffectedRow => ({
    kind: 'target',
    id: 'PT-1',
    name: '云溪小学',
    cls: '高敏感',
    riskLevel: null,
    people: 800,
    distanceM: 312.4,
    zones: ['isolation', 'ring-500'],
    ...over,
  });
  const labels = {
    header: ['类型', '编号', '名称', '分类', '人数', '距离', '分区'] as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ],
    kind: (k: AffectedRow['kind']) => (k === 'target' ? '防护目标' : '危险源'),
    zone: (k: string) => ({ isolation: '初始隔离区', 'ring-500': '距离圈 500 米' })[k] ?? k,
    cls: (r: AffectedRow) => r.cls,
  };

  it('starts with a UTF-8 BOM, uses CRLF, and writes one row per feature', () => {
    const csv = affectedCsv(
      [row({}), row({ kind: 'hazard', id: 'H-1', name: '罐区', cls: '一级', people: 0 })],
      labels,
    );
    expect(csv.startsWith('\uFEFF类型,编号,名称,分类,人数,距离,分区\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe('防护目标,PT-1,云溪小学,高敏感,800,312,初始隔离区；距离圈 500 米');
    // people are a target's figure only
    expect(lines[2]).toBe('危险源,H-1,罐区,一级,,312,初始隔离区；距离圈 500 米');
  });

  it('quotes commas, quotes and newlines, and defuses spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(-5)).toBe('-5');
  });
});
