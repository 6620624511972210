import { GEOMETRY_LEDGER_COLUMNS, type LedgerColumn, resolveHeader } from '../../src/domain';
import { type BuildIssue, LedgerFileError } from './build-issue';

export interface HeaderMap {
  /** canonical key → column index in the file */
  indexOf: Map<string, number>;
  /** canonical key → header text as written in the file */
  headerOf: Map<string, string>;
  /** canonical key → canonical Chinese header (to name a column the file lacks) */
  zhOf: Map<string, string>;
  /** columns no known header matched: kept in `extra` */
  unknown: { index: number; name: string }[];
}

/**
 * Matches file headers to canonical keys with the domain's resolveHeader (`经度 [lon]`, `经度`, `lon`, any case or
 * width), over the layer's columns plus 经度/纬度/坐标系/几何. Two file columns claiming one key is a file error.
 */
export function mapHeaders(file: string, headers: readonly string[], layerColumns: readonly LedgerColumn[]): HeaderMap {
  const known = [...layerColumns, ...GEOMETRY_LEDGER_COLUMNS];
  const map: HeaderMap = {
    indexOf: new Map(),
    headerOf: new Map(),
    zhOf: new Map(known.map((c) => [c.key, c.zh])),
    unknown: [],
  };
  const issues: BuildIssue[] = [];
  headers.forEach((header, index) => {
    const key = header.trim() ? resolveHeader(header, known) : undefined;
    const c = known.find((k) => k.key === key);
    if (!c) {
      map.unknown.push({ index, name: header.trim() || `列${index + 1}` });
      return;
    }
    const first = map.headerOf.get(c.key);
    if (first !== undefined) {
      issues.push({
        file,
        row: 1,
        column: header,
        reason: `与列 "${first}" 重复，都是 ${c.zh} [${c.key}] (duplicates column "${first}": both are ${c.key})`,
      });
      return;
    }
    map.indexOf.set(c.key, index);
    map.headerOf.set(c.key, header.trim());
  });
  if (issues.length > 0) throw new LedgerFileError(issues);
  return map;
}

/** The column name for a report: the file's header if present, else the canonical Chinese header, else the key. */
export function columnLabel(map: HeaderMap, key: string): string {
  return map.headerOf.get(key) ?? map.zhOf.get(key) ?? key;
}
