import { type ErgTable3Row, ERG2020_TABLE3_REF as T3 } from './types';

/**
 * ERG2020 Table 3 — large-spill isolation and protective-action distances by container and wind, for the six
 * common TIH gases [V] (standards.md §13.4, V1 printed pp. 350–353). Distances in km as [low, moderate, high] wind;
 * 11 means "11+". UN2186 (hydrogen chloride, refrigerated liquid) shares UN1050's rows (p. 352).
 */
export const ERG2020_TABLE3: readonly ErgTable3Row[] = [
  // UN1005 ammonia, rail tank car: ERG2020 Table 3, pp. 351–353 [V]
  {
    un: 1005,
    container: 'railTankCar',
    containerLabel: 'Rail tank car',
    isoM: 300,
    day: [1.9, 1.5, 1.1],
    night: [4.5, 2.5, 1.4],
    ref: T3,
  },
  // UN1005 ammonia, highway tank truck or trailer: ERG2020 Table 3, pp. 351–353 [V]
  {
    un: 1005,
    container: 'highwayTank',
    containerLabel: 'Highway tank truck or trailer',
    isoM: 150,
    day: [0.9, 0.5, 0.4],
    night: [2.0, 0.8, 0.6],
    ref: T3,
  },
  // UN1005 ammonia, agricultural nurse tank: ERG2020 Table 3, pp. 351–353 [V]
  {
    un: 1005,
    container: 'agriculturalNurseTank',
    containerLabel: 'Agricultural nurse tank',
    isoM: 60,
    day: [0.5, 0.3, 0.3],
    night: [1.4, 0.3, 0.3],
    ref: T3,
  },
  // UN1005 ammonia, multiple small cylinders: ERG2020 Table 3, pp. 351–353 [V]
  {
    un: 1005,
    container: 'multipleSmallCylinders',
    containerLabel: 'Multiple small cylinders',
    isoM: 30,
    day: [0.3, 0.2, 0.1],
    night: [0.7, 0.3, 0.2],
    ref: T3,
  },
  // UN1017 chlorine, rail tank car: ERG2020 Table 3, pp. 351–353 [V]
  {
    un: 1017,
    container: 'railTankCar',
    containerLabel: 'Rail tank car',
    isoM: 1000,
    day: [10.1, 6.8, 5.3],
    night: [11, 9.2, 6.9],
    ref: T3,
  },
  // UN1017 chlorine, highway tank truck or trailer: ERG2020 Table 3, pp. 351–353 [V]
  {
    un: 1017,
    container: 'highwayTank',
    containerLabel: 'Highway tank truck or trailer',
    isoM: 600,
    day: [5.8, 3.4, 2.9],
    night: [6.7, 5.0, 4.1],
    ref: T3,
  },
  // UN1017 chlorine, multiple ton cylinders: ERG2020 Table 3, pp. 351–353 [V]
  {
    un: 1017,
    container: 'multipleTonCylinders',
    containerLabel: 'Multiple ton cylinders',
    isoM: 300,
    day: [2.1, 1.3, 1.0],
    night: [4.0, 2.4, 1.3],
    ref: T3,
  },
  // UN1017 chlorine, multiple small cylinders or single ton cylinder: ERG2020 Table 3, pp. 351–353 [V]
  {
    un: 1017,
    container: 'smallOrSingleTonCylinder',
    containerLabel: 'Multiple small cylinders or single ton cylinder',
    isoM: 150,
    day: [1.5, 0.8, 0.5],
    night: [2.9, 1.3, 0.6],
    ref: T3,
  },
  // UN1040 ethylene oxide, rail tank car: ERG2020 Table 3, pp. 351–353 [V]
  {
    un: 1040,
    container: 'railTankCar',
    containerLabel: 'Rail tank car',
    isoM: 200,
    day: [1.6, 0.8, 0.7],
    night: [3.3, 1.4, 0.8],
    ref: T3,
  },
  // UN1040 ethylene oxide, highway tank truck or trailer: ERG2020 Table 3, pp. 351–353 [V]
  {
    un: 1040,
    container: 'highwayTank',
    containerLabel: 'Highway tank truck or trailer',
    isoM: 100,
    day: [0.9, 0.5, 0.4],
    night: [2.0, 0.7, 0.4],
    ref: T3,
  },
  // UN1040 ethylene oxide, multiple small cylinders or single ton cylinder: ERG2020 Table 3, pp. 351–353 [V]
  {
    un: 1040,
    container: 'smallOrSingleTonCylinder',
    containerLabel: 'Multiple small cylinders or single ton cylinder',
    isoM: 30,
    day: [0.4, 0.2, 0.1],
    night: [0.9, 0.3, 0.2],
    ref: T3,
  },
  // UN1050 hydrogen chloride, rail tank car: ERG2020 Table 3, pp. 351–353 [V]
  {
    un: 1050,
    container: 'railTankCar',
    containerLabel: 'Rail tank car',
    isoM: 500,
    day: [3.9, 2.1, 1.8],
    night: [10.1, 3.5, 2.3],
    ref: T3,
  },
  // UN1050 hydrogen chloride, highway tank truck or trailer: ERG2020 Table 3, pp. 351–353 [V]
  {
    un: 1050,
    container: 'highwayTank',
    containerLabel: 'Highway tank truck or trailer',
    isoM: 200,
    day: [1.5, 0.8, 0.6],
    night: [3.9, 1.5, 0.8],
    ref: T3,
  },
  // UN1050 hydrogen chloride, multiple ton cylinders: ERG2020 Table 3, pp. 351–353 [V]
  {
    un: 1050,
    container: 'multipleTonCylinders',
    containerLabel: 'Multiple ton cylinders',
    isoM: 30,
    day: [0.4, 0.2, 0.1],
    night: [1.1, 0.3, 0.2],
    ref: T3,
  },
  // UN1050 hydrogen chloride, multiple small cylinders or single ton cylinder: ERG2020 Table 3, pp. 351–353 [V]
  {
    un: 1050,
    container: 'smallOrSingleTonCylinder',
    containerLabel: 'Multiple small cylinders or single ton cylinder',
    isoM: 30,
    day: [0.3, 0.2, 0.1],
    night: [0.9, 0.3, 0.2],
    ref: T3,
  },
  // UN1052 hydrogen fluoride, rail tank car: ERG2020 Table 3, pp. 351–353 [V]
  {
    un: 1052,
    container: 'railTankCar',
    containerLabel: 'Rail tank car',
    isoM: 500,
    day: [3.5, 2.1, 1.8],
    night: [6.6, 3.1, 2.0],
    ref: T3,
  },
  // UN1052 hydrogen fluoride, highway tank truck or trailer: ERG2020 Table 3, pp. 351–353 [V]
  {
    un: 1052,
    container: 'highwayTank',
    containerLabel: 'Highway tank truck or trailer',
    isoM: 200,
    day: [2.0, 1.0, 0.9],
    night: [3.7, 1.6, 0.9],
    ref: T3,
  },
  // UN1052 hydrogen fluoride, multiple small cylinders or single ton cylinder: ERG2020 Table 3, pp. 351–353 [V]
  {
    un: 1052,
    container: 'smallOrSingleTonCylinder',
    containerLabel: 'Multiple small cylinders or single ton cylinder',
    isoM: 100,
    day: [0.8, 0.4, 0.3],
    night: [1.7, 0.5, 0.3],
    ref: T3,
  },
  // UN1079 sulphur dioxide, rail tank car: ERG2020 Table 3, pp. 351–353 [V]
  {
    un: 1079,
    container: 'railTankCar',
    containerLabel: 'Rail tank car',
    isoM: 1000,
    day: [11, 11, 7.2],
    night: [11, 11, 10.1],
    ref: T3,
  },
  // UN1079 sulphur dioxide, highway tank truck or trailer: ERG2020 Table 3, pp. 351–353 [V]
  {
    un: 1079,
    container: 'highwayTank',
    containerLabel: 'Highway tank truck or trailer',
    isoM: 1000,
    day: [11, 6.2, 5.3],
    night: [11, 8.2, 6.2],
    ref: T3,
  },
  // UN1079 sulphur dioxide, multiple ton cylinders: ERG2020 Table 3, pp. 351–353 [V]
  {
    un: 1079,
    container: 'multipleTonCylinders',
    containerLabel: 'Multiple ton cylinders',
    isoM: 500,
    day: [5.4, 2.4, 1.8],
    night: [7.8, 4.2, 2.9],
    ref: T3,
  },
  // UN1079 sulphur dioxide, multiple small cylinders or single ton cylinder: ERG2020 Table 3, pp. 351–353 [V]
  {
    un: 1079,
    container: 'smallOrSingleTonCylinder',
    containerLabel: 'Multiple small cylinders or single ton cylinder',
    isoM: 200,
    day: [3.2, 1.5, 1.1],
    night: [5.8, 2.5, 1.5],
    ref: T3,
  },
];

/** Table 3 prints "11+" where the distance exceeds 11 km; the data stores 11. */
export const ERG_TABLE3_PLUS_KM = 11; // ERG2020 Table 3 "11+" entries, pp. 351–353 [V]
