export const HAZARD_GRADES = ['一级', '二级', '三级', '四级'] as const;
export type HazardGrade = (typeof HAZARD_GRADES)[number];

/** 表5 bands, highest first: people within 500 m of the plant boundary → α. */
export const GB18218_ALPHA_BANDS: readonly { minPeople: number; alpha: number }[] = [
  { minPeople: 100, alpha: 2.0 }, // GB 18218-2018 表5: 100人以上 [V]
  { minPeople: 50, alpha: 1.5 }, // GB 18218-2018 表5: 50人～99人 [V]
  { minPeople: 30, alpha: 1.2 }, // GB 18218-2018 表5: 30人～49人 [V]
  { minPeople: 1, alpha: 1.0 }, // GB 18218-2018 表5: 1人～29人 [V]
  { minPeople: 0, alpha: 0.5 }, // GB 18218-2018 表5: 0人 [V]
];

export function alphaFor(people500m: number): number {
  return GB18218_ALPHA_BANDS.find((b) => people500m >= b.minPeople)?.alpha ?? 0.5;
}

/** 表6 bands, highest first. */
export const GB18218_GRADE_BANDS: readonly { minR: number; grade: HazardGrade }[] = [
  { minR: 100, grade: '一级' }, // GB 18218-2018 表6: R ≥ 100 [V]
  { minR: 50, grade: '二级' }, // GB 18218-2018 表6: 100 > R ≥ 50 [V]
  { minR: 10, grade: '三级' }, // GB 18218-2018 表6: 50 > R ≥ 10 [V]
  { minR: Number.NEGATIVE_INFINITY, grade: '四级' }, // GB 18218-2018 表6: R < 10 [V]
];

export function gradeFromR(R: number): HazardGrade {
  return GB18218_GRADE_BANDS.find((b) => R >= b.minR)?.grade ?? '四级';
}
