import type { Position } from 'geojson';

const M_PER_DEG_LAT = 111_320;
const DEG = Math.PI / 180;

/**
 * Snaps a `[lon, lat]` to the centre of its cell on a grid of about `precisionM` metres, so a public point says
 * "somewhere in this square kilometre" and no more. Snapping (not a seeded jitter) because the app's source is
 * public: a jitter derived from the id could be undone, a discarded remainder cannot. The longitude step widens
 * with the cell's latitude so cells stay roughly square. Deterministic; `precisionM` 0 returns the input.
 * Largest shift: half the cell diagonal (≈ 0.71 × precisionM).
 *
 * @example snapToGrid([113.29482, 29.47413], 1000) // [113.29516, 29.47393]
 */
export function snapToGrid(p: Position, precisionM: number): Position {
  const [lon, lat] = p as [number, number];
  if (!(precisionM > 0)) return [lon, lat];
  const latStep = precisionM / M_PER_DEG_LAT;
  const cellLat = (Math.floor(lat / latStep) + 0.5) * latStep;
  const lonStep = precisionM / (M_PER_DEG_LAT * Math.cos(cellLat * DEG));
  const cellLon = (Math.floor(lon / lonStep) + 0.5) * lonStep;
  // 5 decimals (~1 m) so the file carries no spurious digits of the original position
  return [round5(cellLon), round5(cellLat)];
}

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;
