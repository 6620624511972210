import { GEOMETRY_LEDGER_COLUMNS, resolveHeader } from '../../domain';
import type { ColumnMapping } from './types';

/** Marks a header so no ledger column claims it any more; the column is then kept as an extra attribute. */
const UNUSED = (h: string) => `${h.trim()}（未使用 unused）`;

/**
 * Headers with the user's column mapping applied, for the build's header matching: the chosen lon/lat/WKT columns
 * are renamed 经度/纬度/几何, other columns that would match those keys are renamed out of the way, and with a
 * projected CRS the 坐标系 column is set aside (its cells name geographic systems and would be misapplied).
 * Cells are never changed here, so a rejected row is still written back exactly as read.
 */
export function mappedHeaders(headers: readonly string[], mapping: ColumnMapping, projected: boolean): string[] {
  const chosen: Record<string, { header: string; zh: string }> = {
    lon: { header: mapping.lon, zh: '经度' },
    lat: { header: mapping.lat, zh: '纬度' },
    geometry: { header: mapping.geometry, zh: '几何' },
  };
  const taken = new Set<string>();
  return headers.map((h) => {
    for (const [key, c] of Object.entries(chosen)) {
      if (c.header !== '' && h === c.header && !taken.has(key)) {
        taken.add(key);
        return c.zh;
      }
    }
    const key = h.trim() ? resolveHeader(h, GEOMETRY_LEDGER_COLUMNS) : undefined;
    if (key === 'lon' || key === 'lat' || key === 'geometry') return UNUSED(h);
    if (key === 'crs' && projected) return UNUSED(h);
    return h;
  });
}
