import * as geodesicModule from 'geographiclib-geodesic';

// The package is a UMD bundle: Node's ESM loader exposes it only as `default`, Vite's interop also as named
// exports (same pattern as src/analysis/geodesic-distance.ts).
const lib = (geodesicModule as unknown as { default?: typeof geodesicModule }).default ?? geodesicModule;

/** GeographicLib's WGS84 ellipsoid (Karney's algorithms: Inverse accurate to ~15 nm). */
export const WGS84 = lib.Geodesic.WGS84;

/** Output/capability masks of geographiclib. */
export const GEO = {
  DISTANCE: lib.Geodesic.DISTANCE,
  AZIMUTH: lib.Geodesic.AZIMUTH,
  LATITUDE: lib.Geodesic.LATITUDE,
  LONGITUDE: lib.Geodesic.LONGITUDE,
  DISTANCE_IN: lib.Geodesic.DISTANCE_IN,
  STANDARD: lib.Geodesic.STANDARD,
  AREA: lib.Geodesic.AREA,
} as const;
