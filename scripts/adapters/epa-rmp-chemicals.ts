/**
 * RMP chemical names (as written in `ChemicalsInLatest`, synonym in [brackets] removed) → GB 18218-2018 entries.
 * Only substances whose GB 18218 entry is unambiguous are listed: 表1 rows matched by CAS (or, for the LPG gases,
 * by the row's own CAS list), and a few single-substance flammable gases placed in 表2 W2 (易燃气体 类别1).
 * Everything else (Flammable Mixture, aqueous ammonia, formaldehyde solution of unknown strength, pentanes whose
 * flammable-liquid category depends on process temperature, …) is left unmapped: the row is rejected with the
 * domain's "unknown substance" reason instead of being graded on a guess.
 */
export interface RmpChemical {
  /** RMP name, without the bracketed synonym */
  rmp: string;
  /** CAS of the RMP substance */
  cas: string;
  /** GB 18218-2018 表1 name */
  table1?: string;
  /** GB 18218-2018 表2 category entry `类别:W2:名称` for substances outside 表1 */
  category?: { symbol: 'W2'; zh: string };
}

const LPG = '液化石油气(含丙烷、丁烷及其混合物)';

export const RMP_CHEMICALS: readonly RmpChemical[] = [
  { rmp: 'Ammonia (anhydrous)', cas: '7664-41-7', table1: '氨' },
  { rmp: 'Chlorine', cas: '7782-50-5', table1: '氯' },
  { rmp: 'Methane', cas: '74-82-8', table1: '甲烷，天然气' },
  { rmp: 'Propane', cas: '74-98-6', table1: LPG },
  { rmp: 'Butane', cas: '106-97-8', table1: LPG },
  { rmp: 'Hydrogen', cas: '1333-74-0', table1: '氢' },
  { rmp: 'Sulfur dioxide (anhydrous)', cas: '7446-09-5', table1: '二氧化硫' },
  { rmp: 'Hydrogen chloride (anhydrous)', cas: '7647-01-0', table1: '氯化氢(无水)' },
  // RMP lists anhydrous HF and ≥ 50 % acid under one CAS, the CAS GB 18218 gives 氟化氢.
  { rmp: 'Hydrogen fluoride/Hydrofluoric acid (conc 50% or greater)', cas: '7664-39-3', table1: '氟化氢' },
  { rmp: 'Toluene diisocyanate (unspecified isomer)', cas: '26471-62-5', table1: '甲苯二异氰酸酯' },
  { rmp: 'Methyl ether', cas: '115-10-6', table1: '二甲醚' },
  { rmp: 'Acetylene', cas: '74-86-2', table1: '乙炔' },
  { rmp: 'Ethylene', cas: '74-85-1', table1: '乙烯' },
  { rmp: 'Acrylonitrile', cas: '107-13-1', table1: '2-丙烯腈' },
  { rmp: 'Hydrogen sulfide', cas: '7783-06-4', table1: '硫化氢' },
  { rmp: 'Ethylene oxide', cas: '75-21-8', table1: '环氧乙烷' },
  { rmp: 'Propylene oxide', cas: '75-56-9', table1: '1,2-环氧丙烷' },
  { rmp: 'Epichlorohydrin', cas: '106-89-8', table1: '1-氯-2,3-环氧丙烷' },
  { rmp: 'Methyl isocyanate', cas: '624-83-9', table1: '异氰酸甲酯' },
  { rmp: 'Arsine', cas: '7784-42-1', table1: '砷化氢' },
  { rmp: 'Fluorine', cas: '7782-41-4', table1: '氟' },
  { rmp: 'Acrolein', cas: '107-02-8', table1: '丙烯醛' },
  { rmp: 'Peracetic acid', cas: '79-21-0', table1: '过乙酸' },
  // Not in 表1 (its LPG row lists n-butane's CAS only): single flammable gases, GHS Flam. Gas 1 → 表2 W2.
  { rmp: 'Isobutane', cas: '75-28-5', category: { symbol: 'W2', zh: '异丁烷' } },
  { rmp: 'Ethane', cas: '74-84-0', category: { symbol: 'W2', zh: '乙烷' } },
  { rmp: 'Propylene', cas: '115-07-1', category: { symbol: 'W2', zh: '丙烯' } },
  { rmp: '1-Butene', cas: '106-98-9', category: { symbol: 'W2', zh: '1-丁烯' } },
  { rmp: '2-Butene-cis', cas: '590-18-1', category: { symbol: 'W2', zh: '顺-2-丁烯' } },
  { rmp: '2-Butene-trans', cas: '624-64-6', category: { symbol: 'W2', zh: '反-2-丁烯' } },
  { rmp: 'Difluoroethane', cas: '75-37-6', category: { symbol: 'W2', zh: '1,1-二氟乙烷' } },
];

const key = (name: string) =>
  name
    .replace(/\s*\[[^\]]*\]\s*$/, '')
    .trim()
    .toLowerCase();
const BY_NAME = new Map(RMP_CHEMICALS.map((c) => [key(c.rmp), c]));

/** The mapping of an RMP chemical name (synonym in brackets allowed), undefined when unmapped. */
export function findRmpChemical(name: string): RmpChemical | undefined {
  return BY_NAME.get(key(name));
}
