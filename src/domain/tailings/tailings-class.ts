export const TAILINGS_CLASSES = ['一等', '二等', '三等', '四等', '五等'] as const;
export type TailingsClassName = (typeof TAILINGS_CLASSES)[number];
/** 1 = 一等 (highest) … 5 = 五等 */
export type TailingsClassNo = 1 | 2 | 3 | 4 | 5;

export const TAILINGS_SAFETY = ['正常库', '病库', '险库', '危库'] as const;
export type TailingsSafety = (typeof TAILINGS_SAFETY)[number];

export interface TailingsBand {
  cls: TailingsClassNo;
  /** lower bound (inclusive) of the class */
  min: number;
  status: 'V' | 'U';
}

/** 全库容 V (万m³) lower bounds, highest class first. */
export const TAILINGS_VOLUME_BANDS: readonly TailingsBand[] = [
  { cls: 1, min: 50000, status: 'U' }, // GB 39496-2020 4.5: 一等 V ≥ 50000 [U] 默认值，待核实
  { cls: 2, min: 10000, status: 'V' }, // GB 39496-2020 4.5: 二等 V ≥ 10000 [V] (upper bound [U])
  { cls: 3, min: 1000, status: 'V' }, // GB 39496-2020 4.5: 三等 1000 ≤ V < 10000 [V]
  { cls: 4, min: 100, status: 'V' }, // GB 39496-2020 4.5: 四等 100 ≤ V < 1000 [V]
  { cls: 5, min: Number.NEGATIVE_INFINITY, status: 'V' }, // GB 39496-2020 4.5: 五等 V < 100 [V]
];

/** 坝高 H (m) lower bounds, highest class first. */
export const TAILINGS_HEIGHT_BANDS: readonly TailingsBand[] = [
  { cls: 1, min: 200, status: 'U' }, // GB 39496-2020 4.5: 一等 H ≥ 200 [U] 默认值，待核实
  { cls: 2, min: 100, status: 'V' }, // GB 39496-2020 4.5: 二等 H ≥ 100 [V] (upper bound [U])
  { cls: 3, min: 60, status: 'V' }, // GB 39496-2020 4.5: 三等 60 ≤ H < 100 [V]
  { cls: 4, min: 30, status: 'V' }, // GB 39496-2020 4.5: 四等 30 ≤ H < 60 [V]
  { cls: 5, min: Number.NEGATIVE_INFINITY, status: 'V' }, // GB 39496-2020 4.5: 五等 H < 30 [V]
];

const classIn = (bands: readonly TailingsBand[], x: number): TailingsClassNo => bands.find((b) => x >= b.min)?.cls ?? 5;

export const tailingsClassByVolume = (volume10kM3: number): TailingsClassNo =>
  classIn(TAILINGS_VOLUME_BANDS, volume10kM3);
export const tailingsClassByHeight = (damHeightM: number): TailingsClassNo =>
  classIn(TAILINGS_HEIGHT_BANDS, damHeightM);

export const classNameOf = (cls: TailingsClassNo): TailingsClassName => TAILINGS_CLASSES[cls - 1] as TailingsClassName;
export const classNoOf = (name: TailingsClassName): TailingsClassNo =>
  (TAILINGS_CLASSES.indexOf(name) + 1) as TailingsClassNo;

export interface TailingsClassResult {
  byVolume: TailingsClassNo;
  byHeight: TailingsClassNo;
  cls: TailingsClassNo;
  /** how the two were combined */
  rule: 'equal' | 'differByOne' | 'differByMore';
  /** a [U] bound (一等/二等) decided the result */
  usesUnverifiedBound: boolean;
  /** `全库容 1200万m³ → 三等，坝高 45m → 四等，相差一等取高者 → 三等（GB 39496-2020 4.5）` */
  basis: string;
}

const DIGITS = ['', '一', '二', '三', '四'];

export function tailingsClass(volume10kM3: number, damHeightM: number): TailingsClassResult {
  const byVolume = tailingsClassByVolume(volume10kM3);
  const byHeight = tailingsClassByHeight(damHeightM);
  const higher = Math.min(byVolume, byHeight) as TailingsClassNo;
  const diff = Math.abs(byVolume - byHeight);
  // GB 39496-2020 4.5: 等差为一等时以高者为准；等差大于一等时按高者降低一等 [V]
  const cls = (diff > 1 ? higher + 1 : higher) as TailingsClassNo;
  const rule = diff === 0 ? 'equal' : diff === 1 ? 'differByOne' : 'differByMore';
  const how =
    rule === 'equal' ? '两者相同' : rule === 'differByOne' ? '相差一等取高者' : `相差${DIGITS[diff]}等取高者降低一等`;
  const usesUnverifiedBound = byVolume <= 2 || byHeight <= 2;
  const basis =
    `全库容 ${volume10kM3}万m³ → ${classNameOf(byVolume)}，坝高 ${damHeightM}m → ${classNameOf(byHeight)}，` +
    `${how} → ${classNameOf(cls)}（GB 39496-2020 4.5${usesUnverifiedBound ? '；一等/二等分界为默认值，待核实' : ''}）`;
  return { byVolume, byHeight, cls, rule, usesUnverifiedBound, basis };
}
