import area from '@turf/area';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { LAYERS, type LayerId, type RowIssue } from '../../src/domain';
import type { BuildIssue } from './build-issue';
import type { CrsName } from './crs';
import { columnLabel, type HeaderMap, mapHeaders } from './header-map';
import type { LedgerRow, LedgerTable } from './ledger-table';
import { type GeometryResult, pointOfRow, polygonOfRow } from './row-geometry';
import { compareCodeUnits, stableJsonCompact } from './stable-json';

export type BuiltFeature = Feature<Point | Polygon | MultiPolygon, Record<string, unknown>>;

export interface LayerOutcome {
  layer: LayerId;
  table: LedgerTable;
  /** accepted features, sorted by id */
  features: BuiltFeature[];
  /** rows rejected, in file order, unchanged */
  rejected: LedgerRow[];
  issues: BuildIssue[];
  /** raw 数据来源 cells of every row (the manifest's `synthetic` flag looks at them) */
  sources: string[];
}

/** The cells of a row by canonical key; a column the file lacks is undefined, an empty cell ''. */
function cellsByKey(row: LedgerRow, headers: HeaderMap): Record<string, string | undefined> {
  const raw: Record<string, string | undefined> = {};
  for (const [key, index] of headers.indexOf) raw[key] = row.cells[index] ?? '';
  return raw;
}

/** Unknown columns as a JSON object string with sorted keys; empty cells are left out (nothing to keep). */
function extraOf(row: LedgerRow, headers: HeaderMap): string {
  const extra: Record<string, string> = {};
  for (const { index, name } of headers.unknown) {
    const v = row.cells[index]?.trim() ?? '';
    if (v === '') continue;
    // Two unknown columns with one header (备注, 备注) must not overwrite each other.
    let key = name;
    for (let n = 2; key in extra; n++) key = `${name}#${n}`;
    extra[key] = v;
  }
  // Cells beyond the header row have no column name at all; keep them by position rather than drop them.
  for (let i = headers.indexOf.size + headers.unknown.length; i < row.cells.length; i++) {
    const v = row.cells[i]?.trim() ?? '';
    if (v !== '') extra[`列${i + 1}`] = v;
  }
  return stableJsonCompact(extra);
}

const KM2 = 1e6;

/**
 * Validates and converts every row of one ledger: geometry (build) + LAYERS[layer].parseRow (domain) + unique 编号.
 * A row with any problem is rejected whole; every problem becomes a `file:row:column: reason` issue.
 */
export function processLayer(layer: LayerId, table: LedgerTable, defaultCrs: CrsName): LayerOutcome {
  const def = LAYERS[layer];
  const headers = mapHeaders(table.file, table.headers, def.ledgerColumns);
  const features: BuiltFeature[] = [];
  const rejected: LedgerRow[] = [];
  const issues: BuildIssue[] = [];
  const sources: string[] = [];
  const firstRowOfId = new Map<string, number>();

  for (const row of table.rows) {
    const raw = cellsByKey(row, headers);
    if (raw.source) sources.push(raw.source);
    const rowIssues: RowIssue[] = [];
    if (row.readIssue) rowIssues.push({ column: '', reason: row.readIssue });

    const geom: GeometryResult<Point | Polygon | MultiPolygon> =
      def.geometry === 'Point'
        ? pointOfRow({ lon: raw.lon, lat: raw.lat, crs: raw.crs }, row.geometry, defaultCrs)
        : polygonOfRow({ geometry: raw.geometry, crs: raw.crs }, row.geometry, defaultCrs);
    if (!geom.ok) rowIssues.push(...geom.issues);

    // km² to 6 decimals (1 m²): enough for the 20 % area check, and stable across platforms' last-bit differences.
    const geomAreaKm2 =
      geom.ok && def.geometry === 'Polygon' ? Number((area(geom.geometry) / KM2).toFixed(6)) : undefined;
    const parsed = def.parseRow(raw, geomAreaKm2 === undefined ? {} : { geomAreaKm2 });
    if (!parsed.ok) {
      // Without a geometry the domain cannot measure a park; that is already reported against 几何.
      const dup = (i: RowIssue) => i.column === 'geometry' && rowIssues.some((g) => g.column === 'geometry');
      rowIssues.push(...parsed.issues.filter((i) => !dup(i)));
    }

    const id = raw.id?.trim();
    if (id) {
      const first = firstRowOfId.get(id);
      if (first === undefined) firstRowOfId.set(id, row.rowNumber);
      else
        rowIssues.push({
          column: 'id',
          reason: `编号 "${id}" 重复，首次出现在第 ${first} 行 (duplicate id "${id}", first at row ${first})`,
        });
    }

    if (rowIssues.length > 0 || !parsed.ok || !geom.ok) {
      if (rowIssues.length === 0) throw new Error(`${table.file}:${row.rowNumber}: rejected without a reason`);
      rejected.push(row);
      for (const i of rowIssues) {
        issues.push({
          file: table.file,
          row: row.rowNumber,
          column: i.column ? columnLabel(headers, i.column) : '',
          reason: i.reason,
        });
      }
      continue;
    }
    features.push({
      type: 'Feature',
      geometry: geom.geometry,
      properties: { ...parsed.props, extra: extraOf(row, headers) },
    });
  }

  // No row is ever lost without a trace (data-contract.md): accepted + rejected = rows read.
  if (features.length + rejected.length !== table.rows.length) {
    throw new Error(
      `${table.file}: ${features.length} accepted + ${rejected.length} rejected ≠ ${table.rows.length} rows`,
    );
  }
  features.sort((a, b) => compareCodeUnits(String(a.properties.id), String(b.properties.id)));
  return { layer, table, features, rejected, issues, sources };
}
