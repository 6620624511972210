export type PositionProblem = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

export type PositionAnswer = { ok: true; lon: number; lat: number } | { ok: false; problem: PositionProblem };

/**
 * The browser's position, asked once (navigator.geolocation). Every failure is an answer, not an exception:
 * denial, no fix, time-out and a browser without geolocation each get their own message. The position never
 * leaves the page; it is only used to compute the summary here.
 */
export function requestPosition(
  geo: Geolocation | undefined = globalThis.navigator?.geolocation,
): Promise<PositionAnswer> {
  if (!geo) return Promise.resolve({ ok: false, problem: 'unsupported' });
  return new Promise((resolve) => {
    geo.getCurrentPosition(
      (pos) => resolve({ ok: true, lon: pos.coords.longitude, lat: pos.coords.latitude }),
      (err) => {
        const problem: PositionProblem =
          err.code === err.PERMISSION_DENIED ? 'denied' : err.code === err.TIMEOUT ? 'timeout' : 'unavailable';
        resolve({ ok: false, problem });
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
    );
  });
}
