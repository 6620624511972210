import Papa from 'papaparse';
import type { Sheet, SheetData } from 'write-excel-file/browser';
import { type CensusResult, censusCsv } from '../../analysis/siting';
import { layerZh } from '../../analysis/siting/layer-names';
import type { CensusScope } from './census-scope';

/**
 * Census exports. The CSV is the engine's own (`censusCsv`, the same file `npm run census` writes); the XLSX
 * workbook's first sheet is that CSV cell for cell (numbers as numbers), so the two can never disagree, plus the
 * relocation candidates and a sheet that says what data and rules the census ran on.
 */

export interface CensusMeta {
  dataVersion: string | null;
  synthetic: boolean;
  /** `YYYY-MM-DD` */
  date: string;
  /** what the census covered, in words (scopeText) */
  scope: string;
}

// columns of censusCsv that hold numbers (its header is `中文 [key]`)
const NUMERIC = new Set(['people', 'level', 'requiredM', 'actualM']);

export function censusSheets(result: CensusResult, meta: CensusMeta): Sheet<never>[] {
  const rows = Papa.parse<string[]>(censusCsv(result).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const header = rows[0] ?? [];
  const keys = header.map((h) => /\[(\w+)\]$/.exec(h)?.[1] ?? h);
  const violations: SheetData = rows.map((r, i) =>
    r.map((cell, c) => {
      if (i === 0) return { value: cell, fontWeight: 'bold' as const };
      if (NUMERIC.has(keys[c] ?? '') && cell !== '' && Number.isFinite(Number(cell))) return { value: Number(cell) };
      return cell === '' ? null : { value: cell };
    }),
  );
  const relocation: SheetData = [
    [
      '排名',
      '危险源编号',
      '危险源名称',
      '图层',
      '等级',
      '不建议(对)',
      '有条件(对)',
      '不建议涉及人数',
      '最小实际/要求距离比',
    ].map((value) => ({ value, fontWeight: 'bold' as const })),
    ...result.relocation.map((c) => [
      { value: c.rank },
      { value: c.hazardId },
      { value: c.hazardName },
      { value: layerZh(c.layer) },
      c.grade === null ? null : { value: c.grade },
      { value: c.advisedAgainst },
      { value: c.conditional },
      { value: c.peopleAdvisedAgainst },
      c.worstRatio === null ? null : { value: c.worstRatio },
    ]),
  ];
  const s = result.summary;
  const notes: SheetData = [
    ['防护距离普查', ''],
    ['日期', meta.date],
    ['数据版本', meta.dataVersion ?? '—'],
    ['数据性质', meta.synthetic ? '示例数据（模拟）' : '台账数据'],
    ['范围', meta.scope],
    ['危险源', String(s.hazards)],
    ['已关闭/销号未计', String(s.inactiveSkipped)],
    ['防护目标', String(s.targets)],
    ['违规对', String(s.violations)],
    ['不建议', String(s.advisedAgainst)],
    ['有条件', String(s.conditional)],
    ['依据默认值/待核实规则的违规对', String(s.onUnverifiedRules)],
    ['已调整规则', result.adjusted ? result.adjustedRules.map((a) => a.text).join('；') : '无'],
    ['可信度', 'V 已核实 · P 数值待核实 · U 默认值，待核实'],
  ].map((r) => r.map((value) => ({ value })));
  return [
    { data: violations, sheet: '违规对' },
    { data: relocation, sheet: '搬迁候选' },
    { data: notes, sheet: '说明' },
  ];
}

/** The workbook as a Blob; write-excel-file is loaded on first use only. */
export async function censusXlsxBlob(result: CensusResult, meta: CensusMeta): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  return writeXlsxFile(censusSheets(result, meta)).toBlob();
}

/** The census's scope for the workbook (census-scope.ts): the loaded data, or the view's box and the reach. */
export function scopeText(scope: CensusScope, reachM: number): string {
  if (scope.kind !== 'view') return '已加载的全部数据';
  const [w, s, e, n] = scope.view.map((v) => v.toFixed(5));
  return `视野内的危险源（经度 ${w}–${e}，纬度 ${s}–${n}），对其 ${reachM} m 内的全部防护目标`;
}

export const censusCsvText = (result: CensusResult): string => censusCsv(result);

/** Today as `YYYY-MM-DD` in the browser's time zone (dates on exports and the report). */
export const today = (): string => {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};
