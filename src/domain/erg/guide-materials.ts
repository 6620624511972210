import { type ErgGuideMaterial, ERG2020_GUIDES_REF as G } from './types';

/**
 * Common GB 18218-2018 表1 flammables, oxidisers and explosives that have no ERG2020 Table 1 entry: their orange
 * guide's generic distances apply. UN → guide pairs are [V] (standards.md §13.5, V1 yellow pages, ID → guide); the
 * Chinese name ↔ UN pairing and the physical state are naming aids. Explosives are not listed by name in ERG: UN
 * divisions 1.1/1.2/1.3/1.5 → guide 112 (V1 blue-page note), so they carry `un: null`.
 * Not covered here: 环氧氯丙烷 UN2023, 甲苯二异氰酸酯 UN2078, 3-溴-1,2-环氧丙烷 UN2558 (absent from Table 1 [V]; their
 * guide numbers are not in standards.md), and GB 18218 rows such as 硝化纤维素, 过氧化物, 氯酸盐 (guides not verified).
 * `nameEn` is a search aid written from memory of the ERG index [U]; the UN number is what identifies the material.
 */
export const ERG2020_GUIDE_MATERIALS: readonly ErgGuideMaterial[] = [
  // UN1203 → guide 128: ERG2020 yellow pages [V] (standards §13.5)
  {
    un: 1203,
    guide: '128',
    nameZh: '汽油',
    aliasesZh: ['乙醇汽油', '甲醇汽油'],
    nameEn: 'Gasoline',
    gb18218No: 66,
    state: 'liquid',
    ref: G,
  },
  // UN1202 → guide 128: ERG2020 yellow pages [V] (standards §13.5); not a GB 18218 表1 substance
  { un: 1202, guide: '128', nameZh: '柴油', nameEn: 'Diesel fuel', state: 'liquid', ref: G },
  // UN1267 → guide 128: ERG2020 yellow pages [V] (standards §13.5); not a GB 18218 表1 substance
  {
    un: 1267,
    guide: '128',
    nameZh: '原油',
    aliasesZh: ['石油原油'],
    nameEn: 'Petroleum crude oil',
    state: 'liquid',
    ref: G,
  },
  // UN1208 → guide 128: ERG2020 yellow pages [V] (standards §13.5)
  { un: 1208, guide: '128', nameZh: '正己烷', nameEn: 'Hexanes', gb18218No: 70, state: 'liquid', ref: G },
  // UN1145 → guide 128: ERG2020 yellow pages [V] (standards §13.5)
  { un: 1145, guide: '128', nameZh: '环己烷', nameEn: 'Cyclohexane', gb18218No: 62, state: 'liquid', ref: G },
  // UN2055 → guide 128P: ERG2020 yellow pages [V] (standards §13.5)
  {
    un: 2055,
    guide: '128P',
    nameZh: '苯乙烯',
    nameEn: 'Styrene monomer, stabilized',
    gb18218No: 58,
    state: 'liquid',
    ref: G,
  },
  // UN1230 → guide 131: ERG2020 yellow pages [V] (standards §13.5)
  { un: 1230, guide: '131', nameZh: '甲醇', nameEn: 'Methanol', gb18218No: 65, state: 'liquid', ref: G },
  // UN1131 → guide 131: ERG2020 yellow pages [V] (standards §13.5)
  { un: 1131, guide: '131', nameZh: '二硫化碳', nameEn: 'Carbon disulfide', gb18218No: 61, state: 'liquid', ref: G },
  // UN1170 → guide 127: ERG2020 yellow pages [V] (standards §13.5)
  { un: 1170, guide: '127', nameZh: '乙醇', nameEn: 'Ethanol', gb18218No: 67, state: 'liquid', ref: G },
  // UN1090 → guide 127: ERG2020 yellow pages [V] (standards §13.5)
  { un: 1090, guide: '127', nameZh: '丙酮', nameEn: 'Acetone', gb18218No: 59, state: 'liquid', ref: G },
  // UN1155 → guide 127: ERG2020 yellow pages [V] (standards §13.5)
  { un: 1155, guide: '127', nameZh: '乙醚', nameEn: 'Diethyl ether', gb18218No: 68, state: 'liquid', ref: G },
  // UN1280 → guide 127P: ERG2020 yellow pages [V] (standards §13.5)
  {
    un: 1280,
    guide: '127P',
    nameZh: '1,2-环氧丙烷',
    nameEn: 'Propylene oxide',
    gb18218No: 63,
    state: 'liquid',
    ref: G,
  },
  // UN1173 → guide 129: ERG2020 yellow pages [V] (standards §13.5)
  { un: 1173, guide: '129', nameZh: '乙酸乙酯', nameEn: 'Ethyl acetate', gb18218No: 69, state: 'liquid', ref: G },
  // UN1114 → guide 130: ERG2020 yellow pages [V] (standards §13.5)
  { un: 1114, guide: '130', nameZh: '苯', nameEn: 'Benzene', gb18218No: 57, state: 'liquid', ref: G },
  // UN1294 → guide 130: ERG2020 yellow pages [V] (standards §13.5)
  { un: 1294, guide: '130', nameZh: '甲苯', nameEn: 'Toluene', gb18218No: 64, state: 'liquid', ref: G },
  // UN1075 → guide 115: ERG2020 yellow pages [V] (standards §13.5)
  {
    un: 1075,
    guide: '115',
    nameZh: '液化石油气',
    aliasesZh: ['LPG', '石油气(液化的)'],
    nameEn: 'Liquefied petroleum gas',
    gb18218No: 52,
    state: 'gas',
    ref: G,
  },
  // UN1978 → guide 115: ERG2020 yellow pages [V] (standards §13.5); GB 18218 row 52 (its CAS list names 丙烷)
  { un: 1978, guide: '115', nameZh: '丙烷', nameEn: 'Propane', gb18218No: 52, state: 'gas', ref: G },
  // UN1011 → guide 115: ERG2020 yellow pages [V] (standards §13.5); GB 18218 row 52 (its CAS list names 丁烷)
  { un: 1011, guide: '115', nameZh: '丁烷', nameEn: 'Butane', gb18218No: 52, state: 'gas', ref: G },
  // UN1971 → guide 115: ERG2020 yellow pages [V] (standards §13.5)
  {
    un: 1971,
    guide: '115',
    nameZh: '甲烷',
    aliasesZh: ['天然气', '压缩天然气', 'CNG'],
    nameEn: 'Natural gas, compressed',
    gb18218No: 49,
    state: 'gas',
    ref: G,
  },
  // UN1972 → guide 115: ERG2020 yellow pages [V] (standards §13.5)
  {
    un: 1972,
    guide: '115',
    nameZh: '液化天然气',
    aliasesZh: ['LNG'],
    nameEn: 'Natural gas, refrigerated liquid',
    gb18218No: 49,
    state: 'gas',
    ref: G,
  },
  // UN1049 → guide 115: ERG2020 yellow pages [V] (standards §13.5)
  {
    un: 1049,
    guide: '115',
    nameZh: '氢',
    aliasesZh: ['氢气'],
    nameEn: 'Hydrogen, compressed',
    gb18218No: 51,
    state: 'gas',
    ref: G,
  },
  // UN1033 → guide 115: ERG2020 yellow pages [V] (standards §13.5)
  { un: 1033, guide: '115', nameZh: '二甲醚', nameEn: 'Dimethyl ether', gb18218No: 48, state: 'gas', ref: G },
  // UN1001 → guide 116: ERG2020 yellow pages [V] (standards §13.5)
  { un: 1001, guide: '116', nameZh: '乙炔', nameEn: 'Acetylene, dissolved', gb18218No: 54, state: 'gas', ref: G },
  // UN1962 → guide 116P: ERG2020 yellow pages [V] (standards §13.5)
  { un: 1962, guide: '116P', nameZh: '乙烯', nameEn: 'Ethylene', gb18218No: 55, state: 'gas', ref: G },
  // UN1086 → guide 116P: ERG2020 yellow pages [V] (standards §13.5)
  {
    un: 1086,
    guide: '116P',
    nameZh: '氯乙烯',
    nameEn: 'Vinyl chloride, stabilized',
    gb18218No: 50,
    state: 'gas',
    ref: G,
  },
  // UN1010 → guide 116P: ERG2020 yellow pages [V] (standards §13.5)
  {
    un: 1010,
    guide: '116P',
    nameZh: '1,3-丁二烯',
    nameEn: 'Butadienes, stabilized',
    gb18218No: 47,
    state: 'gas',
    ref: G,
  },
  // UN1072 → guide 122: ERG2020 yellow pages [V] (standards §13.5)
  {
    un: 1072,
    guide: '122',
    nameZh: '氧(压缩的)',
    aliasesZh: ['氧气', '压缩氧'],
    nameEn: 'Oxygen, compressed',
    gb18218No: 56,
    state: 'gas',
    ref: G,
  },
  // UN1073 → guide 122: ERG2020 yellow pages [V] (standards §13.5)
  {
    un: 1073,
    guide: '122',
    nameZh: '液氧',
    nameEn: 'Oxygen, refrigerated liquid',
    gb18218No: 56,
    state: 'liquid',
    ref: G,
  },
  // UN1942 → guide 140: ERG2020 yellow pages [V] (standards §13.5); GB 18218 row 44 (≤ 0.2 % combustibles)
  {
    un: 1942,
    guide: '140',
    nameZh: '硝酸铵(含可燃物≤0.2%)',
    nameEn: 'Ammonium nitrate',
    gb18218No: 44,
    state: 'solid',
    ref: G,
  },
  // UN2067 → guide 140: ERG2020 yellow pages [V] (standards §13.5)
  {
    un: 2067,
    guide: '140',
    nameZh: '硝酸铵肥料(含可燃物≤0.4%)',
    aliasesZh: ['硝酸铵基肥料'],
    nameEn: 'Ammonium nitrate based fertilizer',
    gb18218No: 45,
    state: 'solid',
    ref: G,
  },
  // UN1402 → guide 138: ERG2020 yellow pages [V] (standards §13.5)
  {
    un: 1402,
    guide: '138',
    nameZh: '碳化钙',
    aliasesZh: ['电石'],
    nameEn: 'Calcium carbide',
    gb18218No: 83,
    state: 'solid',
    ref: G,
  },
  // UN1428 → guide 138: ERG2020 yellow pages [V] (standards §13.5)
  {
    un: 1428,
    guide: '138',
    nameZh: '钠',
    aliasesZh: ['金属钠'],
    nameEn: 'Sodium',
    gb18218No: 85,
    state: 'solid',
    ref: G,
  },
  // UN1381 → guide 136: ERG2020 yellow pages [V] (standards §13.5)
  {
    un: 1381,
    guide: '136',
    nameZh: '白磷',
    aliasesZh: ['黄磷'],
    nameEn: 'Phosphorus, white',
    gb18218No: 73,
    state: 'solid',
    ref: G,
  },
  // UN2031 → guide 157: ERG2020 yellow pages [V] (standards §13.5)
  {
    un: 2031,
    guide: '157',
    nameZh: '硝酸(发红烟的除外，含硝酸>70%)',
    aliasesZh: ['硝酸'],
    nameEn: 'Nitric acid',
    gb18218No: 81,
    state: 'liquid',
    ref: G,
  },
  // UN1830 → guide 137: ERG2020 yellow pages [V] (standards §13.5); not a GB 18218 表1 substance
  { un: 1830, guide: '137', nameZh: '硫酸', nameEn: 'Sulfuric acid', state: 'liquid', ref: G },
  // Division 1.1 explosive → guide 112: ERG2020 blue-page note [V] (standards §13.5)
  {
    un: null,
    guide: '112',
    nameZh: '2,4,6-三硝基甲苯',
    aliasesZh: ['梯恩梯', 'TNT'],
    gb18218No: 35,
    state: 'solid',
    ref: G,
    note: '爆炸品按 1.1 项查 112 号指南 (explosive, division 1.1 → guide 112)',
  },
  // Division 1.1 explosive → guide 112: ERG2020 blue-page note [V] (standards §13.5)
  {
    un: null,
    guide: '112',
    nameZh: '硝化甘油',
    aliasesZh: ['硝化丙三醇', '甘油三硝酸酯'],
    gb18218No: 36,
    state: 'liquid',
    ref: G,
    note: '爆炸品按 1.1 项查 112 号指南 (explosive, division 1.1 → guide 112)',
  },
  // Division 1.1 explosive → guide 112: ERG2020 blue-page note [V] (standards §13.5)
  {
    un: null,
    guide: '112',
    nameZh: '雷汞',
    aliasesZh: ['雷酸汞', '二雷酸汞'],
    gb18218No: 33,
    state: 'solid',
    ref: G,
    note: '爆炸品按 1.1 项查 112 号指南 (explosive, division 1.1 → guide 112)',
  },
  // Division 1.1 explosive → guide 112: ERG2020 blue-page note [V] (standards §13.5)
  {
    un: null,
    guide: '112',
    nameZh: '叠氮化铅',
    gb18218No: 32,
    state: 'solid',
    ref: G,
    note: '爆炸品按 1.1 项查 112 号指南 (explosive, division 1.1 → guide 112)',
  },
];
