import type { Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { type CrsName, parseCrs, toWgs84 } from './crs';
import { parseCoordinate } from './parse-coordinate';
import { parseWkt } from './parse-wkt';

/** A geometry problem, against the canonical key of the column it comes from (lon, lat, crs, geometry). */
export interface GeometryIssue {
  column: string;
  reason: string;
}

export type GeometryResult<G> = { ok: true; geometry: G } | { ok: false; issues: GeometryIssue[] };

/** The 坐标系 of a row: its own cell when filled, else the build's --crs. */
function rowCrs(crsCell: string | undefined, fallback: CrsName): { crs?: CrsName; issue?: GeometryIssue } {
  const t = crsCell?.trim();
  if (!t) return { crs: fallback };
  const crs = parseCrs(t);
  return crs
    ? { crs }
    : {
        issue: {
          column: 'crs',
          reason: `坐标系不受支持: "${t}"，应为 WGS84/CGCS2000/GCJ02/BD09 (unsupported crs "${t}")`,
        },
      };
}

/** Point from 经度/纬度 cells (decimal or DMS), or from a GeoJSON Point geometry when the ledger is GeoJSON. */
export function pointOfRow(
  cells: { lon?: string; lat?: string; crs?: string },
  given: Geometry | null | undefined,
  defaultCrs: CrsName,
): GeometryResult<Point> {
  const issues: GeometryIssue[] = [];
  const { crs, issue } = rowCrs(cells.crs, defaultCrs);
  if (issue) issues.push(issue);
  let position: Position | undefined;
  if (given && (cells.lon?.trim() ?? '') === '' && (cells.lat?.trim() ?? '') === '') {
    if (given.type !== 'Point') {
      issues.push({
        column: 'geometry',
        reason: `几何类型 ${given.type} 应为 Point (geometry ${given.type} must be a Point)`,
      });
    } else {
      const [x, y] = given.coordinates;
      const lon = parseCoordinate(String(x), 'lon');
      const lat = parseCoordinate(String(y), 'lat');
      if (!lon.ok) issues.push({ column: 'geometry', reason: lon.reason });
      if (!lat.ok) issues.push({ column: 'geometry', reason: lat.reason });
      if (lon.ok && lat.ok) position = [lon.value, lat.value];
    }
  } else {
    const lon = parseCoordinate(cells.lon ?? '', 'lon');
    const lat = parseCoordinate(cells.lat ?? '', 'lat');
    if (!lon.ok) issues.push({ column: 'lon', reason: lon.reason });
    if (!lat.ok) issues.push({ column: 'lat', reason: lat.reason });
    if (lon.ok && lat.ok) position = [lon.value, lat.value];
  }
  if (issues.length > 0 || !position || !crs) return { ok: false, issues };
  return { ok: true, geometry: toWgs84({ type: 'Point', coordinates: position }, crs) };
}

const samePosition = (a: Position | undefined, b: Position | undefined) => !!a && !!b && a[0] === b[0] && a[1] === b[1];

/** Why a polygon's rings are unusable (null when fine): closed rings of ≥ 4 finite, in-range positions. */
function ringProblem(rings: unknown): string | null {
  if (!Array.isArray(rings) || rings.length === 0) return '多边形没有环 (polygon has no rings)';
  for (const ring of rings) {
    if (!Array.isArray(ring) || ring.length < 4) return '环少于 4 个点 (a ring has fewer than 4 positions)';
    for (const p of ring as unknown[]) {
      if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number') {
        return '坐标不是数字对 (a position is not a pair of numbers)';
      }
      const [x, y] = p as number[];
      if (!Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x ?? 0) > 180 || Math.abs(y ?? 0) > 90) {
        return `坐标 [${x}, ${y}] 超出经纬度范围 (position [${x}, ${y}] is outside the lon/lat range)`;
      }
    }
    if (!samePosition(ring[0], ring[ring.length - 1])) return '环未闭合 (a ring is not closed)';
  }
  return null;
}

/** Polygon from the GeoJSON feature geometry, or from WKT in the 几何 column of a CSV/XLSX ledger. */
export function polygonOfRow(
  cells: { geometry?: string; crs?: string },
  given: Geometry | null | undefined,
  defaultCrs: CrsName,
): GeometryResult<Polygon | MultiPolygon> {
  const issues: GeometryIssue[] = [];
  const { crs, issue } = rowCrs(cells.crs, defaultCrs);
  if (issue) issues.push(issue);
  let g: Geometry | null | undefined = given;
  if (!g) {
    const wkt = cells.geometry?.trim();
    if (!wkt) {
      issues.push({ column: 'geometry', reason: '缺少多边形几何 (polygon geometry is missing)' });
      return { ok: false, issues };
    }
    const parsed = parseWkt(wkt);
    if (!parsed.ok) {
      issues.push({ column: 'geometry', reason: parsed.reason });
      return { ok: false, issues };
    }
    g = parsed.geometry;
  }
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
    issues.push({
      column: 'geometry',
      reason: `几何类型 ${g.type} 应为 Polygon/MultiPolygon (geometry ${g.type} must be a Polygon or MultiPolygon)`,
    });
    return { ok: false, issues };
  }
  const problem =
    g.type === 'Polygon'
      ? ringProblem(g.coordinates)
      : Array.isArray(g.coordinates) && g.coordinates.length > 0
        ? (g.coordinates.map(ringProblem).find((p) => p !== null) ?? null)
        : '多多边形为空 (empty MultiPolygon)';
  if (problem) issues.push({ column: 'geometry', reason: problem });
  if (issues.length > 0 || !crs) return { ok: false, issues };
  return { ok: true, geometry: toWgs84(g, crs) };
}
