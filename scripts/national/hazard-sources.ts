import { type Archetype, betaBar, PARK_ARCHETYPES, TOWN_ARCHETYPES } from '../sample/hazard-archetypes';
import { brand } from '../sample/names';
import type { Rng } from '../sample/prng';
import { assess, formatInventory, type Grade, type InventoryItem, roundTonnes } from '../sample/substances';
import type { CsvCell } from './csv-writer';

export const HAZARD_HEADERS = [
  '编号',
  '名称',
  '经度',
  '纬度',
  '企业名称',
  '危险化学品',
  '500米内人数',
  '状态',
  '数据来源',
  '更新日期',
] as const;

const ARCHETYPES: readonly Archetype[] = [...PARK_ARCHETYPES, ...Object.values(TOWN_ARCHETYPES)];
const GRADE_ORDER: readonly Grade[] = ['一级', '二级', '三级', '四级'];
/** A national ledger is mostly small 四级/三级 sites with a few 一级: roughly the published provincial mixes. */
const GRADE_WEIGHTS = [0.04, 0.12, 0.34, 0.5];
/** R bands per grade (GB 18218-2018 表6), kept off the edges so rounding tonnes cannot cross a band. */
const R_BAND: Record<Grade, [number, number]> = { 一级: [104, 190], 二级: [53, 95], 三级: [11, 47], 四级: [1, 9.6] };
const PEOPLE_BANDS: readonly [number, number][] = [
  [0, 0],
  [3, 29],
  [30, 49],
  [50, 99],
  [100, 3200],
];
const PEOPLE_WEIGHTS = [0.08, 0.3, 0.2, 0.2, 0.22];
const STATUSES = ['在役', '停产', '搬迁中'] as const;
const STATUS_WEIGHTS = [0.92, 0.06, 0.02];

export interface HazardInventory {
  items: InventoryItem[];
  people: number;
  archetype: Archetype;
}

/**
 * A valid GB 18218-2018 inventory aimed at a grade: the archetype's substance mix scaled so R = α·S·Σβ·share falls
 * inside the grade's band, with S ≥ 1.02 (a major hazard source) and believable stocks. The build recomputes the
 * grade from the ledger; the aim only shapes the national mix.
 */
export function hazardInventory(rng: Rng): HazardInventory {
  const grade = rng.weighted(GRADE_ORDER, GRADE_WEIGHTS);
  for (;;) {
    const archetype = rng.pick(ARCHETYPES);
    const band = rng.weighted(PEOPLE_BANDS, PEOPLE_WEIGHTS);
    const people = rng.int(band[0], band[1]);
    const weights = archetype.mix.map((m) => m.share * rng.range(0.7, 1.3));
    const total = weights.reduce((s, w) => s + w, 0);
    const mix = archetype.mix.map((m, i) => ({ sub: m.sub, share: (weights[i] ?? 0) / total }));
    const alpha = assess([], people).alpha;
    const bb = betaBar({ ...archetype, mix });
    const [lo0, hi] = R_BAND[grade];
    const lo = Math.max(lo0, alpha * bb * 1.05);
    if (lo >= hi) continue;
    const S = rng.range(lo, hi) / (alpha * bb);
    const items = mix.map((m) => ({ sub: m.sub, q: roundTonnes(m.share * S * m.sub.Q) }));
    if (items.some((i) => i.q < 0.5 || i.q > i.sub.maxQ)) continue;
    const res = assess(items, people);
    if (res.S >= 1.02 && res.grade === grade) return { items, people, archetype };
  }
}

export function hazardRecord(
  rng: Rng,
  n: number,
  [lon, lat]: [number, number],
  updated: string,
  source: string,
): Record<string, CsvCell> {
  const inv = hazardInventory(rng);
  const b = brand(rng);
  return {
    编号: `WXY-${String(n).padStart(7, '0')}`,
    名称: `${b}${inv.archetype.industry}${inv.archetype.unit}`,
    经度: lon.toFixed(5),
    纬度: lat.toFixed(5),
    企业名称: `${b}${inv.archetype.industry}有限公司`,
    危险化学品: formatInventory(inv.items),
    '500米内人数': inv.people,
    状态: rng.weighted(STATUSES, STATUS_WEIGHTS),
    数据来源: source,
    更新日期: updated,
  };
}
