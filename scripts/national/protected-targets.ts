import type { Rng } from '../sample/prng';
import type { CsvCell } from './csv-writer';

export const TARGET_HEADERS = ['编号', '名称', '经度', '纬度', '类别', '人数', '户数', '数据来源', '更新日期'] as const;

/** Category mix and head-count range of each (people; 居民区 also 户数 ≈ people / 2.8). */
const CATEGORIES: readonly { name: string; weight: number; people: [number, number] }[] = [
  { name: '居民区', weight: 0.45, people: [80, 12_000] },
  { name: '学校', weight: 0.12, people: [200, 4_000] },
  { name: '幼儿园', weight: 0.07, people: [60, 600] },
  { name: '医院', weight: 0.04, people: [100, 3_000] },
  { name: '卫生院', weight: 0.03, people: [20, 200] },
  { name: '养老院', weight: 0.03, people: [30, 500] },
  { name: '党政机关', weight: 0.04, people: [30, 800] },
  { name: '商场', weight: 0.06, people: [100, 5_000] },
  { name: '办公楼', weight: 0.06, people: [100, 3_000] },
  { name: '工厂', weight: 0.06, people: [50, 2_000] },
  { name: '体育场馆', weight: 0.02, people: [200, 20_000] },
  { name: '文物保护单位', weight: 0.02, people: [0, 300] },
];
const WEIGHTS = CATEGORIES.map((c) => c.weight);

export function protectedTargetRecord(
  rng: Rng,
  n: number,
  [lon, lat]: [number, number],
  updated: string,
  source: string,
): Record<string, CsvCell> {
  const c = rng.weighted(CATEGORIES, WEIGHTS);
  const people = Math.round(Math.exp(rng.range(Math.log(c.people[0] + 1), Math.log(c.people[1] + 1))) - 1);
  return {
    编号: `FHMB-${String(n).padStart(6, '0')}`,
    名称: `${c.name}${n}`,
    经度: lon.toFixed(5),
    纬度: lat.toFixed(5),
    类别: c.name,
    人数: people,
    户数: c.name === '居民区' ? Math.max(1, Math.round(people / 2.8)) : '',
    数据来源: source,
    更新日期: updated,
  };
}
