import { gb36894Class, PROTECTED_CATEGORY_NAMES } from '../protected/gb36894-class';
import type { Development, SensitivityLevel, SensitivityResult } from './types';

/**
 * How a development type is judged, after the UK HSE development-type tables (shared/domain/anchors.md §1,
 * thresholds [recalled] → confidence U). The GB 36894-2018 class decides where the HSE tables need a size.
 */
type Kind =
  | 'care24h'
  | 'dayCare'
  | 'important'
  | 'housing'
  | 'hotel'
  | 'indoorPublic'
  | 'outdoorPublic'
  | 'workplace'
  | 'parking'
  | 'hazchem'
  | 'general';

const KIND_OF: Readonly<Record<string, Kind>> = {
  医院: 'care24h',
  卫生院: 'care24h',
  养老院: 'care24h',
  福利院: 'care24h',
  学校: 'dayCare',
  幼儿园: 'dayCare',
  托儿所: 'dayCare',
  文化活动中心: 'dayCare',
  文物保护单位: 'important',
  党政机关: 'important',
  图书馆: 'important',
  博物馆: 'important',
  宗教场所: 'important',
  居民区: 'housing',
  酒店: 'hotel',
  商场: 'indoorPublic',
  体育场馆: 'outdoorPublic',
  办公楼: 'workplace',
  工厂: 'workplace',
  停车场: 'parking',
  危险化学品项目: 'hazchem',
  其他: 'general',
};

/** Development types the siting check accepts: the protected-target categories plus 酒店/停车场/危险化学品项目. */
export const DEVELOPMENT_CATEGORIES: readonly string[] = [
  ...PROTECTED_CATEGORY_NAMES,
  ...Object.keys(KIND_OF).filter((k) => !PROTECTED_CATEGORY_NAMES.includes(k)),
];

// HSE DT3.1 exclusions [recalled, U]: 24-hour care on a site > 0.25 ha, day care on a site > 1.4 ha → Level 4.
const CARE24H_LEVEL4_HA = 0.25;
const DAYCARE_LEVEL4_HA = 1.4;
// HSE DT2.1 [recalled, U]: infill of 1–2 dwellings → Level 1.
const INFILL_MAX_DWELLINGS = 2;
// HSE DT2.2 [recalled, U]: < 10 beds → Level 1, > 100 beds → Level 3 (people stand in for beds).
const HOTEL_SMALL = 10;
const HOTEL_LARGE = 100;
// HSE DT2.4 [recalled, U]: indoor public use < 250 m² → Level 1, > 5,000 m² → Level 3.
const INDOOR_SMALL_M2 = 250;
const INDOOR_LARGE_M2 = 5000;
// HSE DT2.5 / DT4.2 [recalled, U]: outdoor public use 100–1,000 people → Level 3, > 1,000 → Level 4.
const OUTDOOR_MEDIUM = 100;
const OUTDOOR_LARGE = 1000;
// HSE DT1.1 [recalled, U]: workplaces with ≥ 100 occupants (and ≥ 3 storeys, not asked here) → Level 2.
const WORKPLACE_LARGE = 100;

const HSE = 'UK HSE 开发类型表 anchors.md §1，阈值为回忆值，默认值，待核实';

export function isDevelopmentCategory(category: string): boolean {
  return KIND_OF[category] !== undefined;
}

/**
 * Sensitivity level 1–4 of a development (or an existing protected target), HSE style, mapped from its
 * GB 36894-2018 class. The level drives the decision matrix (./decision-matrix.ts).
 *
 * @throws on an unknown category (the list is DEVELOPMENT_CATEGORIES)
 * @example developmentSensitivity({ category: '学校', people: 800 }).level // 3
 */
