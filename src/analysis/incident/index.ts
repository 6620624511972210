/** Incident mode engine: ERG zones, what is inside them, responders and fire-station coverage. */
export * from './affected-in-zones';
export * from './downwind-square';
export * from './fire-coverage';
export * from './geodesic-circle';
export * from './geodesic-destination';
export * from './geodesic-polar';
export * from './incident-zones';
export * from './nearest-responders';
export * from './plain-rings';
export * from './point-in-zone';
export * from './point-index';
export * from './polygon-touches-zone';
export * from './types';
