/** ERG2020 data (Table 1, Table 3, orange guides), substance lookup and distance selection (standards.md §13). */
export * from './guide-materials';
export * from './guides';
export * from './lookup-substance';
export * from './select-distances';
export * from './table1';
export * from './table3';
export * from './types';
export * from './wind-class';
