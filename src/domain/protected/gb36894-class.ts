export const TARGET_CLASSES = ['高敏感', '重要', '一般一类', '一般二类', '一般三类'] as const;
export type TargetClass = (typeof TARGET_CLASSES)[number];

export interface CategoryRule {
  group: 'highSensitive' | 'important' | 'general';
  /** residential targets are also classed by 户数 */
  residential: boolean;
  status: 'V' | 'P' | 'U';
}

const high = (status: 'V' | 'P' | 'U'): CategoryRule => ({ group: 'highSensitive', residential: false, status });
const important = (status: 'V' | 'P' | 'U'): CategoryRule => ({ group: 'important', residential: false, status });
const general = (residential = false): CategoryRule => ({ group: 'general', residential, status: 'U' });

/** Ledger categories and their GB 36894-2018 3.1 group. `其他` is the catch-all for anything not listed. */
export const PROTECTED_CATEGORIES: Readonly<Record<string, CategoryRule>> = {
  学校: high('P'), // GB 36894-2018 3.1 b) 教育设施 高敏感 [P]
  幼儿园: high('P'), // GB 36894-2018 3.1 b) 教育设施 高敏感 [P]
  托儿所: high('U'), // GB 36894-2018 3.1 b)/e) 高敏感 [U] 默认值，待核实
  医院: high('U'), // GB 36894-2018 3.1 c) 医疗卫生场所 高敏感 [U] 默认值，待核实
  卫生院: high('U'), // GB 36894-2018 3.1 c) 医疗卫生场所 高敏感 [U] 默认值，待核实
  养老院: high('U'), // GB 36894-2018 3.1 d) 社会福利设施 高敏感 [U] 默认值，待核实
  福利院: high('U'), // GB 36894-2018 3.1 d) 社会福利设施 高敏感 [U] 默认值，待核实
  文化活动中心: high('V'), // GB 36894-2018 3.1 a) 文化设施 高敏感 [V]
  文物保护单位: important('U'), // GB 36894-2018 3.1 重要防护目标 [U] 默认值，待核实
  党政机关: important('U'), // 2014 试行标准 重要目标 lists 党政机关; 2018 placement [U] 默认值，待核实
  图书馆: important('U'), // GB 36894-2018 3.1 重要: 公共图书展览设施 [U] 默认值，待核实
  博物馆: important('U'), // GB 36894-2018 3.1 重要: 公共图书展览设施 [U] 默认值，待核实
  宗教场所: important('U'), // GB 36894-2018 3.1 重要: 宗教场所 [U] 默认值，待核实
  居民区: general(true), // GB 36894-2018 附录A 一般防护目标 (住宅) [U] 默认值，待核实
  商场: general(), // GB 36894-2018 附录A 一般防护目标 (商业) [U] 默认值，待核实
  体育场馆: general(), // GB 36894-2018 附录A 一般防护目标 (公共聚集) [U] 默认值，待核实
  办公楼: general(), // GB 36894-2018 附录A 一般防护目标 (办公) [U] 默认值，待核实
  工厂: general(), // GB 36894-2018 附录A 一般防护目标 (其他企业) [U] 默认值，待核实
  其他: general(), // catch-all, classed by 人数 as a 一般防护目标 [U] 默认值，待核实
};

export const PROTECTED_CATEGORY_NAMES = Object.keys(PROTECTED_CATEGORIES);

export interface GeneralBand {
  cls: '一般一类' | '一般二类' | '一般三类';
  minPeople: number;
  /** residential only */
  minDwellings: number;
}

/** GB 36894-2018 附录A bands (2014 trial values, standards.md §4.1) [U] 默认值，待核实. Highest first. */
export const GB36894_GENERAL_BANDS: readonly GeneralBand[] = [
  { cls: '一般一类', minPeople: 100, minDwellings: 30 }, // GB 36894-2018 附录A 一类: ≥100 人 / ≥30 户 [U]
  { cls: '一般二类', minPeople: 30, minDwellings: 10 }, // GB 36894-2018 附录A 二类: 30–99 人 / 10–29 户 [U]
  { cls: '一般三类', minPeople: 0, minDwellings: 0 }, // GB 36894-2018 附录A 三类: <30 人 / <10 户 [U]
];

const bandIndex = (pred: (b: GeneralBand) => boolean) => {
  const i = GB36894_GENERAL_BANDS.findIndex(pred);
  return i < 0 ? GB36894_GENERAL_BANDS.length - 1 : i;
};

export interface TargetClassResult {
  targetClass: TargetClass;
  basis: string;
}

/** GB 36894-2018 3.1 / 附录A class of a protected target; null when the category is not a known one. */
export function gb36894Class(category: string, people: number, dwellings: number | null): TargetClassResult | null {
  const rule = PROTECTED_CATEGORIES[category];
  if (!rule) return null;
  const pending = rule.status === 'U' ? '；默认值，待核实' : '';
  if (rule.group === 'highSensitive') {
    return { targetClass: '高敏感', basis: `${category} → 高敏感防护目标（GB 36894-2018 3.1${pending}）` };
  }
  if (rule.group === 'important') {
    return { targetClass: '重要', basis: `${category} → 重要防护目标（GB 36894-2018 3.1${pending}）` };
  }
  // For residential targets the higher of the 户数 and 人数 classes applies (the more protective reading).
  let i = bandIndex((b) => people >= b.minPeople);
  if (rule.residential && dwellings !== null)
    i = Math.min(
      i,
      bandIndex((b) => dwellings >= b.minDwellings),
    );
  const band = GB36894_GENERAL_BANDS[i] as GeneralBand;
  const size = rule.residential && dwellings !== null ? `${dwellings} 户 / ${people} 人` : `${people} 人`;
  const limits = GB36894_GENERAL_BANDS.filter((b) => b.minPeople > 0)
    .map((b) => `${b.cls.slice(2)} ≥${b.minPeople} 人${rule.residential ? `或 ≥${b.minDwellings} 户` : ''}`)
    .join('，');
  return {
    targetClass: band.cls,
    basis: `${category} ${size} → 一般防护目标 ${band.cls.slice(2)}（GB 36894-2018 附录A：${limits}；默认值，待核实）`,
  };
}
