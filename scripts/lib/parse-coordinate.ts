import { parseDecimal } from '../../src/domain/parse-number';

export type Axis = 'lon' | 'lat';

export type CoordinateResult = { ok: true; value: number } | { ok: false; reason: string };

const LIMIT: Record<Axis, number> = { lon: 180, lat: 90 };
const HEMISPHERES: Record<Axis, string> = { lon: 'EW', lat: 'NS' };
const AXIS_ZH: Record<Axis, string> = { lon: '经度', lat: '纬度' };

// Degrees with optional minutes and seconds: 113°05'12.3", 113°5′12.3″E, 29度22分5秒, 113°05.5'.
// Prime/double-prime look-alikes are all accepted because Word and WPS "smart quote" them.
const DMS =
  /^(\d+(?:\.\d+)?)\s*(?:°|º|度)\s*(?:(\d+(?:\.\d+)?)\s*(?:'|′|’|‘|分)\s*)?(?:(\d+(?:\.\d+)?)\s*(?:"|″|”|“|''|′′|秒)\s*)?$/;

/**
 * Parses a longitude/latitude cell: decimal degrees (`113.0861`) or DMS (`113°05'12.3"`, `113°5′12.3″E`), with an
 * optional sign, hemisphere letter (E/W, N/S, before or after) or 东经/西经/北纬/南纬 prefix, and checks the range.
 */
export function parseCoordinate(text: string, axis: Axis): CoordinateResult {
  const original = text.trim();
  if (original === '') return { ok: false, reason: `${AXIS_ZH[axis]}为空 (${axis} is required)` };
  const bad = (zh: string, en: string): CoordinateResult => ({
    ok: false,
    reason: `${AXIS_ZH[axis]} "${original}" ${zh} (${axis} "${original}" ${en})`,
  });

  // Full-width ASCII (１１３°，Ｅ) folded by hand: NFKC would also turn º into "o" and ″ into ′′.
  let t = original
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, ' ');
  let sign = 1;
  let hemisphere: string | undefined;
  const prefixZh = /^(东经|西经|北纬|南纬)\s*/.exec(t);
  if (prefixZh) {
    hemisphere = { 东经: 'E', 西经: 'W', 北纬: 'N', 南纬: 'S' }[prefixZh[1] as '东经'];
    t = t.slice(prefixZh[0].length);
  }
  const letter = /^([NSEWnsew])\s*|\s*([NSEWnsew])$/.exec(t);
  if (letter) {
    if (hemisphere) return bad('半球写了两次', 'gives the hemisphere twice');
    hemisphere = (letter[1] ?? letter[2] ?? '').toUpperCase();
    t = letter.index === 0 ? t.slice(letter[0].length) : t.slice(0, letter.index);
  }
  if (hemisphere && !HEMISPHERES[axis].includes(hemisphere)) {
    return bad(`半球 ${hemisphere} 不属于${AXIS_ZH[axis]}`, `has hemisphere ${hemisphere}, not a ${axis} hemisphere`);
  }
  if (/^[+-]/.test(t)) {
    if (hemisphere) return bad('既有正负号又有半球', 'has both a sign and a hemisphere');
    sign = t.startsWith('-') ? -1 : 1;
    t = t.slice(1).trim();
  }
  if (hemisphere === 'W' || hemisphere === 'S') sign = -1;

  let value: number;
  const dms = DMS.exec(t);
  if (dms) {
    const deg = Number(dms[1]);
    const min = dms[2] === undefined ? 0 : Number(dms[2]);
    const sec = dms[3] === undefined ? 0 : Number(dms[3]);
    if (min >= 60 || sec >= 60) return bad('分或秒不小于 60', 'has minutes or seconds ≥ 60');
    // Fractions belong on the last component only (113.5°30' is ambiguous).
    if ((dms[2] !== undefined && !Number.isInteger(deg)) || (dms[3] !== undefined && !Number.isInteger(min))) {
      return bad('只有最后一项可以带小数', 'has decimals before its last component');
    }
    value = deg + min / 60 + sec / 3600;
  } else {
    const d = /^\d/.test(t) || t.startsWith('.') ? parseDecimal(t) : null;
    if (d === null) return bad('不是十进制度或度分秒', 'is not decimal degrees or DMS');
    value = d;
  }
  value *= sign;
  if (Math.abs(value) > LIMIT[axis]) {
    return bad(`超出范围 [-${LIMIT[axis]}, ${LIMIT[axis]}]`, `is outside [-${LIMIT[axis]}, ${LIMIT[axis]}]`);
  }
  return { ok: true, value };
}
