import type { Rng } from '../sample/prng';
import type { CsvCell } from './csv-writer';
import type { LonLat } from './sampler';

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
  '专业',
  '数据来源',
  '更新日期',
] as const;

const TYPES = ['特勤站', '一级站', '二级站', '小型站', '专职队', '微型站'] as const;
type StationType = (typeof TYPES)[number];
const TYPE_WEIGHTS = [0.06, 0.42, 0.22, 0.12, 0.1, 0.08];
const CREW: Record<StationType, { vehicles: [number, number]; staff: [number, number] }> = {
  特勤站: { vehicles: [8, 12], staff: [45, 60] },
  一级站: { vehicles: [5, 7], staff: [30, 45] },
  二级站: { vehicles: [2, 4], staff: [15, 25] },
  小型站: { vehicles: [1, 2], staff: [10, 15] },
  专职队: { vehicles: [2, 5], staff: [12, 30] },
  微型站: { vehicles: [1, 1], staff: [3, 8] },
};

/**
 * The 专业 column (the sample's four values), by station type: a generator's choice, not a statistic. 特勤站 carry
 * a speciality, a 危化 one often; enterprise brigades (专职队) are often at chemical plants or mines; small and
 * micro stations have none. Near a chemical park (NEAR_PARK_KM) the stations that guard it are 危化 far more often,
 * as in the sample (云溪, 长岭, 临湘滨江). 应急指挥 matches reinforcements by it (analyse-incident.ts).
 */
const SPECIALITIES = ['', '危化', '矿山', '水上', '综合'] as const;
const SPECIALITY_WEIGHTS: Record<StationType, readonly number[]> = {
  特勤站: [0.05, 0.35, 0.05, 0.1, 0.45],
  一级站: [0.85, 0.08, 0.03, 0.04, 0],
  二级站: [0.87, 0.05, 0.04, 0.04, 0],
  小型站: [1, 0, 0, 0, 0],
  专职队: [0.65, 0.25, 0.1, 0, 0],
  微型站: [1, 0, 0, 0, 0],
};
const NEAR_PARK_WEIGHTS: Record<StationType, readonly number[]> = {
  ...SPECIALITY_WEIGHTS,
  特勤站: [0, 0.6, 0.05, 0.05, 0.3],
  一级站: [0.65, 0.3, 0.02, 0.03, 0],
  二级站: [0.75, 0.2, 0.02, 0.03, 0],
  专职队: [0.4, 0.55, 0.05, 0, 0],
};
/** A station this close to a chemical park's centre counts as one of those that guard it (a generator's choice). */
export const NEAR_PARK_KM = 5;

const row = (n: number, [lon, lat]: LonLat): Record<string, CsvCell> => ({
  编号: `XFZ-${String(n).padStart(6, '0')}`,
  经度: lon.toFixed(5),
  纬度: lat.toFixed(5),
});

export function fireStationRecord(
  rng: Rng,
  n: number,
  pos: LonLat,
  updated: string,
  source: string,
  nearPark = false,
): Record<string, CsvCell> {
  const type = rng.weighted(TYPES, TYPE_WEIGHTS);
  const planned = rng.chance(0.1);
  const crew = CREW[type];
  return {
    ...row(n, pos),
    名称: `第${n}${type === '专职队' ? '专职消防队' : type === '微型站' ? '微型消防站' : `消防救援${type}`}`,
    类型: type,
    状态: planned ? '规划' : '现有',
    规划年份: planned ? rng.int(2027, 2030) : '',
    车辆数: planned ? '' : rng.int(...crew.vehicles),
    人员数: planned ? '' : rng.int(...crew.staff),
    专业: rng.weighted(SPECIALITIES, (nearPark ? NEAR_PARK_WEIGHTS : SPECIALITY_WEIGHTS)[type]),
    数据来源: source,
    更新日期: updated,
  };
}

/** One 危化 rescue base for every this many chemical parks (at least one): a generator's choice, like the sample's
 * single base by the 云溪 park (seed 003:L151). */
export const PARKS_PER_RESCUE_BASE = 20;

export const rescueBaseCount = (parks: number): number => Math.max(1, Math.round(parks / PARKS_PER_RESCUE_BASE));

/**
 * A 危险化学品应急救援基地 beside chemical park `park`: a large 专职队 with the 危化 speciality, which 应急指挥 sends
 * to every chemical incident (analyse-incident.ts isRescueBase keys on the name and the speciality).
 */
export function rescueBaseRecord(
  rng: Rng,
  n: number,
  pos: LonLat,
  park: number,
  updated: string,
  source: string,
): Record<string, CsvCell> {
  return {
    ...row(n, pos),
    名称: `化工园区${park}危险化学品应急救援基地`,
    类型: '专职队',
    状态: '现有',
    规划年份: '',
    车辆数: rng.int(12, 16),
    人员数: rng.int(70, 100),
    专业: '危化',
    数据来源: source,
    更新日期: updated,
  };
}
