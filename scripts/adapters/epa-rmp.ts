/**
 * EPA RMP facilities → a hazard-sources ledger, built with the same pipeline as any ledger.
 *
 * Data: EPA RMP data via the Data Liberation Project (github.com/data-liberation-project/epa-rmp-spreadsheets),
 * licensed CC BY-SA 4.0; derivatives of the data stay CC BY-SA 4.0. See ../shared/data-sources/SOURCES.md.
 *
 *   npx tsx scripts/adapters/epa-rmp.ts [--source facilities.csv] --out DIR
 *
 * Mapping: 编号 = EPAFacilityID, 名称 = Name, 企业名称 = owner (or operator), 经度/纬度 = Lng/Lat with
 * 坐标系 = WGS84, 状态 = 已关闭 when deregistered else 在役, 更新日期 = LatestValidationDate, 危险化学品 from
 * ChemicalsInLatest (`Ammonia (anhydrous) {62000}`: pounds in braces → tonnes, names → GB 18218 via
 * epa-rmp-chemicals.ts; unmapped names are kept in English so the domain rejects the row naming them).
 * 500米内人数 = 0: RMP has no head count within 500 m, so α is the table's lowest and the grade is a lower bound.
 * State, city, county FIPS, NAICS and the original chemical list go to `extra` (internal build only).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import type { BuildIssue } from '../lib/build-issue';
import { type BuildIo, type BuildResult, runBuild } from '../lib/run-build';
import { findRmpChemical } from './epa-rmp-chemicals';

export const RMP_FACILITIES = resolve(
  import.meta.dirname,
  '../../../shared/data-sources/epa-rmp/facilities-added-2023-2025.csv',
);
export const RMP_SOURCE = 'EPA RMP via Data Liberation Project (CC BY-SA 4.0)';

/** Avoirdupois pound, exact by definition (kg). */
const KG_PER_LB = 0.45359237;

const LEDGER_HEADERS = [
  '编号 [id]',
  '名称 [name]',
  '企业名称 [enterprise]',
  '经度 [lon]',
  '纬度 [lat]',
  '坐标系 [crs]',
  '危险化学品 [chemicals]',
  '500米内人数 [people500m]',
  '状态 [status]',
  '数据来源 [source]',
  '更新日期 [updated]',
  'State',
  'City',
  'CountyFIPS',
  'NAICS',
  'RMP chemicals',
  'RMP accidents (5 y)',
] as const;

/** `Ammonia (anhydrous) {62000} • Chlorine {4000}` → [{ name, pounds }] (pounds null when not a number). */
export function splitRmpChemicals(text: string): { name: string; pounds: number | null }[] {
  return text
    .split(' • ')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const m = /^(.*?)\s*\{([^}]*)\}$/.exec(part);
      const name = (m?.[1] ?? part).trim();
      const pounds = m && /^\d+(\.\d+)?$/.test(m[2] ?? '') ? Number(m[2]) : null;
      return { name, pounds };
    });
}

/** Pounds → tonnes, 6 significant digits (a quantity never rounds to 0). */
export const poundsToTonnes = (lb: number): number => Number(((lb * KG_PER_LB) / 1000).toPrecision(6));

/** One 危险化学品 entry: GB 18218 name or 表2 category when mapped, else the RMP name (rejected downstream). */
function inventoryEntry(name: string, pounds: number | null): string {
  const c = findRmpChemical(name);
  const t = pounds === null ? '' : String(poundsToTonnes(pounds));
  if (c?.table1) return `${c.table1}:${t}`;
  if (c?.category) return `类别:${c.category.symbol}:${c.category.zh}:${t}`;
  // `:` and `;` separate inventory entries; an English name never needs them.
  const plain = name.replace(/\s*\[[^\]]*\]\s*$/, '').replace(/[:;：；]/g, ' ');
  return `${plain}:${t}`;
}

