import type { WindClass } from './types';

/**
 * ERG2020 Table 3 wind class from a wind speed [V] (V1 p. 350): low < 10 km/h (< 6 mph), moderate 10–20 km/h,
 * high > 20 km/h. Input in m/s, as weather feeds give it.
 *
 * @example windClassOf(3) // 'moderate' (10.8 km/h)
 */
export function windClassOf(windSpeedMs: number): WindClass {
  if (!Number.isFinite(windSpeedMs) || windSpeedMs < 0) throw new Error('windClassOf: wind speed must be ≥ 0 m/s');
  const kmh = windSpeedMs * 3.6;
  if (kmh < 10) return 'low'; // ERG2020 Table 3 p. 350: low wind < 10 km/h [V]
  if (kmh <= 20) return 'moderate'; // ERG2020 Table 3 p. 350: moderate 10–20 km/h [V]
  return 'high'; // ERG2020 Table 3 p. 350: high > 20 km/h [V]
}
