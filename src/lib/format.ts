/** Small display formatters with no domain knowledge. Units are words supplied by the caller's dictionary. */

/** `113.1234, 29.3567`: 4 decimals (~10 m), the precision the status bar promises. */
export const formatLonLat = (lon: number, lat: number, digits = 4): string =>
  `${lon.toFixed(digits)}, ${lat.toFixed(digits)}`;

/** Up to `maxDigits` decimals, no trailing zeros, no grouping (ids and years stay readable). */
export function formatNumber(n: number, maxDigits = 3): string {
  if (!Number.isFinite(n)) return String(n);
  return String(Number(n.toFixed(maxDigits)));
}

/**
 * Distance as `{ value, unit }`: metres below 1 km (rounded to 10 m, as a straight-line figure is no better),
 * otherwise kilometres with up to 2 decimals (1 from 10 km), trailing zeros dropped (`1 公里`, `1.5 公里`).
 */
export function splitDistance(meters: number): { value: string; unit: 'm' | 'km' } {
  if (meters < 1000) return { value: String(Math.round(meters / 10) * 10), unit: 'm' };
  const km = meters / 1000;
  return { value: String(Number(km < 10 ? km.toFixed(2) : km.toFixed(1))), unit: 'km' };
}
