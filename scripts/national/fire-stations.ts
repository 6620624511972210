import type { Rng } from '../sample/prng';
import type { CsvCell } from './csv-writer';

export const FIRE_HEADERS = [
  '编号',
  '名称',
  '经度',
  '纬度',
  '类型',
  '状态',
  '规划年份',
  '车辆数',
  '人员数',
  '数据来源',
  '更新日期',
] as const;

const TYPES = ['特勤站', '一级站', '二级站', '小型站', '专职队', '微型站'] as const;
const TYPE_WEIGHTS = [0.06, 0.42, 0.22, 0.12, 0.1, 0.08];
const CREW: Record<(typeof TYPES)[number], { vehicles: [number, number]; staff: [number, number] }> = {
  特勤站: { vehicles: [8, 12], staff: [45, 60] },
  一级站: { vehicles: [5, 7], staff: [30, 45] },
  二级站: { vehicles: [2, 4], staff: [15, 25] },
  小型站: { vehicles: [1, 2], staff: [10, 15] },
  专职队: { vehicles: [2, 5], staff: [12, 30] },
  微型站: { vehicles: [1, 1], staff: [3, 8] },
};

export function fireStationRecord(
  rng: Rng,
  n: number,
  [lon, lat]: [number, number],
  updated: string,
  source: string,
): Record<string, CsvCell> {
  const type = rng.weighted(TYPES, TYPE_WEIGHTS);
  const planned = rng.chance(0.1);
  const crew = CREW[type];
  return {
    编号: `XFZ-${String(n).padStart(6, '0')}`,
    名称: `第${n}${type === '专职队' ? '专职消防队' : type === '微型站' ? '微型消防站' : `消防救援${type}`}`,
    经度: lon.toFixed(5),
    纬度: lat.toFixed(5),
    类型: type,
    状态: planned ? '规划' : '现有',
    规划年份: planned ? rng.int(2027, 2030) : '',
    车辆数: planned ? '' : rng.int(...crew.vehicles),
    人员数: planned ? '' : rng.int(...crew.staff),
    数据来源: source,
    更新日期: updated,
  };
}
