// Siting check (选址) and protective-distance census: the domain half (rules, sensitivity, matrix).
export * from './apply-scenario';
export * from './decision-matrix';
export * from './evaluate-rule';
export * from './rule-match';
export * from './rule-table';
export * from './sensitivity';
export * from './substance-category';
export * from './types';
