import Papa from 'papaparse';
import type { LedgerRow, LedgerTable } from './ledger-table';

export interface RejectedFile {
  name: string;
  bytes: Uint8Array;
}

const BOM = '\uFEFF';

/**
 * The rejected rows of a ledger, unchanged: the original header and cell text, so the keeper can fix them and
 * feed the file back. CSV and XLSX rows go to `<layer>.csv` (UTF-8 with BOM, CRLF: what Excel opens without
 * mojibake); GeoJSON features go back as they were into `<layer>.geojson`, since a feature is not a CSV row.
 */
export function rejectedFile(layer: string, table: LedgerTable, rows: readonly LedgerRow[]): RejectedFile {
  if (table.format === 'geojson') {
    const fc = { type: 'FeatureCollection', features: rows.map((r) => r.original) };
    return { name: `${layer}.geojson`, bytes: new TextEncoder().encode(`${JSON.stringify(fc, null, 2)}\n`) };
  }
  const csv = Papa.unparse([table.headers, ...rows.map((r) => r.cells)], { newline: '\r\n' });
  return { name: `${layer}.csv`, bytes: new TextEncoder().encode(`${BOM}${csv}\r\n`) };
}
