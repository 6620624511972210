import * as geodesicModule from 'geographiclib-geodesic';

// geographiclib-geodesic is a UMD bundle: under Node's ESM loader only `default` is populated.
const lib = (geodesicModule as unknown as { default?: typeof geodesicModule }).default ?? geodesicModule;
export const Geodesic = lib.Geodesic;
