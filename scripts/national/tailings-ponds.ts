import type { Rng } from '../sample/prng';
import type { CsvCell } from './csv-writer';

export const TAILINGS_HEADERS = [
  '编号',
  '名称',
  '经度',
  '纬度',
  '全库容(万m³)',
  '坝高(m)',
  '安全度',
  '头顶库',
  '状态',
  '数据来源',
  '更新日期',
] as const;

const MINERALS = ['金矿', '铁矿', '铜矿', '铅锌矿', '钨矿', '锑矿', '萤石矿', '硫铁矿', '稀土矿', '钼矿'];
const SAFETY = ['正常库', '病库', '险库', '危库'] as const;
const SAFETY_WEIGHTS = [0.9, 0.07, 0.025, 0.005];
const STATUSES = ['运行', '停用', '闭库', '销号', '无主'] as const;
const STATUS_WEIGHTS = [0.58, 0.17, 0.15, 0.04, 0.06];

/** Log-uniform size: most ponds are small (五等/四等), a few reach 二等 (GB 39496-2020 4.5 bands). */
const logUniform = (rng: Rng, min: number, max: number) => Math.exp(rng.range(Math.log(min), Math.log(max)));

export function tailingsRecord(
  rng: Rng,
  n: number,
  [lon, lat]: [number, number],
  updated: string,
  source: string,
): Record<string, CsvCell> {
  const volume = logUniform(rng, 4, 13_000);
  // Height follows volume loosely, so the two measures of the class mostly agree.
  const height = Math.min(118, Math.max(8, 6 * volume ** 0.3 * rng.range(0.7, 1.3)));
  const safety = rng.weighted(SAFETY, SAFETY_WEIGHTS);
  return {
    编号: `WKK-${String(n).padStart(6, '0')}`,
    名称: `${rng.pick(MINERALS)}${n}号尾矿库`,
    经度: lon.toFixed(5),
    纬度: lat.toFixed(5),
    '全库容(万m³)': volume < 100 ? volume.toFixed(1) : volume.toFixed(0),
    '坝高(m)': height.toFixed(1),
    安全度: safety,
    头顶库: rng.chance(0.04) ? '是' : '否',
    状态: safety === '危库' || safety === '险库' ? '停用' : rng.weighted(STATUSES, STATUS_WEIGHTS),
    数据来源: source,
    更新日期: updated,
  };
}
