import type { MultiPolygon, Polygon, Position } from 'geojson';

export type WktResult = { ok: true; geometry: Polygon | MultiPolygon } | { ok: false; reason: string };

/**
 * Minimal WKT reader for the `几何 [geometry]` column of polygon ledgers: POLYGON and MULTIPOLYGON only, 2D
 * (a Z or M ordinate is dropped), an optional `SRID=…;` prefix ignored. Anything else is reported, not guessed.
 */
export function parseWkt(text: string): WktResult {
  const src = text.trim().replace(/^SRID=\d+;\s*/i, '');
  const head = /^(MULTIPOLYGON|POLYGON)\s*(Z|M|ZM)?\s*/i.exec(src);
  if (!head) {
    const kind = /^[A-Za-z]+/.exec(src)?.[0];
    return {
      ok: false,
      reason: kind
        ? `几何类型 ${kind} 不受支持，只支持 POLYGON、MULTIPOLYGON (unsupported WKT type ${kind})`
        : `不是 WKT 几何: "${src.slice(0, 40)}" (not WKT)`,
    };
  }
  const multi = (head[1] ?? '').toUpperCase() === 'MULTIPOLYGON';
  let pos = head[0].length;
  const fail = (zh: string, en: string): WktResult => ({
    ok: false,
    reason: `WKT 第 ${pos + 1} 个字符处${zh} (WKT ${en} at character ${pos + 1})`,
  });

  const skipWs = () => {
    while (pos < src.length && /\s/.test(src[pos] ?? '')) pos++;
  };
  const expect = (ch: string): boolean => {
    skipWs();
    if (src[pos] !== ch) return false;
    pos++;
    return true;
  };
  // A list "( item, item, … )" parsed with `item`; null on a syntax error.
  const list = <T>(item: () => T | null): T[] | null => {
    if (!expect('(')) return null;
    const out: T[] = [];
    do {
      const v = item();
      if (v === null) return null;
      out.push(v);
    } while (expect(','));
    return expect(')') ? out : null;
  };
  const position = (): Position | null => {
    skipWs();
    const m = /^([-+]?[\d.]+(?:e[-+]?\d+)?)\s+([-+]?[\d.]+(?:e[-+]?\d+)?)(?:\s+[-+]?[\d.]+(?:e[-+]?\d+)?){0,2}/i.exec(
      src.slice(pos),
    );
    if (!m) return null;
    const x = Number(m[1]);
    const y = Number(m[2]);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
    pos += m[0].length;
    return [x, y];
  };
  const polygon = () => list(() => list(position));

  if (/^EMPTY$/i.test(src.slice(pos).trim())) return { ok: false, reason: 'WKT 几何为空 (empty WKT geometry)' };
  const coords = multi ? list(polygon) : polygon();
  if (coords === null) return fail('语法错误', 'syntax error');
  skipWs();
  if (pos !== src.length) return fail('有多余内容', 'trailing text');
  return {
    ok: true,
    geometry: multi
      ? { type: 'MultiPolygon', coordinates: coords as Position[][][] }
      : { type: 'Polygon', coordinates: coords as Position[][] },
  };
}
