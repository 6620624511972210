// Siting check (选址), inverse check and protective-distance census: the engine half (pure, GeoJSON in).
export * from './census-csv';
export * from './check-proposed-hazard';
export * from './check-siting';
export * from './degree-box';
export * from './feature-index';
export * from './geodesic-area';
export * from './geometry-distance';
export * from './geometry-parts';
export * from './point-parts-distance';
export * from './point-segment-distance';
export * from './protective-distance-census';
export * from './types';
