export const FIRE_STATION_TYPES = ['特勤站', '一级站', '二级站', '小型站', '战勤保障站', '专职队', '微型站'] as const;
export type FireStationType = (typeof FIRE_STATION_TYPES)[number];

export const FIRE_STATION_STATUSES = ['现有', '规划'] as const;
export const FIRE_SPECIALITIES = ['危化', '矿山', '水上', '综合'] as const;

export interface DistrictCap {
  /** 辖区面积上限 km², null where none is set */
  capKm2: number | null;
  /** shown in 分级依据 */
  rule: string;
  status: 'V' | 'U';
}

export const FIRE_RULE_SOURCE = '建标152-2017 第十四条';

export const FIRE_STATION_DISTRICT_CAPS: Readonly<Record<FireStationType, DistrictCap>> = {
  // 建标152-2017 第十四条: 特勤站兼有辖区消防任务的，其辖区面积同一级站 [V]
  特勤站: { capKm2: 7, rule: '兼辖区任务时同一级站，辖区面积不宜大于 7 km²', status: 'V' },
  // 建标152-2017 第十四条: 一级站辖区面积不宜大于 7 km² [V]
  一级站: { capKm2: 7, rule: '辖区面积不宜大于 7 km²', status: 'V' },
  // 建标152-2017 第十四条: 二级站辖区面积不宜大于 4 km² [V]
  二级站: { capKm2: 4, rule: '辖区面积不宜大于 4 km²', status: 'V' },
  // 建标152-2017 第十四条: 小型站辖区面积不宜大于 2 km² [V]
  小型站: { capKm2: 2, rule: '辖区面积不宜大于 2 km²', status: 'V' },
  // 建标152-2017 第十四条: 战勤保障站不单独划分辖区 [V]
  战勤保障站: { capKm2: null, rule: '不单独划分辖区', status: 'V' },
  // 建标152-2017 covers 城市消防站 only; 专职队 and 微型站 have no district cap there [U]
  专职队: { capKm2: null, rule: '非城市消防站，建标152-2017 未规定辖区面积', status: 'U' },
  微型站: { capKm2: null, rule: '非城市消防站，建标152-2017 未规定辖区面积', status: 'U' },
};

/** `一级站：辖区面积不宜大于 7 km²（建标152-2017 第十四条）；辖区 6.5 km² ≤ 7 km²` */
export function fireStationBasis(type: FireStationType, districtKm2: number | null): string {
  const cap = FIRE_STATION_DISTRICT_CAPS[type];
  const parts = [`${type}：${cap.rule}（${FIRE_RULE_SOURCE}）`];
  if (districtKm2 !== null && cap.capKm2 !== null) {
    parts.push(
      districtKm2 > cap.capKm2
        ? `辖区 ${districtKm2} km² 超过 ${cap.capKm2} km²`
        : `辖区 ${districtKm2} km² ≤ ${cap.capKm2} km²`,
    );
  }
  return parts.join('；');
}
