import { describe, expect, it } from 'vitest';
import {
  ERG_EDITION,
  ERG2020_GUIDE_MATERIALS,
  ERG2020_GUIDES,
  ERG2020_SUBSTANCES,
  ERG2020_TABLE1,
  ERG2020_TABLE3,
  guideKey,
  lookupErgSubstance,
  windClassOf,
} from '../../src/domain/erg';
import { casNumbersOf, GB18218_2018_TABLE1 } from '../../src/domain/gb18218/table1';

const row1 = (un: number, when?: 'land' | 'water') =>
  ERG2020_TABLE1.find((r) => r.un === un && (when === undefined || r.when === when));
const row3 = (un: number, container: string) => ERG2020_TABLE3.find((r) => r.un === un && r.container === container);

describe('ERG2020 Table 1 data', () => {
  // Values copied by hand from standards.md §13.3 (ERG2020 V1 pp. 296–343).
  it.each([
    [1017, { isoM: 60, dayKm: 0.3, nightKm: 1.4 }, 'TABLE3'],
    [1005, { isoM: 30, dayKm: 0.1, nightKm: 0.2 }, 'TABLE3'],
    [1053, { isoM: 30, dayKm: 0.1, nightKm: 0.5 }, { isoM: 400, dayKm: 2.2, nightKm: 6.3 }],
    [1076, { isoM: 100, dayKm: 0.6, nightKm: 2.4 }, { isoM: 500, dayKm: 2.9, nightKm: 9.2 }],
    [2188, { isoM: 150, dayKm: 1.0, nightKm: 3.8 }, { isoM: 1000, dayKm: 5.7, nightKm: 10.1 }],
    [1744, { isoM: 60, dayKm: 0.8, nightKm: 2.3 }, { isoM: 300, dayKm: 3.8, nightKm: 7.5 }],
    [2032, { isoM: 30, dayKm: 0.1, nightKm: 0.1 }, { isoM: 150, dayKm: 0.3, nightKm: 0.5 }],
  ])('UN%i matches the verified row', (un, small, large) => {
    const r = row1(un);
    expect(r?.small).toEqual(small);
    expect(r?.large).toEqual(large);
  });

  it('marks the "11.0+" entries', () => {
    expect(row1(2480)?.large).toEqual({ isoM: 1000, dayKm: 11, nightKm: 11, dayPlus: true, nightPlus: true });
    expect(row1(1589)?.large).toEqual({ isoM: 1000, dayKm: 9.7, nightKm: 11, nightPlus: true });
    expect(row1(2202)?.large).toEqual({ isoM: 1000, dayKm: 10.7, nightKm: 11, nightPlus: true });
  });

  it('keeps land and water rows apart', () => {
    expect(row1(1809, 'land')?.large).toEqual({ isoM: 100, dayKm: 1.0, nightKm: 2.1 });
    expect(row1(1809, 'water')?.large).toEqual({ isoM: 60, dayKm: 0.7, nightKm: 2.4 });
  });

  it('cites edition and page on every row, and every guide exists', () => {
    for (const r of [...ERG2020_TABLE1, ...ERG2020_TABLE3, ...ERG2020_GUIDE_MATERIALS]) {
      expect(r.ref.edition).toBe(ERG_EDITION);
      expect(r.ref.page).toMatch(/^pp?\. \d/);
    }
    for (const s of ERG2020_SUBSTANCES) expect(ERG2020_GUIDES[guideKey(s.guide)], s.key).toBeDefined();
  });

  it('has Table 3 rows exactly for the materials whose large spill says "Table 3"', () => {
    const fromTable1 = new Set(ERG2020_TABLE1.filter((r) => r.large === 'TABLE3').map((r) => r.un));
    const fromTable3 = new Set(ERG2020_TABLE3.map((r) => r.un));
    expect([...fromTable1].sort()).toEqual([...fromTable3].sort());
    expect([...fromTable3].sort()).toEqual([1005, 1017, 1040, 1050, 1052, 1079]);
  });
});

