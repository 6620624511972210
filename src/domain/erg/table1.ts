import { type ErgTable1Row, ERG2020_TABLE1_REF as T1 } from './types';

/**
 * ERG2020 Table 1 — Initial Isolation and Protective Action Distances [V] (standards.md §13.3, V1 printed
 * pp. 296–343). isoM in metres (all directions), dayKm/nightKm = protective-action distance downwind in km.
 * Small spill ≤ 208 L, large spill > 208 L; day = sunrise to sunset (ERG2020 p. 294). `TABLE3` = the large spill
 * depends on container and wind (./table3.ts). Rows are the 30 materials requested in the research brief, the 13
 * further GB 18218-2018 表1 toxics ERG2020 lists in Table 1, and fuming sulphuric acid (§13.5). gb18218No pairs a
 * row with GB 18218-2018 表1 (naming aid, by substance identity).
 */
export const ERG2020_TABLE1: readonly ErgTable1Row[] = [
  // UN1005: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1005,
    guide: '125',
    gb18218No: 1,
    name: 'Ammonia, anhydrous / Anhydrous ammonia',
    nameZh: '氨（液氨，无水）',
    small: { isoM: 30, dayKm: 0.1, nightKm: 0.2 },
    large: 'TABLE3',
    ref: T1,
  },
  // UN1017: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1017,
    guide: '124',
    gb18218No: 12,
    name: 'Chlorine',
    nameZh: '氯（液氯）',
    small: { isoM: 60, dayKm: 0.3, nightKm: 1.4 },
    large: 'TABLE3',
    ref: T1,
  },
  // UN1050: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1050,
    guide: '125',
    gb18218No: 11,
    name: 'Hydrogen chloride, anhydrous',
    nameZh: '氯化氢（无水）',
    small: { isoM: 30, dayKm: 0.1, nightKm: 0.3 },
    large: 'TABLE3',
    ref: T1,
  },
  // UN1052: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1052,
    guide: '125',
    gb18218No: 20,
    name: 'Hydrogen fluoride, anhydrous',
    nameZh: '氟化氢（无水）',
    small: { isoM: 30, dayKm: 0.1, nightKm: 0.5 },
    large: 'TABLE3',
    ref: T1,
  },
  // UN1053: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1053,
    guide: '117',
    gb18218No: 10,
    name: 'Hydrogen sulfide / Hydrogen sulphide',
    nameZh: '硫化氢',
    small: { isoM: 30, dayKm: 0.1, nightKm: 0.5 },
    large: { isoM: 400, dayKm: 2.2, nightKm: 6.3 },
    ref: T1,
  },
  // UN1016: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1016,
    guide: '119',
    name: 'Carbon monoxide / Carbon monoxide, compressed',
    nameZh: '一氧化碳',
    small: { isoM: 30, dayKm: 0.1, nightKm: 0.2 },
    large: { isoM: 200, dayKm: 1.2, nightKm: 4.3 },
    ref: T1,
  },
  // UN1079: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1079,
    guide: '125',
    gb18218No: 4,
    name: 'Sulfur dioxide / Sulphur dioxide',
    nameZh: '二氧化硫',
    small: { isoM: 100, dayKm: 0.6, nightKm: 2.5 },
    large: 'TABLE3',
    ref: T1,
  },
  // UN1040: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1040,
    guide: '119P',
    gb18218No: 7,
    name: 'Ethylene oxide / Ethylene oxide with Nitrogen',
    nameZh: '环氧乙烷',
    small: { isoM: 30, dayKm: 0.1, nightKm: 0.2 },
    large: 'TABLE3',
    ref: T1,
  },
  // UN1076: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1076,
    guide: '125',
    gb18218No: 6,
    name: 'Phosgene',
    nameZh: '碳酰氯（光气）',
    small: { isoM: 100, dayKm: 0.6, nightKm: 2.4 },
    large: { isoM: 500, dayKm: 2.9, nightKm: 9.2 },
    ref: T1,
  },
  // UN1051: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1051,
    guide: '117P',
    gb18218No: 25,
    name: 'Hydrogen cyanide, anhydrous, stabilized / Hydrogen cyanide, stabilized',
    nameZh: '氰化氢（稳定的）',
    small: { isoM: 60, dayKm: 0.2, nightKm: 0.6 },
    large: { isoM: 200, dayKm: 0.7, nightKm: 1.7 },
    ref: T1,
  },
  // UN1067: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1067,
    guide: '124',
    gb18218No: 3,
    name: 'Dinitrogen tetroxide / Nitrogen dioxide',
    nameZh: '二氧化氮／四氧化二氮',
    small: { isoM: 30, dayKm: 0.1, nightKm: 0.4 },
    large: { isoM: 400, dayKm: 1.4, nightKm: 3.3 },
    ref: T1,
  },
  // UN2199: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 2199,
    guide: '119',
    gb18218No: 9,
    name: 'Phosphine',
    nameZh: '磷化氢',
    small: { isoM: 60, dayKm: 0.3, nightKm: 1.1 },
    large: { isoM: 300, dayKm: 1.3, nightKm: 3.7 },
    ref: T1,
  },
  // UN2480: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 2480,
    guide: '155P',
    gb18218No: 30,
    name: 'Methyl isocyanate',
    nameZh: '异氰酸甲酯',
    small: { isoM: 150, dayKm: 1.7, nightKm: 5.0 },
    large: { isoM: 1000, dayKm: 11.0, nightKm: 11.0, dayPlus: true, nightPlus: true },
    ref: T1,
  },
  // UN1062: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1062,
    guide: '123',
    gb18218No: 17,
    name: 'Methyl bromide',
    nameZh: '溴甲烷',
    small: { isoM: 30, dayKm: 0.1, nightKm: 0.1 },
    large: { isoM: 150, dayKm: 0.3, nightKm: 0.8 },
    ref: T1,
  },
  // UN1026: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1026,
    guide: '119',
    name: 'Cyanogen',
    nameZh: '氰（乙二腈）',
    small: { isoM: 30, dayKm: 0.1, nightKm: 0.4 },
    large: { isoM: 60, dayKm: 0.3, nightKm: 1.1 },
    ref: T1,
  },
  // UN1008: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1008,
    guide: '125',
    name: 'Boron trifluoride / Boron trifluoride, compressed',
    nameZh: '三氟化硼',
    small: { isoM: 30, dayKm: 0.2, nightKm: 0.7 },
    large: { isoM: 400, dayKm: 2.3, nightKm: 5.1 },
    ref: T1,
  },
  // UN1741 when spilled on land: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1741,
    guide: '125',
    when: 'land',
    name: 'Boron trichloride (when spilled on land)',
    nameZh: '三氯化硼',
    small: { isoM: 30, dayKm: 0.1, nightKm: 0.3 },
    large: { isoM: 100, dayKm: 0.6, nightKm: 1.4 },
    ref: T1,
  },
  // UN1741 when spilled in water: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1741,
    guide: '125',
    when: 'water',
    name: 'Boron trichloride (when spilled in water)',
    nameZh: '三氯化硼',
    small: { isoM: 30, dayKm: 0.1, nightKm: 0.3 },
    large: { isoM: 100, dayKm: 1.2, nightKm: 3.6 },
    ref: T1,
  },
  // UN2188: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 2188,
    guide: '119',
    gb18218No: 14,
    name: 'Arsine',
    nameZh: '砷化氢',
    small: { isoM: 150, dayKm: 1.0, nightKm: 3.8 },
    large: { isoM: 1000, dayKm: 5.7, nightKm: 10.1 },
    ref: T1,
  },
  // UN1589: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1589,
    guide: '125',
    name: 'Cyanogen chloride, stabilized',
    nameZh: '氯化氰（稳定的）',
    small: { isoM: 300, dayKm: 1.8, nightKm: 6.4 },
    large: { isoM: 1000, dayKm: 9.7, nightKm: 11.0, nightPlus: true },
    ref: T1,
  },
  // UN1045: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1045,
    guide: '124',
    gb18218No: 5,
    name: 'Fluorine / Fluorine, compressed',
    nameZh: '氟',
    small: { isoM: 30, dayKm: 0.1, nightKm: 0.2 },
    large: { isoM: 100, dayKm: 0.5, nightKm: 2.3 },
    ref: T1,
  },
  // UN1048: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1048,
    guide: '125',
    name: 'Hydrogen bromide, anhydrous',
    nameZh: '溴化氢（无水）',
    small: { isoM: 30, dayKm: 0.1, nightKm: 0.2 },
    large: { isoM: 150, dayKm: 1.0, nightKm: 3.4 },
    ref: T1,
  },
  // UN1061: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1061,
    guide: '118',
    gb18218No: 53,
    name: 'Methylamine, anhydrous',
    nameZh: '一甲胺（无水）',
    small: { isoM: 30, dayKm: 0.1, nightKm: 0.2 },
    large: { isoM: 200, dayKm: 0.7, nightKm: 2.1 },
    ref: T1,
  },
  // UN1064: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1064,
    guide: '117',
    name: 'Methyl mercaptan',
    nameZh: '甲硫醇',
    small: { isoM: 30, dayKm: 0.1, nightKm: 0.3 },
    large: { isoM: 200, dayKm: 1.3, nightKm: 4.1 },
    ref: T1,
  },
  // UN1082: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1082,
    guide: '119P',
    name: 'Refrigerant gas R-1113 / Trifluorochloroethylene, stabilized',
    nameZh: '三氟氯乙烯（稳定的）',
    small: { isoM: 30, dayKm: 0.1, nightKm: 0.1 },
    large: { isoM: 60, dayKm: 0.4, nightKm: 0.8 },
    ref: T1,
  },
  // UN1581: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1581,
    guide: '123',
    name: 'Chloropicrin and Methyl bromide mixture / Methyl bromide and Chloropicrin mixture',
    nameZh: '氯化苦和溴甲烷混合物',
    small: { isoM: 30, dayKm: 0.1, nightKm: 0.6 },
    large: { isoM: 300, dayKm: 2.1, nightKm: 5.9 },
    ref: T1,
  },
  // UN1092: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1092,
    guide: '131P',
    gb18218No: 19,
    name: 'Acrolein, stabilized',
    nameZh: '丙烯醛（稳定的）',
    small: { isoM: 100, dayKm: 1.2, nightKm: 3.3 },
    large: { isoM: 500, dayKm: 6.1, nightKm: 10.8 },
    ref: T1,
  },
  // UN1238: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1238,
    guide: '155',
    name: 'Methyl chloroformate',
    nameZh: '氯甲酸甲酯',
    small: { isoM: 30, dayKm: 0.2, nightKm: 0.5 },
    large: { isoM: 150, dayKm: 1.1, nightKm: 2.1 },
    ref: T1,
  },
  // UN1251: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1251,
    guide: '131P',
    name: 'Methyl vinyl ketone, stabilized',
    nameZh: '甲基乙烯基酮（稳定的）',
    small: { isoM: 100, dayKm: 0.3, nightKm: 0.7 },
    large: { isoM: 800, dayKm: 1.6, nightKm: 2.8 },
    ref: T1,
  },
  // UN1295 when spilled in water: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1295,
    guide: '139',
    when: 'water',
    name: 'Trichlorosilane (when spilled in water)',
    nameZh: '三氯硅烷',
    small: { isoM: 30, dayKm: 0.1, nightKm: 0.1 },
    large: { isoM: 60, dayKm: 0.6, nightKm: 2.1 },
    ref: T1,
  },
  // UN1809 when spilled on land: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1809,
    guide: '137',
    when: 'land',
    name: 'Phosphorus trichloride (when spilled on land)',
    nameZh: '三氯化磷',
    small: { isoM: 30, dayKm: 0.2, nightKm: 0.6 },
    large: { isoM: 100, dayKm: 1.0, nightKm: 2.1 },
    ref: T1,
  },
  // UN1809 when spilled in water: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1809,
    guide: '137',
    when: 'water',
    name: 'Phosphorus trichloride (when spilled in water)',
    nameZh: '三氯化磷',
    small: { isoM: 30, dayKm: 0.1, nightKm: 0.1 },
    large: { isoM: 60, dayKm: 0.7, nightKm: 2.4 },
    ref: T1,
  },
  // UN2190: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 2190,
    guide: '124',
    gb18218No: 2,
    name: 'Oxygen difluoride / Oxygen difluoride, compressed',
    nameZh: '二氟化氧',
    small: { isoM: 300, dayKm: 1.8, nightKm: 7.1 },
    large: { isoM: 1000, dayKm: 11.0, nightKm: 11.0, dayPlus: true, nightPlus: true },
    ref: T1,
  },
  // UN2676: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 2676,
    guide: '119',
    gb18218No: 15,
    name: 'Stibine',
    nameZh: '锑化氢',
    small: { isoM: 60, dayKm: 0.3, nightKm: 1.6 },
    large: { isoM: 200, dayKm: 1.3, nightKm: 4.1 },
    ref: T1,
  },
  // UN2202: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 2202,
    guide: '117',
    gb18218No: 16,
    name: 'Hydrogen selenide, anhydrous',
    nameZh: '硒化氢',
    small: { isoM: 300, dayKm: 1.7, nightKm: 6.0 },
    large: { isoM: 1000, dayKm: 10.7, nightKm: 11.0, nightPlus: true },
    ref: T1,
  },
  // UN1541 when spilled in water: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1541,
    guide: '155',
    when: 'water',
    gb18218No: 18,
    name: 'Acetone cyanohydrin, stabilized (when spilled in water)',
    nameZh: '丙酮氰醇',
    small: { isoM: 30, dayKm: 0.1, nightKm: 0.1 },
    large: { isoM: 60, dayKm: 0.2, nightKm: 0.8 },
    ref: T1,
  },
  // UN1828 when spilled on land: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1828,
    guide: '137',
    when: 'land',
    gb18218No: 24,
    name: 'Sulfur chlorides (when spilled on land)',
    nameZh: '一氯化硫',
    small: { isoM: 30, dayKm: 0.1, nightKm: 0.1 },
    large: { isoM: 60, dayKm: 0.3, nightKm: 0.4 },
    ref: T1,
  },
  // UN1828 when spilled in water: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1828,
    guide: '137',
    when: 'water',
    gb18218No: 24,
    name: 'Sulfur chlorides (when spilled in water)',
    nameZh: '一氯化硫',
    small: { isoM: 30, dayKm: 0.1, nightKm: 0.1 },
    large: { isoM: 30, dayKm: 0.3, nightKm: 1.0 },
    ref: T1,
  },
  // UN1829: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1829,
    guide: '137',
    gb18218No: 26,
    name: 'Sulfur trioxide, stabilized',
    nameZh: '三氧化硫',
    small: { isoM: 60, dayKm: 0.4, nightKm: 1.0 },
    large: { isoM: 300, dayKm: 2.9, nightKm: 6.3 },
    ref: T1,
  },
  // UN2334: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 2334,
    guide: '131',
    gb18218No: 27,
    name: 'Allylamine',
    nameZh: '3-氨基丙烯',
    small: { isoM: 30, dayKm: 0.2, nightKm: 0.5 },
    large: { isoM: 150, dayKm: 1.4, nightKm: 2.5 },
    ref: T1,
  },
  // UN1744: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1744,
    guide: '154',
    gb18218No: 28,
    name: 'Bromine / Bromine, solution (Inhalation Hazard Zone A)',
    nameZh: '溴',
    small: { isoM: 60, dayKm: 0.8, nightKm: 2.3 },
    large: { isoM: 300, dayKm: 3.8, nightKm: 7.5 },
    ref: T1,
  },
  // UN1185: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1185,
    guide: '131P',
    gb18218No: 29,
    name: 'Ethyleneimine, stabilized',
    nameZh: '乙撑亚胺',
    small: { isoM: 30, dayKm: 0.2, nightKm: 0.5 },
    large: { isoM: 200, dayKm: 0.9, nightKm: 1.8 },
    ref: T1,
  },
  // UN1093: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1093,
    guide: '131P',
    gb18218No: 60,
    name: 'Acrylonitrile, stabilized',
    nameZh: '2-丙烯腈',
    small: { isoM: 30, dayKm: 0.2, nightKm: 0.6 },
    large: { isoM: 100, dayKm: 1.2, nightKm: 2.3 },
    ref: T1,
  },
  // UN1380: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 1380,
    guide: '135',
    gb18218No: 75,
    name: 'Pentaborane',
    nameZh: '戊硼烷',
    small: { isoM: 60, dayKm: 0.6, nightKm: 1.9 },
    large: { isoM: 200, dayKm: 2.7, nightKm: 6.2 },
    ref: T1,
  },
  // UN2032: ERG2020 Table 1, pp. 296–343 [V] (standards §13.3)
  {
    un: 2032,
    guide: '157',
    gb18218No: 80,
    name: 'Nitric acid, red fuming',
    nameZh: '发烟硝酸',
    small: { isoM: 30, dayKm: 0.1, nightKm: 0.1 },
    large: { isoM: 150, dayKm: 0.3, nightKm: 0.5 },
    ref: T1,
  },
  // UN1831: ERG2020 Table 1, pp. 296–343 [V] (standards §13.5)
  {
    un: 1831,
    guide: '137',
    name: 'Sulfuric acid, fuming',
    nameZh: '发烟硫酸',
    small: { isoM: 60, dayKm: 0.4, nightKm: 1.0 },
    large: { isoM: 300, dayKm: 2.9, nightKm: 6.3 },
    ref: T1,
  },
];
