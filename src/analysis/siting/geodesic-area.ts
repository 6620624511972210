import type { GeometryParts } from './geometry-parts';
import { WGS84 } from './wgs84';

/**
 * Ellipsoidal area of the polygons of a geometry, in hectares (GeographicLib PolygonArea; holes subtracted);
 * null for points and lines. Used for the HSE "site > 0.25 / 1.4 ha" sensitivity rules.
 *
 * @example geodesicAreaHa(geometryParts(square100m)) // ≈ 1.0
 */
export function geodesicAreaHa(parts: GeometryParts): number | null {
  if (parts.polygons.length === 0) return null;
  let m2 = 0;
  for (const poly of parts.polygons) {
    poly.forEach((ring, i) => {
      const pa = WGS84.Polygon(false);
      const n =
        ring.length > 1 && ring[0]?.[0] === ring.at(-1)?.[0] && ring[0]?.[1] === ring.at(-1)?.[1]
          ? ring.length - 1
          : ring.length;
      for (let k = 0; k < n; k++) pa.AddPoint(ring[k]?.[1] as number, ring[k]?.[0] as number);
      // sign = true: a clockwise ring gives a negative area (not the rest of the earth); abs() for either winding
      const a = Math.abs(pa.Compute(false, true).area ?? 0);
      m2 += i === 0 ? a : -a;
    });
  }
  return Math.max(0, m2) / 10_000;
}
