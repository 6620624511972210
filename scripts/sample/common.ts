import type { Rng } from './prng';

/** Provenance on every record (seeds-requirements #42): the app shows it on the detail card. */
export const SAMPLE_SOURCE = '示例数据（模拟）';
/** Latest 更新日期 of the sample: becomes the build's dataVersion (architecture.md, Contract 3). */
export const SAMPLE_DATA_VERSION = '2026-11-22';

const FIRST_DAY = Date.UTC(2026, 0, 5);
const LAST_DAY = Date.parse(`${SAMPLE_DATA_VERSION}T00:00:00Z`);
const DAY_MS = 86_400_000;

export function updatedDate(rng: Rng): string {
  const days = rng.int(0, Math.round((LAST_DAY - FIRST_DAY) / DAY_MS));
  return new Date(FIRST_DAY + days * DAY_MS).toISOString().slice(0, 10);
}

const SURNAMES = ['张', '王', '李', '刘', '陈', '杨', '黄', '周', '吴', '彭', '易', '胡', '邓', '许', '罗', '谢'];
const TITLES = ['工', '工', '主任', '科长', '站长'];

/** Obviously fake contacts: a surname + title, and 0730-0000xxxx (no real 8-digit 0730 number starts 0000). */
export function contact(rng: Rng): { 联系人: string; 联系电话: string } {
  return {
    联系人: `${rng.pick(SURNAMES)}${rng.pick(TITLES)}`,
    联系电话: `0730-0000${String(rng.int(0, 9999)).padStart(4, '0')}`,
  };
}

/** The tail columns every ledger shares. The first record of a layer carries the data version date so each
 *  layer alone already yields the same dataVersion. */
export interface Provenance {
  数据来源: string;
  更新日期: string;
  联系人: string;
  联系电话: string;
}

export function provenance(rng: Rng, index: number): Provenance {
  return {
    数据来源: SAMPLE_SOURCE,
    更新日期: index === 0 ? SAMPLE_DATA_VERSION : updatedDate(rng),
    ...contact(rng),
  };
}

export const PROVENANCE_HEADERS = ['数据来源', '更新日期', '联系人', '联系电话'] as const;

/** Sequential ids with a layer prefix, e.g. WXY-007: stable as long as the seed and generator are unchanged. */
export const seqId = (prefix: string, n: number, width = 3): string => `${prefix}-${String(n).padStart(width, '0')}`;
