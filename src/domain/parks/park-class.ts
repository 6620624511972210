export const PARK_CLASSES = ['A', 'B', 'C', 'D'] as const;
export type ParkClass = (typeof PARK_CLASSES)[number];

export interface ParkBand {
  cls: ParkClass;
  /** inclusive lower bound of the 安全风险评估得分 */
  min: number;
  /** exclusive upper bound */
  max: number;
  zh: string;
  status: 'V' | 'U';
}

/** 《化工园区安全风险排查治理导则》修订版 scoring bands (standards.md §3.1). Pass other bands for the 2019 trial. */
export const PARK_RISK_BANDS_REVISED: readonly ParkBand[] = [
  { cls: 'A', min: Number.NEGATIVE_INFINITY, max: 60, zh: '高安全风险', status: 'V' }, // 导则(修订版): A < 60 [V]
  { cls: 'B', min: 60, max: 70, zh: '较高安全风险', status: 'V' }, // 导则(修订版): 60 ≤ B < 70 [V]
  { cls: 'C', min: 70, max: 85, zh: '一般安全风险', status: 'V' }, // 导则(修订版): 70 ≤ C < 85 [V]
  { cls: 'D', min: 85, max: Number.POSITIVE_INFINITY, zh: '较低安全风险', status: 'V' }, // 导则(修订版): D ≥ 85 [V]
];

export const PARK_RULE_SOURCE = '《化工园区安全风险排查治理导则》修订版';

export function parkRiskBand(score: number, bands: readonly ParkBand[] = PARK_RISK_BANDS_REVISED): ParkBand {
  const band = bands.find((b) => score >= b.min && score < b.max);
  if (!band) throw new Error(`no park risk band covers score ${score}; the bands must cover every score`);
  return band;
}

export const parkRiskClass = (score: number, bands: readonly ParkBand[] = PARK_RISK_BANDS_REVISED): ParkClass =>
  parkRiskBand(score, bands).cls;