describe('ERG2020 Table 3 and guides', () => {
  it('matches hand-copied Table 3 cells (standards §13.4)', () => {
    expect(row3(1017, 'railTankCar')).toMatchObject({ isoM: 1000, day: [10.1, 6.8, 5.3], night: [11, 9.2, 6.9] });
    expect(row3(1079, 'highwayTank')).toMatchObject({ isoM: 1000, day: [11, 6.2, 5.3], night: [11, 8.2, 6.2] });
    expect(row3(1005, 'agriculturalNurseTank')).toMatchObject({
      isoM: 60,
      day: [0.5, 0.3, 0.3],
      night: [1.4, 0.3, 0.3],
    });
    expect(ERG2020_TABLE3).toHaveLength(22);
  });

  it('matches hand-copied orange-guide distances (standards §13.5)', () => {
    expect(ERG2020_GUIDES['128']).toMatchObject({ isoLiquidM: 50, largeSpillM: 300, fireIsolateM: 800 });
    expect(ERG2020_GUIDES['115']).toMatchObject({ isoLiquidM: 100, largeSpillM: 800, fireIsolateM: 1600 });
    expect(ERG2020_GUIDES['131']).toMatchObject({ isoLiquidM: 50, largeSpillM: null, fireIsolateM: 800 });
    expect(ERG2020_GUIDES['112']).toMatchObject({ isoLiquidM: 500, largeSpillM: 800, largeSpillAllDirections: true });
    expect(ERG2020_GUIDES['140']).toMatchObject({ isoLiquidM: 50, isoSolidM: 25, largeSpillM: 100 });
    const allDirections = Object.entries(ERG2020_GUIDES)
      .filter(([, g]) => g.largeSpillAllDirections)
      .map(([k]) => k);
    expect(allDirections).toEqual(['112', '113', '114', '145', '146', '148', '149', '150']);
  });

  it('classes wind per ERG2020 p. 350 (<10, 10–20, >20 km/h)', () => {
    expect(windClassOf(0)).toBe('low');
    expect(windClassOf(2.7)).toBe('low'); // 9.72 km/h
    expect(windClassOf(2.8)).toBe('moderate'); // 10.08 km/h
    expect(windClassOf(5.5)).toBe('moderate'); // 19.8 km/h
    expect(windClassOf(5.6)).toBe('high'); // 20.16 km/h
    expect(() => windClassOf(-1)).toThrow();
  });
});

describe('lookupErgSubstance', () => {
  it.each([
    ['液氯', 'UN1017'],
    ['氯气', 'UN1017'],
    ['Chlorine', 'UN1017'],
    ['UN1017', 'UN1017'],
    ['un 1017', 'UN1017'],
    ['1017', 'UN1017'],
    ['7782-50-5', 'UN1017'],
    ['液氨', 'UN1005'],
    ['７６６４－４１－７', 'UN1005'],
    ['光气', 'UN1076'],
    ['氯化氢', 'UN1050'],
    ['氯化氢（无水）', 'UN1050'],
    ['hydrogen sulphide', 'UN1053'],
    ['汽油', 'UN1203'],
    ['乙醇汽油', 'UN1203'],
    ['甲醇', 'UN1230'],
    ['木精', 'UN1230'],
    ['液化石油气', 'UN1075'],
    ['丙烷', 'UN1978'],
    ['74-98-6', 'UN1978'],
    ['68476-85-7', 'UN1075'],
    ['天然气', 'UN1971'],
    ['LNG', 'UN1972'],
    ['电石', 'UN1402'],
    ['TNT', 'GB35'],
    ['发烟硝酸', 'UN2032'],
    ['硝酸', 'UN2031'],
    ['煤气', 'UN1016'],
  ])('%s → %s', (text, key) => {
    expect(lookupErgSubstance(text)?.key).toBe(key);
  });

  it('returns undefined for substances the data does not cover', () => {
    expect(lookupErgSubstance('甲醛')).toBeUndefined();
    expect(lookupErgSubstance('环氧氯丙烷')).toBeUndefined();
    expect(lookupErgSubstance('UN9999')).toBeUndefined();
    expect(lookupErgSubstance('')).toBeUndefined();
  });

  it('every own name resolves to its own substance', () => {
    for (const s of ERG2020_SUBSTANCES) {
      expect(lookupErgSubstance(s.nameZh)?.key, s.nameZh).toBe(s.key);
      if (s.un !== null) expect(lookupErgSubstance(`UN${s.un}`)?.key).toBe(s.key);
    }
  });

  it('covers at least 30 GB 18218-2018 表1 toxic and flammable substances, reachable by GB name and CAS', () => {
    const gbNos = new Set(ERG2020_SUBSTANCES.map((s) => s.gb18218No).filter((n): n is number => n !== null));
    expect(gbNos.size).toBeGreaterThanOrEqual(30);
    const toxicInTable1 = new Set(
      ERG2020_SUBSTANCES.filter((s) => s.table1.length > 0 && s.gb18218No !== null).map((s) => s.gb18218No),
    );
    expect(toxicInTable1.size).toBeGreaterThanOrEqual(29);
    for (const no of gbNos) {
      const gb = GB18218_2018_TABLE1.find((r) => r.no === no);
      expect(gb, `GB 18218 row ${no}`).toBeDefined();
      if (!gb) continue;
      expect(lookupErgSubstance(gb.name)?.gb18218No, gb.name).toBe(no);
      for (const cas of casNumbersOf(gb)) expect(lookupErgSubstance(cas)?.gb18218No, cas).toBe(no);
    }
  });
});
