import type { ErgGuide } from './types';

/**
 * ERG2020 orange-guide distances [V] (standards.md §13.5, V1 printed pp. 158–284): immediate precautionary isolation
 * (all directions), large-spill evacuation (downwind, or all directions for guides 112–114, 145, 146, 148–150) and
 * the fire isolation radius. `largeSpillM: null` = the guide says "see Table 1" for highlighted materials and
 * otherwise only "increase the immediate precautionary distance downwind as necessary" (no number). Guide 121 has no
 * materials in ERG2020; 158/167/169 (infectious, radioactive) are omitted.
 */
export const ERG2020_GUIDES: Readonly<Record<string, ErgGuide>> = {
  // Guide 111: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: —
  '111': {
    isoLiquidM: 100,
    isoSolidM: 100,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 112: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 800 all directions
  '112': {
    isoLiquidM: 500,
    isoSolidM: 500,
    largeSpillM: 800,
    largeSpillAllDirections: true,
    fireIsolateM: 1600,
    fireCondition: 'rail car or trailer in fire',
  },
  // Guide 113: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 500 all directions
  '113': {
    isoLiquidM: 100,
    isoSolidM: 100,
    largeSpillM: 500,
    largeSpillAllDirections: true,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 114: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 250 all directions
  '114': {
    isoLiquidM: 100,
    isoSolidM: 100,
    largeSpillM: 250,
    largeSpillAllDirections: true,
    fireIsolateM: 800,
    fireCondition: 'rail car or trailer in fire',
  },
  // Guide 115: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 800 downwind
  '115': {
    isoLiquidM: 100,
    isoSolidM: 100,
    largeSpillM: 800,
    largeSpillAllDirections: false,
    fireIsolateM: 1600,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 116: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 800 downwind
  '116': {
    isoLiquidM: 100,
    isoSolidM: 100,
    largeSpillM: 800,
    largeSpillAllDirections: false,
    fireIsolateM: 1600,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 117: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: Table 1
  '117': {
    isoLiquidM: 100,
    isoSolidM: 100,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 1600,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 118: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 800 downwind
  '118': {
    isoLiquidM: 100,
    isoSolidM: 100,
    largeSpillM: 800,
    largeSpillAllDirections: false,
    fireIsolateM: 1600,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 119: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: Table 1 (highlighted); else extend downwind as necessary
  '119': {
    isoLiquidM: 100,
    isoSolidM: 100,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 1600,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 120: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 100 downwind
  '120': {
    isoLiquidM: 100,
    isoSolidM: 100,
    largeSpillM: 100,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 122: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 500 downwind
  '122': {
    isoLiquidM: 100,
    isoSolidM: 100,
    largeSpillM: 500,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 123: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: Table 1 (highlighted); else extend downwind as necessary
  '123': {
    isoLiquidM: 100,
    isoSolidM: 100,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 124: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: Table 1
  '124': {
    isoLiquidM: 100,
    isoSolidM: 100,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 125: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: Table 1 (highlighted); else extend downwind as necessary
  '125': {
    isoLiquidM: 100,
    isoSolidM: 100,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 1600,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 126: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 500 downwind
  '126': {
    isoLiquidM: 100,
    isoSolidM: 100,
    largeSpillM: 500,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 127: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 300 downwind
  '127': {
    isoLiquidM: 50,
    isoSolidM: 50,
    largeSpillM: 300,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 128: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 300 downwind
  '128': {
    isoLiquidM: 50,
    isoSolidM: 50,
    largeSpillM: 300,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 129: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 300 downwind
  '129': {
    isoLiquidM: 50,
    isoSolidM: 50,
    largeSpillM: 300,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 130: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 300 downwind
  '130': {
    isoLiquidM: 50,
    isoSolidM: 50,
    largeSpillM: 300,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 131: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: Table 1 (highlighted); else extend downwind as necessary
  '131': {
    isoLiquidM: 50,
    isoSolidM: 50,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 132: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: Table 1 (highlighted); else extend downwind as necessary
  '132': {
    isoLiquidM: 50,
    isoSolidM: 50,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 133: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 100 downwind
  '133': {
    isoLiquidM: 25,
    isoSolidM: 25,
    largeSpillM: 100,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 134: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 100 downwind
  '134': {
    isoLiquidM: 25,
    isoSolidM: 25,
    largeSpillM: 100,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 135: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: Table 1 (highlighted); else extend downwind as necessary
  '135': {
    isoLiquidM: 50,
    isoSolidM: 25,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 136: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 300 downwind
  '136': {
    isoLiquidM: 50,
    isoSolidM: 25,
    largeSpillM: 300,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 137: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: Table 1 (highlighted); else extend downwind as necessary
  '137': {
    isoLiquidM: 50,
    isoSolidM: 25,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 138: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: Table 1 (highlighted); else extend downwind as necessary
  '138': {
    isoLiquidM: 50,
    isoSolidM: 25,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 139: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: Table 1 (highlighted); else extend downwind as necessary
  '139': {
    isoLiquidM: 50,
    isoSolidM: 25,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 140: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 100 downwind
  '140': {
    isoLiquidM: 50,
    isoSolidM: 25,
    largeSpillM: 100,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 141: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 100 downwind
  '141': {
    isoLiquidM: 50,
    isoSolidM: 25,
    largeSpillM: 100,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 142: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: Table 1 (highlighted); else extend downwind as necessary
  '142': {
    isoLiquidM: 50,
    isoSolidM: 50,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 143: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: Table 1 (highlighted); else extend downwind as necessary
  '143': {
    isoLiquidM: 50,
    isoSolidM: 25,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 144: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: Table 1 (highlighted); else extend downwind as necessary
  '144': {
    isoLiquidM: 50,
    isoSolidM: 25,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 145: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 250 all directions
  '145': {
    isoLiquidM: 50,
    isoSolidM: 25,
    largeSpillM: 250,
    largeSpillAllDirections: true,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 146: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 250 all directions
  '146': {
    isoLiquidM: 50,
    isoSolidM: 25,
    largeSpillM: 250,
    largeSpillAllDirections: true,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 147: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 100 downwind
  '147': {
    isoLiquidM: 25,
    isoSolidM: 25,
    largeSpillM: 100,
    largeSpillAllDirections: false,
    fireIsolateM: 500,
    fireCondition: 'rail car or trailer in fire',
  },
  // Guide 148: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 250 all directions
  '148': {
    isoLiquidM: 50,
    isoSolidM: 25,
    largeSpillM: 250,
    largeSpillAllDirections: true,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 149: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 250 all directions
  '149': {
    isoLiquidM: 50,
    isoSolidM: 25,
    largeSpillM: 250,
    largeSpillAllDirections: true,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 150: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 250 all directions
  '150': {
    isoLiquidM: 50,
    isoSolidM: 25,
    largeSpillM: 250,
    largeSpillAllDirections: true,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 151: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: Table 1 (highlighted); else extend downwind as necessary
  '151': {
    isoLiquidM: 50,
    isoSolidM: 25,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 152: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: Table 1 (highlighted); else extend downwind as necessary
  '152': {
    isoLiquidM: 50,
    isoSolidM: 25,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 153: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: Table 1 (highlighted); else extend downwind as necessary
  '153': {
    isoLiquidM: 50,
    isoSolidM: 25,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 154: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: Table 1 (highlighted); else extend downwind as necessary
  '154': {
    isoLiquidM: 50,
    isoSolidM: 25,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 155: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: Table 1 (highlighted); else extend downwind as necessary
  '155': {
    isoLiquidM: 50,
    isoSolidM: 25,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 156: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: Table 1 (highlighted); else extend downwind as necessary
  '156': {
    isoLiquidM: 50,
    isoSolidM: 25,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 157: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: Table 1 (highlighted); else extend downwind as necessary
  '157': {
    isoLiquidM: 50,
    isoSolidM: 25,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 159: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: Table 1 (highlighted); else extend downwind as necessary
  '159': {
    isoLiquidM: 50,
    isoSolidM: 25,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 160: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 100 downwind
  '160': {
    isoLiquidM: 50,
    isoSolidM: 50,
    largeSpillM: 100,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 161: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 100 downwind
  '161': {
    isoLiquidM: 25,
    isoSolidM: 25,
    largeSpillM: 100,
    largeSpillAllDirections: false,
    fireIsolateM: 300,
    fireCondition: 'large quantity in major fire',
  },
  // Guide 162: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 100 downwind
  '162': {
    isoLiquidM: 25,
    isoSolidM: 25,
    largeSpillM: 100,
    largeSpillAllDirections: false,
    fireIsolateM: 300,
    fireCondition: 'large quantity in major fire',
  },
  // Guide 163: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 100 downwind
  '163': {
    isoLiquidM: 25,
    isoSolidM: 25,
    largeSpillM: 100,
    largeSpillAllDirections: false,
    fireIsolateM: 300,
    fireCondition: 'large quantity in major fire',
  },
  // Guide 164: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 100 downwind
  '164': {
    isoLiquidM: 25,
    isoSolidM: 25,
    largeSpillM: 100,
    largeSpillAllDirections: false,
    fireIsolateM: 300,
    fireCondition: 'large quantity in major fire',
  },
  // Guide 165: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 100 downwind
  '165': {
    isoLiquidM: 25,
    isoSolidM: 25,
    largeSpillM: 100,
    largeSpillAllDirections: false,
    fireIsolateM: 300,
    fireCondition: 'large quantity in major fire',
  },
  // Guide 166: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: Table 1
  '166': {
    isoLiquidM: 25,
    isoSolidM: 25,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 300,
    fireCondition: 'large quantity in major fire',
  },
  // Guide 168: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: Table 1
  '168': {
    isoLiquidM: 100,
    isoSolidM: 100,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 170: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 50 downwind
  '170': {
    isoLiquidM: 50,
    isoSolidM: 25,
    largeSpillM: 50,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 171: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: Table 1 (highlighted); else extend downwind as necessary
  '171': {
    isoLiquidM: 50,
    isoSolidM: 25,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 800,
    fireCondition: 'tank/rail car/tank truck in fire',
  },
  // Guide 172: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 100 downwind
  '172': {
    isoLiquidM: 50,
    isoSolidM: 50,
    largeSpillM: 100,
    largeSpillAllDirections: false,
    fireIsolateM: 500,
    fireCondition: 'large container in fire',
  },
  // Guide 173: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: Table 1
  '173': {
    isoLiquidM: 100,
    isoSolidM: 100,
    largeSpillM: null,
    largeSpillAllDirections: false,
    fireIsolateM: 1600,
    fireCondition: 'several small packages inside a railcar or trailer in fire',
  },
  // Guide 174: ERG2020 orange guide, pp. 158–284 [V] (standards §13.5); large spill: 800 downwind
  '174': {
    isoLiquidM: 100,
    isoSolidM: 100,
    largeSpillM: 800,
    largeSpillAllDirections: false,
    fireIsolateM: 1600,
    fireCondition: 'several small packages inside a railcar or trailer in fire',
  },
};

/** Guide number without the polymerization flag: `119P` → `119`. */
export const guideKey = (guide: string): string => guide.replace(/P$/, '');
