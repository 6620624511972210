import { rejectedFile } from '../../../scripts/lib/rejected-file';
import { parseDecimal } from '../../domain/parse-number';
import { detectColumns, detectLayer, type LayerMatch, matchLayers } from './column-map';
import type { CrsId } from './crs';
import { type CoordinateSample, type DetectedCrs, suggestCrsFromValues } from './crs-detect';
import { detectFormat } from './detect-format';
import { processGeneric } from './process-generic';
import { processKnown } from './process-known';
import { readCsv } from './read-csv';
import { readFgbFile } from './read-fgb-file';
import { readGeojson } from './read-geojson';
import { readShapefileZip } from './read-shapefile';
import { readXlsx } from './read-xlsx';
import {
  type ColumnMapping,
  ImportFileError,
  type ImportFormat,
  type ImportOutcome,
  type ImportSettings,
  type ImportTable,
  type ImportTarget,
  type ProgressFn,
} from './types';

export interface ImportPreview {
  file: string;
  format: ImportFormat;
  encoding?: string;
  headers: string[];
  rowsRead: number;
  blankRows: number;
  /** first rows, for the mapping table */
  sample: string[][];
  /** the file names its geometry itself (GeoJSON, KML, shapefile, FlatGeobuf) */
  hasGeometry: boolean;
  declaredCrs: DetectedCrs | null;
  notes: string[];
  layerMatches: LayerMatch[];
  detected: {
    target: ImportTarget;
    mapping: ColumnMapping;
    crs: CrsId;
    /** why this CRS: declared by the file, guessed from the numbers, or the default */
    crsBasis: 'declared' | 'values' | 'default';
    crsGuess: boolean;
    /** the coordinate columns look exchanged */
    swap: boolean;
  };
}

export interface ProcessResult extends ImportOutcome {
  /** raw numbers of the mapped coordinate columns (first rows), for the location warnings */
  sample: CoordinateSample;
}

export interface ReadOptions {
  /** longitude of the loaded data, to guess a Gauss-Krüger central meridian */
  nearLon?: number;
  /** format already known (KML arrives as GeoJSON converted on the main thread) */
  format?: ImportFormat;
}

const SAMPLE_ROWS = 2000;

/** Numbers of the two mapped columns, for CRS and swap guesses. */
export function coordinateSample(table: ImportTable, mapping: ColumnMapping, limit = SAMPLE_ROWS): CoordinateSample {
  const xi = mapping.lon ? table.headers.indexOf(mapping.lon) : -1;
  const yi = mapping.lat ? table.headers.indexOf(mapping.lat) : -1;
  const xs: number[] = [];
  const ys: number[] = [];
  if (xi < 0 || yi < 0) return { xs, ys };
  for (const row of table.rows) {
    if (xs.length >= limit) break;
    const x = parseDecimal(row.cells[xi] ?? '');
    const y = parseDecimal(row.cells[yi] ?? '');
    if (x !== null && y !== null) {
      xs.push(x);
      ys.push(y);
    }
  }
  return { xs, ys };
}

/** The first rows' geometry positions (geo formats), for the same guesses. */
function geometrySample(table: ImportTable, limit = SAMPLE_ROWS): CoordinateSample {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const row of table.rows) {
    if (xs.length >= limit) break;
    let c: unknown = (row.geometry as { coordinates?: unknown } | null | undefined)?.coordinates;
    while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
    if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') {
      xs.push(c[0]);
      ys.push(c[1]);
    }
  }
  return { xs, ys };
}

/**
 * One import, start to finish, with no DOM: read a file into a table, guess layer, columns and CRS, validate with
 * the user's settings (as often as they change them), and give back the rejected rows unchanged. The worker exposes
 * an instance through comlink; tests and the no-worker fallback use it directly.
 */
export class ImportEngine {
  private table: ImportTable | null = null;

