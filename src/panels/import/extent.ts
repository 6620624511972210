import type { Feature, Geometry } from 'geojson';
import type { BBox } from '../../data/import/location-warnings';

/** A box to fly to: at least ~2 km wide, so a single point or a tight cluster does not zoom in to street level. */
export function flyBounds(b: BBox | null, min = 0.02): BBox | null {
  if (!b) return null;
  const padX = Math.max(0, (min - (b[2] - b[0])) / 2);
  const padY = Math.max(0, (min - (b[3] - b[1])) / 2);
  return [b[0] - padX, b[1] - padY, b[2] + padX, b[3] + padY];
}

/** Bounding box of the imported features, for the fly-to after an import. */
export function extentOf(features: readonly Feature<Geometry | null>[]): BBox | null {
  let b: BBox | null = null;
  const visit = (c: unknown) => {
    if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') {
      const [x, y] = c as [number, number];
      b = b ? [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)] : [x, y, x, y];
    } else if (Array.isArray(c)) for (const x of c) visit(x);
  };
  for (const f of features) if (f.geometry && f.geometry.type !== 'GeometryCollection') visit(f.geometry.coordinates);
  return b;
}
