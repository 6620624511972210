/** Compass arithmetic of the wind control (no UI): 8 or 16 named points, snapping, keyboard steps. */

export const norm360 = (deg: number): number => ((deg % 360) + 360) % 360;

/** Index 0–15 of the nearest 16-point direction (0 = 北/N, 4 = 东/E …). */
export const nearest16 = (deg: number): number => Math.round(norm360(deg) / 22.5) % 16;

/** The nearest point of an 8- or 16-point compass, in degrees. */
export function snap(deg: number, points: 8 | 16): number {
  const step = 360 / points;
  return norm360(Math.round(norm360(deg) / step) * step);
}

/** Whether `deg` is exactly one of the compass points (so the named select can show it). */
export const isPoint = (deg: number, points: 8 | 16): boolean => Math.abs(snap(deg, points) - norm360(deg)) < 1e-9;

/**
 * The value after a key press on the dial, or null for keys it does not handle. Arrows step one compass point
 * (clockwise with → / ↑), PageUp/PageDown a quarter turn, Home north — the WAI-ARIA slider keys, adapted to a circle.
 */
export function keyStep(deg: number, key: string, points: 8 | 16): number | null {
  const step = 360 / points;
  const from = snap(deg, points);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return norm360(isPoint(deg, points) ? from + step : Math.ceil(norm360(deg) / step) * step);
    case 'ArrowLeft':
    case 'ArrowDown':
      return norm360(isPoint(deg, points) ? from - step : Math.floor(norm360(deg) / step) * step);
    case 'PageUp':
      return norm360(from + 90);
    case 'PageDown':
      return norm360(from - 90);
    case 'Home':
      return 0;
    case 'End':
      return 180;
    default:
      return null;
  }
}

/** Bearing (clockwise from north) of a point on the dial, from its offset to the dial's centre (screen y down). */
export const bearingOf = (dx: number, dy: number): number => norm360((Math.atan2(dx, -dy) * 180) / Math.PI);
