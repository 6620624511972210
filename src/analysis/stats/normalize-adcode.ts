/**
 * A GB/T 2260 code as the six-digit string every statistic joins on, from what files actually hold
 * (standards.md §10): DataV.GeoAtlas writes `adcode` as a string in one file and a number in the next
 * (`430602` vs `"430602"`), spreadsheets give `430602.0`, full-width digits or spaces, code tables truncate to the
 * level (`43` province, `4306` prefecture: pad with zeros), 统计用区划代码 extends to 9 or 12 digits (township,
 * village: the first six are the county), and DataV's `parent` is an object `{"adcode":430600}`.
 * Returns null for anything that is not a code, rather than guessing.
 *
 * @example normalizeAdcode(430602) // '430602'
 * @example normalizeAdcode('4306') // '430600'
 * @example normalizeAdcode('430602001000') // '430602'
 */
export function normalizeAdcode(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value <= 0) return null;
    return normalizeAdcode(String(value));
  }
  if (typeof value === 'object') {
    return 'adcode' in value ? normalizeAdcode((value as { adcode: unknown }).adcode) : null;
  }
  if (typeof value !== 'string') return null;
  let s = value.normalize('NFKC').replace(/\s+/g, '');
  if (s.startsWith('{')) {
    try {
      return normalizeAdcode(JSON.parse(s));
    } catch {
      return null;
    }
  }
  // a spreadsheet number shown as text: 430602.0 / 430602.00
  s = s.replace(/\.0+$/, '');
  if (!/^[1-9]\d*$/.test(s)) return null;
  switch (s.length) {
    case 2:
    case 4:
      return s.padEnd(6, '0');
    case 6:
      return s;
    case 9:
    case 12:
      return s.slice(0, 6);
    default:
      return null;
  }
}
