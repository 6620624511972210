/**
 * What the export offers and how a file reaches the user. Kept apart from export-features.ts, whose writers
 * (XLSX, FlatGeobuf, KML) load only when the user exports something: the panels import this light module.
 */
export const EXPORT_FORMATS = ['geojson', 'csv', 'xlsx', 'kml', 'fgb'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Saves a file through the browser's download (an object URL on a temporary link); nothing leaves the machine. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Text as a UTF-8 file download (CSV, GeoJSON). */
export function downloadText(text: string, fileName: string, type = 'text/csv'): void {
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
}
