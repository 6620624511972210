import type { AffectedRow } from './analyse-incident';

/** CSV of the affected features (one row each) for Excel: UTF-8 with BOM (Excel otherwise reads GBK), CRLF. */

const BOM = '\uFEFF';

/** RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet never runs a name as a formula. */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s) && typeof value === 'string') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface CsvLabels {
  header: [kind: string, id: string, name: string, cls: string, people: string, distance: string, zones: string];
  kind: (k: AffectedRow['kind']) => string;
  zone: (key: string) => string;
  cls: (row: AffectedRow) => string;
}

export function affectedCsv(rows: readonly AffectedRow[], labels: CsvLabels): string {
  const lines = [labels.header.map(csvCell).join(',')];
  for (const r of rows) {
    lines.push(
      [
        labels.kind(r.kind),
        r.id,
        r.name,
        labels.cls(r),
        r.kind === 'target' ? r.people : '',
        Number.isFinite(r.distanceM) ? Math.round(r.distanceM) : '',
        r.zones.map(labels.zone).join('；'),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
