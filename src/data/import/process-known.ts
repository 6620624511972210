import type { Feature, Geometry } from 'geojson';
import { LedgerFileError } from '../../../scripts/lib/build-issue';
import { round7 } from '../../../scripts/lib/crs';
import { columnLabel, mapHeaders } from '../../../scripts/lib/header-map';
import type { LedgerRow } from '../../../scripts/lib/ledger-table';
import { processLayer } from '../../../scripts/lib/process-layer';
import { LAYERS } from '../../domain';
import type { LayerId } from '../../domain/layer-ids';
import { parseDecimal } from '../../domain/parse-number';
import { type CrsId, type GeographicCrs, geometryToWgs84, isGeographic, positionToWgs84 } from './crs';
import { geometryProblem } from './geometry-check';
import { mappedHeaders } from './rename-columns';
import { ImportFileError, type ImportIssue, type ImportOutcome, type ImportTable, type ProgressFn } from './types';

export const CHUNK_ROWS = 2000;

/**
 * Rows of a projected file rewritten for the build's reader, which takes degrees: eastings/northings become
 * WGS84 lon/lat text (7 decimals) and given geometries are reprojected. A cell that is not a number gets a row
 * issue instead. Only the copy handed to the validator changes; the table keeps what was read.
 */
function projectRows(rows: readonly LedgerRow[], lonIdx: number, latIdx: number, crs: CrsId): LedgerRow[] {
  const to = positionToWgs84(crs);
  return rows.map((row) => {
    const x = lonIdx >= 0 ? (row.cells[lonIdx] ?? '') : '';
    const y = latIdx >= 0 ? (row.cells[latIdx] ?? '') : '';
    if (x.trim() === '' && y.trim() === '') {
      // A broken geometry is left for the validator to report; a conversion that fails is this row's problem.
      if (!row.geometry || geometryProblem(row.geometry)) return row;
      try {
        return { ...row, geometry: geometryToWgs84(row.geometry, crs) };
      } catch (e) {
        const reason = `坐标转换失败 (conversion failed: ${(e as Error).message})`;
        return { ...row, readIssue: row.readIssue ? `${row.readIssue}; ${reason}` : reason };
      }
    }
    const ex = parseDecimal(x);
    const ny = parseDecimal(y);
    if (ex === null || ny === null) {
      const bad = ex === null ? x : y;
      const reason = `坐标 "${bad}" 不是数字（投影坐标，米） (coordinate "${bad}" is not a number of metres)`;
      return { ...row, readIssue: row.readIssue ? `${row.readIssue}; ${reason}` : reason };
    }
    const [lon, lat] = to([ex, ny]);
    const cells = [...row.cells];
    cells[lonIdx] = String(round7(lon));
    cells[latIdx] = String(round7(lat));
    return { ...row, cells };
  });
}

/**
 * A ledger of a built-in layer, validated exactly as the data build does (scripts/lib/process-layer.ts: the
 * layer's parseRow, geometry rules, unique 编号), then each accepted feature through the layer's propsSchema, as
 * the app checks every built feature. Runs in chunks for progress; 编号 clashes across chunks and with the data
 * already loaded are found beforehand and rejected with the same kind of message.
 */
export function processKnown(
  layer: LayerId,
  table: ImportTable,
  settings: { mapping: import('./types').ColumnMapping; crs: CrsId; existingIds?: readonly string[] },
  onProgress?: ProgressFn,
): ImportOutcome {
  const def = LAYERS[layer];
  const projected = !isGeographic(settings.crs);
  const headers = mappedHeaders(table.headers, settings.mapping, projected);
  let headerMap: ReturnType<typeof mapHeaders>;
  try {
    headerMap = mapHeaders(table.file, headers, def.ledgerColumns);
  } catch (e) {
    if (e instanceof LedgerFileError) {
      const issues = e.issues.map((i) => ({ row: i.row, column: i.column, reason: i.reason }));
      throw new ImportFileError(issues[0]?.reason ?? e.message, issues);
    }
    throw e;
  }
  const lonIdx = headers.indexOf('经度');
  const latIdx = headers.indexOf('纬度');
  const rows = projected ? projectRows(table.rows, lonIdx, latIdx, settings.crs) : table.rows;
  const defaultCrs: GeographicCrs = isGeographic(settings.crs) ? settings.crs : 'CGCS2000';

  // 编号 clashes the per-chunk validator cannot see: with loaded data, and with a row of an earlier chunk.
  const idIdx = headerMap.indexOf.get('id');
  const existing = new Set(settings.existingIds ?? []);
  const firstRowOfId = new Map<string, number>();
  const firstIndexOfId = new Map<string, number>();
  const ownReasons = new Set<string>();
  const prepared = rows.map((row, i) => {
    const id = idIdx === undefined ? '' : (row.cells[idIdx] ?? '').trim();
    if (!id) return row;
    let reason: string | null = null;
    const first = firstRowOfId.get(id);
    if (first === undefined) {
      firstRowOfId.set(id, row.rowNumber);
      firstIndexOfId.set(id, i);
      if (existing.has(id)) {
        reason = `编号 "${id}" 已存在于${def.zh}图层 (id "${id}" already exists in ${def.en})`;
      }
    } else if (Math.floor(i / CHUNK_ROWS) !== Math.floor((firstIndexOfId.get(id) ?? 0) / CHUNK_ROWS)) {
      reason = `编号 "${id}" 重复，首次出现在第 ${first} 行 (duplicate id "${id}", first at row ${first})`;
    }
    if (!reason) return row;
    ownReasons.add(reason);
    return { ...row, readIssue: row.readIssue ? `${row.readIssue}; ${reason}` : reason };
  });

  const tableForBuild = { ...table, headers, rows: prepared };
  const features: Feature<Geometry>[] = [];
  const rejected = new Set<number>();
  const issues: ImportIssue[] = [];
  const idColumn = columnLabel(headerMap, 'id');
  for (let start = 0; start < prepared.length; start += CHUNK_ROWS) {
    const chunk = prepared.slice(start, start + CHUNK_ROWS);
    const out = processLayer(layer, { ...tableForBuild, rows: chunk }, defaultCrs);
    for (const r of out.rejected) rejected.add(r.rowNumber);
    for (const i of out.issues) {
      issues.push({
        row: i.row,
        column: i.column === '' && ownReasons.has(i.reason) ? idColumn : i.column,
        reason: i.reason,
      });
    }
    for (const f of out.features) {
      const row = firstRowOfId.get(String(f.properties.id)) ?? 0;
      const parsed = def.propsSchema.safeParse(f.properties);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        rejected.add(row);
        issues.push({
          row,
          column: String(first?.path[0] ?? ''),
          reason: `属性校验失败 (properties fail the layer schema): ${first?.path.join('.') ?? ''} ${first?.message ?? ''}`,
        });
        continue;
      }
      features.push({ ...f, properties: parsed.data as unknown as Record<string, unknown> });
    }
    onProgress?.({ stage: 'validate', fraction: Math.min(1, (start + chunk.length) / Math.max(1, prepared.length)) });
  }
  issues.sort((a, b) => a.row - b.row);
  return {
    target: layer,
    features,
    rejectedRows: [...rejected].sort((a, b) => a - b),
    issues,
    rowsRead: table.rows.length,
    blankRows: table.blankRows,
  };
}
