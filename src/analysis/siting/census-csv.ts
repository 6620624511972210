import { ZONE_ZH } from '../../domain/siting';
import { layerZh } from './layer-names';
import type { CensusResult } from './protective-distance-census';

const COLUMNS = [
  ['危险源编号', 'hazardId'],
  ['危险源名称', 'hazardName'],
  ['图层', 'layer'],
  ['等级', 'grade'],
  ['防护目标编号', 'targetId'],
  ['防护目标名称', 'targetName'],
  ['类别', 'category'],
  ['GB36894类别', 'gb36894Class'],
  ['敏感度', 'level'],
  ['人数', 'people'],
  ['分区', 'zone'],
  ['结论', 'verdict'],
  ['要求距离(m)', 'requiredM'],
  ['实际距离(m)', 'actualM'],
  ['规则', 'ruleId'],
  ['依据', 'source'],
  ['可信度', 'confidence'],
  ['近似说明', 'approximation'],
] as const;

const quote = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * The census violations as CSV text for Excel: UTF-8 with BOM, CRLF, headers `中文 [key]` like the ledgers,
 * one row per hazard–target pair, rule confidence in its own column (U = 默认值，待核实).
 *
 * @example censusCsv(result).startsWith('\uFEFF危险源编号 [hazardId],') // true
 */
export function censusCsv(result: CensusResult): string {
  const lines = [COLUMNS.map(([zh, key]) => `${zh} [${key}]`).join(',')];
  for (const v of result.violations) {
    const cells = COLUMNS.map(([, key]) => {
      if (key === 'layer') return layerZh(v.layer);
      if (key === 'zone') return ZONE_ZH[v.zone];
      return v[key];
    });
    lines.push(cells.map(quote).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