export function developmentSensitivity(dev: Development): SensitivityResult {
  const kind = KIND_OF[dev.category];
  if (!kind) {
    throw new Error(
      `未知的开发类型 "${dev.category}"，应为 ${DEVELOPMENT_CATEGORIES.join('/')} (unknown development type "${dev.category}")`,
    );
  }
  const people = Math.max(0, dev.people ?? 0);
  const dwellings = dev.dwellings ?? null;
  const protectedCategory = PROTECTED_CATEGORY_NAMES.includes(dev.category) ? dev.category : '其他';
  // gb36894Class never returns null for a listed category or 其他
  const cls = gb36894Class(protectedCategory, people, dwellings) ?? { targetClass: '一般三类', basis: '' };
  const basis: string[] = [cls.basis];
  const area = dev.siteAreaHa ?? null;
  const say = (level: SensitivityLevel, why: string): SensitivityResult => {
    basis.push(`${why} → ${level}级（${HSE}）`);
    return { level, gb36894Class: cls.targetClass, basis, confidence: 'U' };
  };
  const byClass = (): SensitivityLevel => (cls.targetClass === '一般三类' ? 1 : cls.targetClass === '一般二类' ? 2 : 3);

  switch (kind) {
    case 'care24h':
    case 'dayCare': {
      const limit = kind === 'care24h' ? CARE24H_LEVEL4_HA : DAYCARE_LEVEL4_HA;
      const care = kind === 'care24h' ? '24小时照护' : '日间照护/教育';
      if (area === null) {
        basis.push(`用地面积未知（点位选址），未检验"${care}用地 > ${limit} ha 升为4级"——请绘制用地范围`);
        return say(3, `${dev.category}：易受伤害人群`);
      }
      return area > limit
        ? say(4, `${dev.category}：${care}，用地 ${area.toFixed(2)} ha > ${limit} ha`)
        : say(3, `${dev.category}：${care}，用地 ${area.toFixed(2)} ha ≤ ${limit} ha`);
    }
    case 'important':
      // GB 36894-2018 表1: 重要防护目标 share the 高敏感 individual-risk criterion (3×10⁻⁷/年) [P]
      return say(3, `${dev.category}：重要防护目标，个人风险基准同高敏感目标（GB 36894-2018 表1）`);
    case 'housing':
      if (dwellings !== null && dwellings <= INFILL_MAX_DWELLINGS) {
        return say(1, `居民区 ${dwellings} 户 ≤ ${INFILL_MAX_DWELLINGS} 户（零星住宅）`);
      }
      return cls.targetClass === '一般一类'
        ? say(3, '居民区 一般一类（> 30 户）')
        : say(2, `居民区 ${cls.targetClass}`);
    case 'hotel':
      if (people < HOTEL_SMALL) return say(1, `酒店 ${people} 人 < ${HOTEL_SMALL}`);
      return people > HOTEL_LARGE ? say(3, `酒店 ${people} 人 > ${HOTEL_LARGE}`) : say(2, `酒店 ${people} 人`);
    case 'indoorPublic': {
      const m2 = dev.floorAreaM2 ?? null;
      if (m2 === null) return say(byClass(), `${dev.category} 建筑面积未知，按 ${cls.targetClass}`);
      if (m2 < INDOOR_SMALL_M2) return say(1, `${dev.category} 建筑面积 ${m2} m² < ${INDOOR_SMALL_M2} m²`);
      return m2 > INDOOR_LARGE_M2
        ? say(3, `${dev.category} 建筑面积 ${m2} m² > ${INDOOR_LARGE_M2} m²`)
        : say(2, `${dev.category} 建筑面积 ${m2} m²`);
    }
    case 'outdoorPublic':
      if (people > OUTDOOR_LARGE) return say(4, `${dev.category} ${people} 人 > ${OUTDOOR_LARGE}`);
      return people > OUTDOOR_MEDIUM
        ? say(3, `${dev.category} ${people} 人 > ${OUTDOOR_MEDIUM}`)
        : say(2, `${dev.category} ${people} 人 ≤ ${OUTDOOR_MEDIUM}`);
    case 'workplace':
      return people >= WORKPLACE_LARGE
        ? say(2, `${dev.category} ${people} 人 ≥ ${WORKPLACE_LARGE}（楼层数未知，从严）`)
        : say(1, `${dev.category} ${people} 人：一般从业人员`);
    case 'parking':
      return say(1, '停车场（无其他设施）');
    case 'hazchem':
      basis.push('拟建危险化学品项目本身另需反向核查：其防护距离内的现有防护目标');
      return say(people >= WORKPLACE_LARGE ? 2 : 1, `危险化学品项目 ${people} 人：从业人员`);
    case 'general':
      return say(byClass(), `按 ${cls.targetClass}`);
  }
}
