import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildRmp,
  poundsToTonnes,
  RMP_FACILITIES,
  type RmpBuild,
  rmpToLedgerCsv,
  splitRmpChemicals,
  tallyReasons,
} from '../../scripts/adapters/epa-rmp';
import { RMP_CHEMICALS } from '../../scripts/adapters/epa-rmp-chemicals';
import type { BuildIssue } from '../../scripts/lib/build-issue';
import { casNumbersOf, GB18218_2018_TABLE1 } from '../../src/domain';
import { captureIo, tempDir } from './build-data-helpers';

const LEDGER_COLUMNS = new Set([
  '编号 [id]',
  '名称 [name]',
  '经度 [lon]',
  '纬度 [lat]',
  '危险化学品 [chemicals]',
  '更新日期 [updated]',
]);

describe('EPA RMP adapter', () => {
  it('splits ChemicalsInLatest and converts pounds to tonnes', () => {
    expect(splitRmpChemicals('Ammonia (anhydrous) {62000} • Isobutane  [Propane, 2-methyl] {28058}')).toEqual([
      { name: 'Ammonia (anhydrous)', pounds: 62000 },
      { name: 'Isobutane  [Propane, 2-methyl]', pounds: 28058 },
    ]);
    expect(splitRmpChemicals('')).toEqual([]);
    expect(poundsToTonnes(62000)).toBe(28.1227);
    expect(poundsToTonnes(1)).toBe(0.000453592);
  });

  it('maps only to GB 18218 表1 rows that exist, with the CAS the standard lists where it lists one', () => {
    for (const c of RMP_CHEMICALS) {
      if (!c.table1) continue;
      const row = GB18218_2018_TABLE1.find((r) => r.name === c.table1);
      expect(row, c.rmp).toBeDefined();
      const cas = row ? casNumbersOf(row) : [];
      if (cas.length > 0) expect(cas, c.rmp).toContain(c.cas);
    }
  });

  it('writes a hazard-sources ledger: WGS84, tonnes, GB 18218 names, unmapped names kept', () => {
    const { csv, rows } = rmpToLedgerCsv(readFileSync(RMP_FACILITIES, 'utf8'));
    expect(rows).toBe(571);
    const data = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    const first = data.find((r) => r['编号 [id]'] === '100000229638');
    expect(first).toMatchObject({
      '经度 [lon]': '-87.610796',
      '纬度 [lat]': '33.19819',
      '坐标系 [crs]': 'WGS84',
      '危险化学品 [chemicals]': '氨:28.1227',
      '500米内人数 [people500m]': '0',
    });
    expect(data.some((r) => r['危险化学品 [chemicals]']?.includes('Flammable Mixture:'))).toBe(true);
  });

  describe('through the standard pipeline (--allow-invalid)', () => {
    let rmp: RmpBuild;
    beforeAll(async () => {
      rmp = await buildRmp({ outDir: join(tempDir(), 'out') }, captureIo());
    });

    it('accounts for every facility: accepted + rejected = 571', () => {
      expect(rmp.result.exitCode).toBe(0);
      const layer = rmp.result.manifest?.layers['hazard-sources'];
      expect((layer?.featureCount ?? 0) + (layer?.rejected ?? 0)).toBe(571);
      expect(layer?.featureCount).toBeGreaterThan(100);
      expect(layer?.rejected).toBeGreaterThan(100);
    });

    it('gives every rejection in errors.json a reason naming a column', () => {
      const out = join(rmp.result.errorsFile ?? '');
      const errors: BuildIssue[] = JSON.parse(readFileSync(out, 'utf8'));
      const rejectedRows = new Set(errors.map((e) => e.row));
      expect(rejectedRows.size).toBe(rmp.result.manifest?.layers['hazard-sources']?.rejected);
      for (const e of errors) {
        expect(e.reason.trim()).not.toBe('');
        expect(LEDGER_COLUMNS.has(e.column) || e.column.startsWith('危险化学品'), JSON.stringify(e)).toBe(true);
      }
      const flammableMixture = errors.find((e) => e.reason.includes('"Flammable Mixture"'));
      expect(flammableMixture?.column).toBe('危险化学品 [chemicals]');
      expect(flammableMixture?.reason).toContain('未知物质');
    });

    it('tallies the reasons by wording', () => {
      const tally = tallyReasons(rmp.result.issues);
      expect(tally.reduce((n, [, c]) => n + c, 0)).toBe(rmp.result.issues.length);
      expect(tally.length).toBeLessThan(10);
      expect(tally.some(([k]) => k.includes('未知物质'))).toBe(true);
      expect(tally.some(([k]) => k.includes('不构成重大危险源'))).toBe(true);
    });
  });
});
