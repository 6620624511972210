import { type SampleSubstance, SUBSTANCES } from './substances';

/**
 * Kinds of major hazard installation the sample draws from. `mix` is each substance's share of S, so the
 * generator can scale a whole unit to a target R (R = α·S·Σβ·share) and keep the unit's character.
 */
export interface Archetype {
  key: string;
  /** unit name appended to the enterprise short name, e.g. 丁二烯球罐区 */
  unit: string;
  /** industry word of the enterprise name */
  industry: string;
  mix: readonly { sub: SampleSubstance; share: number }[];
}

const {
  氯,
  液氨,
  氨CAS,
  液化石油气,
  汽油,
  甲醇,
  苯,
  甲苯,
  天然气,
  氢,
  硫化氢,
  环氧乙烷,
  丙烯腈,
  丁二烯,
  乙烯,
  环己烷,
  苯乙烯,
  丙酮,
} = SUBSTANCES;

/** Inside chemical parks: refinery, rubber, caprolactam, EO, acrylonitrile, chlor-alkali … (the 岳阳 mix). */
export const PARK_ARCHETYPES: readonly Archetype[] = [
  {
    key: 'refinery-tanks',
    unit: '油品罐区',
    industry: '石化',
    mix: [
      { sub: 汽油, share: 0.5 },
      { sub: 苯, share: 0.2 },
      { sub: 液化石油气, share: 0.3 },
    ],
  },
  {
    key: 'butadiene',
    unit: '丁二烯球罐区',
    industry: '新材料',
    mix: [
      { sub: 丁二烯, share: 0.6 },
      { sub: 液化石油气, share: 0.2 },
      { sub: 苯乙烯, share: 0.2 },
    ],
  },
  {
    key: 'caprolactam',
    unit: '己内酰胺装置',
    industry: '化工',
    mix: [
      { sub: 苯, share: 0.4 },
      { sub: 环己烷, share: 0.2 },
      { sub: 氢, share: 0.2 },
      { sub: 氨CAS, share: 0.2 },
    ],
  },
  {
    key: 'ethylene-oxide',
    unit: '环氧乙烷装置',
    industry: '化工',
    mix: [
      { sub: 环氧乙烷, share: 0.6 },
      { sub: 乙烯, share: 0.4 },
    ],
  },
  {
    key: 'acrylonitrile',
    unit: '丙烯腈装置',
    industry: '化工',
    mix: [
      { sub: 丙烯腈, share: 0.6 },
      { sub: 液氨, share: 0.4 },
    ],
  },
  {
    key: 'methanol',
    unit: '甲醇罐区',
    industry: '化工',
    mix: [
      { sub: 甲醇, share: 0.8 },
      { sub: 甲苯, share: 0.2 },
    ],
  },
  {
    key: 'chlor-alkali',
    unit: '液氯储存单元',
    industry: '氯碱化工',
    mix: [
      { sub: 氯, share: 0.7 },
      { sub: 氢, share: 0.3 },
    ],
  },
  {
    key: 'hydrotreating',
    unit: '加氢精制装置',
    industry: '石化',
    mix: [
      { sub: 氢, share: 0.5 },
      { sub: 硫化氢, share: 0.2 },
      { sub: 液化石油气, share: 0.3 },
    ],
  },
  {
    key: 'ammonia',
    unit: '合成氨装置',
    industry: '化肥',
    mix: [
      { sub: 液氨, share: 0.6 },
      { sub: 天然气, share: 0.25 },
      { sub: 甲醇, share: 0.15 },
    ],
  },
  {
    key: 'solvents',
    unit: '溶剂罐区',
    industry: '精细化工',
    mix: [
      { sub: 丙酮, share: 0.3 },
      { sub: 甲苯, share: 0.4 },
      { sub: 甲醇, share: 0.3 },
    ],
  },
];

/** In towns: LPG depots, water works dosing chlorine, ammonia cold stores, oil depots, gas stations for the grid. */
export const TOWN_ARCHETYPES = {
  lpg: { key: 'lpg', unit: '液化石油气储配站', industry: '燃气', mix: [{ sub: 液化石油气, share: 1 }] },
  chlorine: { key: 'chlorine', unit: '水厂加氯间', industry: '供水', mix: [{ sub: 氯, share: 1 }] },
  coldStore: { key: 'cold-store', unit: '冷库氨制冷车间', industry: '冷链物流', mix: [{ sub: 液氨, share: 1 }] },
  oilDepot: { key: 'oil-depot', unit: '成品油库', industry: '石油', mix: [{ sub: 汽油, share: 1 }] },
  gas: { key: 'gas', unit: '天然气储配站', industry: '天然气', mix: [{ sub: 天然气, share: 1 }] },
} as const satisfies Record<string, Archetype>;

/** Σβ·share: R per unit of S before α. */
export const betaBar = (a: Archetype): number => a.mix.reduce((sum, m) => sum + m.sub.beta * m.share, 0);