/** RMP facilities CSV text → hazard-sources ledger CSV text (UTF-8, canonical `中文 [key]` headers). */
export function rmpToLedgerCsv(facilitiesCsv: string): { csv: string; rows: number } {
  const parsed = Papa.parse<Record<string, string>>(facilitiesCsv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  const rows = parsed.data.map((f) => {
    const chemicals = splitRmpChemicals(f.ChemicalsInLatest ?? '');
    return [
      f.EPAFacilityID ?? '',
      f.Name ?? '',
      f.LatestCompany1 || f.LatestOperator || '',
      f.Lng ?? '',
      f.Lat ?? '',
      'WGS84',
      chemicals.map((c) => inventoryEntry(c.name, c.pounds)).join(';'),
      '0',
      f.LatestDeregDate ? '已关闭' : '在役',
      RMP_SOURCE,
      f.LatestValidationDate ?? '',
      f.State ?? '',
      f.City ?? '',
      f.CountyFIPS ?? '',
      f.NAICSCodesInLatest ?? '',
      f.ChemicalsInLatest ?? '',
      f.NumAccidentsInLatest ?? '',
    ];
  });
  return { csv: `${Papa.unparse([[...LEDGER_HEADERS], ...rows], { newline: '\n' })}\n`, rows: rows.length };
}

/**
 * Problems grouped by column and wording: quoted values become "…" and numbers (and sums of ratios such as
 * `S = 2.268/20 + 1.8144/5 = 0.48`) become #, so a hundred unknown substances count as one reason. Most frequent first.
 */
export function tallyReasons(issues: readonly BuildIssue[]): [string, number][] {
  const tally = new Map<string, number>();
  for (const i of issues) {
    const wording = i.reason
      .replace(/"[^"]*"/g, '"…"')
      // Standard references (GB 18218-2018 4.2, 表1, Table 1) are wording, not values.
      .replace(/GB \d+(?:-\d+)?(?: \d+(?:\.\d+)*)?|(?:表|Table )\d+|\d+(?:\.\d+)?/g, (m) => (/^\d/.test(m) ? '#' : m))
      .replace(/#(?:\s*[/+]\s*#)+/g, '#');
    const k = `${i.column}: ${wording}`;
    tally.set(k, (tally.get(k) ?? 0) + 1);
  }
  return [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

export interface RmpBuild {
  result: BuildResult;
  /** folder holding the converted ledger (hazard-sources.csv) */
  ledgerDir: string;
  rows: number;
}

/** Converts the RMP file into a ledger in a temp folder and runs the standard build with --allow-invalid. */
export async function buildRmp(opts: { source?: string; outDir: string }, io?: BuildIo): Promise<RmpBuild> {
  const { csv, rows } = rmpToLedgerCsv(readFileSync(opts.source ?? RMP_FACILITIES, 'utf8'));
  const ledgerDir = mkdtempSync(join(tmpdir(), 'riskatlas-rmp-'));
  writeFileSync(join(ledgerDir, 'hazard-sources.csv'), csv);
  const result = await runBuild(
    {
      inDir: ledgerDir,
      outDir: opts.outDir,
      crs: 'WGS84',
      allowInvalid: true,
      errorsPath: join(ledgerDir, 'errors.json'),
    },
    io,
  );
  return { result, ledgerDir, rows };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { source: { type: 'string' }, out: { type: 'string' } } });
  if (!values.out) {
    console.error('usage: npx tsx scripts/adapters/epa-rmp.ts [--source facilities.csv] --out DIR');
    process.exitCode = 2;
    return;
  }
  // Row-level problems are expected here (they are the point); print the tally instead of 500 lines.
  const quiet: BuildIo = { out: (l) => console.log(l), err: () => {} };
  const opts = values.source ? { source: values.source, outDir: values.out } : { outDir: values.out };
  const { result, ledgerDir, rows } = await buildRmp(opts, quiet);
  console.log(`ledger: ${join(ledgerDir, 'hazard-sources.csv')} (${rows} facilities)`);
  console.log('problems by reason (a row may have several):');
  for (const [reason, n] of tallyReasons(result.issues)) console.log(`${String(n).padStart(5)}  ${reason}`);
  process.exitCode = result.exitCode;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
