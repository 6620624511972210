/**
 * Reads a typed coordinate pair: `113.12,29.36`, `113.12 29.36`, `113.12，29.36` (Chinese comma) or with a
 * semicolon. The documented order is longitude, latitude. The reversed order `29.36,113.12` is accepted only when
 * it is unambiguous: read as (lon, lat) it is out of range, read as (lat, lon) it is valid. When both readings are
 * valid the documented order wins. Anything else returns null (the text is then searched as a name).
 *
 * @example parseCoordinates('113.12，29.36') // { lon: 113.12, lat: 29.36 }
 * @example parseCoordinates('29.36 113.12')  // { lon: 113.12, lat: 29.36 } (113.12 cannot be a latitude)
 */
export function parseCoordinates(text: string): { lon: number; lat: number } | null {
  const m = /^\s*([+-]?\d+(?:\.\d+)?)\s*(?:[,，;；]\s*|\s+)([+-]?\d+(?:\.\d+)?)\s*$/.exec(text);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const isLonLat = (lon: number, lat: number) => Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
  if (isLonLat(a, b)) return { lon: a, lat: b };
  if (isLonLat(b, a)) return { lon: b, lat: a };
  return null;
}