  async read(name: string, bytes: Uint8Array, opts: ReadOptions = {}, onProgress?: ProgressFn): Promise<ImportPreview> {
    this.table = null;
    onProgress?.({ stage: 'parse', fraction: 0 });
    const format = opts.format ?? detectFormat(name, bytes);
    let table: ImportTable;
    switch (format) {
      case 'csv':
        table = readCsv(name, bytes);
        break;
      case 'xlsx':
        table = await readXlsx(name, bytes);
        break;
      case 'geojson':
        table = readGeojson(name, bytes);
        break;
      case 'kml':
        table = { ...readGeojson(name, bytes, 'kml'), declaredCrs: { crs: 'WGS84', basis: 'KML' } };
        break;
      case 'shp':
        table = readShapefileZip(name, bytes);
        break;
      case 'fgb':
        table = readFgbFile(name, bytes);
        break;
      default: {
        const reason = `不支持的文件格式: ${name} (unsupported file type; use CSV, XLSX, GeoJSON, KML, zipped Shapefile or FlatGeobuf)`;
        throw new ImportFileError(reason, [{ row: 0, column: '', reason }]);
      }
    }
    this.table = table;
    onProgress?.({ stage: 'parse', fraction: 1 });

    const hasGeometry = table.format === 'geojson';
    const mapping = detectColumns(table.headers);
    // A geo file's own geometry wins over attribute columns that happen to be called x/y.
    if (hasGeometry && table.rows.some((r) => r.geometry)) {
      mapping.lon = '';
      mapping.lat = '';
    }
    const layer = detectLayer(table.headers);
    const sample = mapping.lon && mapping.lat ? coordinateSample(table, mapping) : geometrySample(table);
    const suggestion = suggestCrsFromValues(sample, opts.nearLon ?? 113);
    let crs: CrsId = 'CGCS2000';
    let crsBasis: ImportPreview['detected']['crsBasis'] = 'default';
    let crsGuess = false;
    if (table.declaredCrs) {
      crs = table.declaredCrs.crs;
      crsBasis = 'declared';
    } else if (suggestion) {
      crs = suggestion.crs;
      crsBasis = 'values';
      crsGuess = suggestion.guess === true;
    }
    return {
      file: name,
      format: table.sourceFormat,
      encoding: table.encoding,
      headers: table.headers,
      rowsRead: table.rows.length,
      blankRows: table.blankRows,
      sample: table.rows.slice(0, 5).map((r) => r.cells),
      hasGeometry,
      declaredCrs: table.declaredCrs,
      notes: table.notes,
      layerMatches: matchLayers(table.headers),
      detected: {
        target: layer ?? 'generic',
        mapping,
        crs,
        crsBasis,
        crsGuess,
        swap: Boolean(suggestion?.swap) && Boolean(mapping.lon && mapping.lat),
      },
    };
  }

  process(settings: ImportSettings, onProgress?: ProgressFn): ProcessResult {
    const table = this.table;
    if (!table) throw new Error('no file read');
    onProgress?.({ stage: 'validate', fraction: 0 });
    const outcome =
      settings.target === 'generic'
        ? processGeneric(table, settings, onProgress)
        : processKnown(settings.target, table, settings, onProgress);
    // No row is ever lost without a trace (data-contract.md): accepted + rejected = rows read.
    if (outcome.features.length + outcome.rejectedRows.length !== outcome.rowsRead) {
      throw new Error(
        `${table.file}: ${outcome.features.length} accepted + ${outcome.rejectedRows.length} rejected ≠ ${outcome.rowsRead} rows`,
      );
    }
    const sample =
      settings.mapping.lon && settings.mapping.lat ? coordinateSample(table, settings.mapping) : geometrySample(table);
    return { ...outcome, sample };
  }

  /** The rejected rows as read (CSV with the file's headers, or GeoJSON features), to fix and import again. */
  rejected(rowNumbers: readonly number[]): { name: string; bytes: Uint8Array } {
    const table = this.table;
    if (!table) throw new Error('no file read');
    const wanted = new Set(rowNumbers);
    const rows = table.rows.filter((r) => wanted.has(r.rowNumber));
    const stem = table.file.replace(/\.[^.]+$/, '') || 'import';
    return rejectedFile(`${stem}-rejected`, table, rows);
  }
}
