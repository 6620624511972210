import { PROVENANCE_HEADERS, provenance, seqId } from './common';
import { type Cell, recordsToCsv } from './csv';
import { type County, countyByName, fmtCoord, type LonLat, nearestCounty, pointAround } from './geo';
import type { Rng } from './prng';
import { townByName } from './towns';

export const FIRE_HEADERS = [
  '编号',
  '名称',
  '经度',
  '纬度',
  '坐标系',
  '行政区划代码',
  '类型',
  '状态',
  '规划年份',
  '车辆数',
  '人员数',
  '辖区面积(km²)',
  '专业',
  ...PROVENANCE_HEADERS,
] as const;

type StationType = '特勤站' | '一级站' | '二级站' | '小型站' | '战勤保障站' | '专职队' | '微型站';

interface Spec {
  name: string;
  type: StationType;
  /** county seat (county name), town (town name) or a fixed point */
  at: { county: string } | { town: string } | { point: LonLat };
  district: number | null;
  speciality?: '危化' | '矿山' | '水上' | '综合';
  plannedYear?: number;
}

/** Vehicles and staff by type (建标152-2017 车位 ranges; 专职队/微型站 from typical local practice). */
const CREW: Record<StationType, { vehicles: [number, number]; staff: [number, number] }> = {
  特勤站: { vehicles: [9, 11], staff: [45, 60] },
  一级站: { vehicles: [5, 7], staff: [30, 45] },
  二级站: { vehicles: [3, 4], staff: [20, 28] },
  小型站: { vehicles: [2, 2], staff: [12, 15] },
  战勤保障站: { vehicles: [8, 10], staff: [32, 40] },
  专职队: { vehicles: [3, 5], staff: [15, 30] },
  微型站: { vehicles: [1, 1], staff: [6, 8] },
};

/**
 * Existing stations: 特勤站 and 战勤保障站 in the city, an 一级站 in every county seat (屈原 has only a 专职队 until
 * its planned station), 二级/小型 in town centres, 微型站 in a few towns. Two county-seat districts exceed the
 * 15 km² suburban cap (建标152-2017 第十四条) — the reason 湘阴二站 and 平江二站 are planned.
 */
const EXISTING: readonly Spec[] = [
  { name: '岳阳市消防救援支队特勤站', type: '特勤站', at: { county: '岳阳楼区' }, district: 6.8, speciality: '综合' },
  { name: '岳阳市战勤保障消防站', type: '战勤保障站', at: { county: '岳阳楼区' }, district: null },
  { name: '岳阳楼区南湖消防站', type: '一级站', at: { point: [113.135, 29.335] }, district: 6.5 },
  { name: '城陵矶消防站', type: '二级站', at: { town: '城陵矶' }, district: 3.8, speciality: '水上' },
  { name: '云溪消防站', type: '一级站', at: { county: '云溪区' }, district: 12.5, speciality: '危化' },
  { name: '君山消防站', type: '一级站', at: { county: '君山区' }, district: 11.2 },
  { name: '岳阳县荣家湾消防站', type: '一级站', at: { county: '岳阳县' }, district: 13.6 },
  { name: '华容县章华消防站', type: '一级站', at: { county: '华容县' }, district: 14.1 },
  { name: '湘阴县文星消防站', type: '一级站', at: { county: '湘阴县' }, district: 18.6 },
  { name: '平江县汉昌消防站', type: '一级站', at: { county: '平江县' }, district: 22.4 },
  { name: '汨罗市归义消防站', type: '一级站', at: { county: '汨罗市' }, district: 13.2 },
  { name: '临湘市长安消防站', type: '一级站', at: { county: '临湘市' }, district: 12.3 },
  { name: '长岭消防站', type: '二级站', at: { town: '长岭街道' }, district: 3.9, speciality: '危化' },
  { name: '长寿镇消防站', type: '二级站', at: { town: '长寿镇' }, district: 4, speciality: '矿山' },
  { name: '新墙镇消防站', type: '小型站', at: { town: '新墙镇' }, district: 1.9 },
  { name: '桃林镇消防站', type: '小型站', at: { town: '桃林镇' }, district: 1.8 },
  { name: '屈原管理区专职消防队', type: '专职队', at: { county: '屈原管理区' }, district: 9.5 },
  { name: '临湘滨江园区专职消防队', type: '专职队', at: { point: [113.385, 29.585] }, district: 8, speciality: '危化' },
  { name: '郭镇微型消防站', type: '微型站', at: { town: '郭镇' }, district: 0.8 },
  { name: '钱粮湖镇微型消防站', type: '微型站', at: { town: '钱粮湖镇' }, district: 1 },
  // seed 003:L151, L428: the national hazchem rescue base at 巴陵石化, by the 云溪 park
  {
    name: '巴陵石化危险化学品应急救援基地',
    type: '专职队',
    at: { point: [113.282, 29.468] },
    district: 20,
    speciality: '危化',
  },
];

/** 十三五 plan (seed 003:L457): 湘阴二站、平江二站、屈原消防站、湖滨消防站, 2016–2020. */
const PLANNED: readonly Spec[] = [
  { name: '湘阴二站', type: '一级站', at: { point: [112.93, 28.675] }, district: 7, plannedYear: 2018 },
  { name: '平江二站', type: '一级站', at: { point: [113.605, 28.715] }, district: 7, plannedYear: 2019 },
  { name: '屈原消防站', type: '一级站', at: { county: '屈原管理区' }, district: 7, plannedYear: 2017 },
  {
    name: '湖滨消防站',
    type: '二级站',
    at: { point: [113.105, 29.305] },
    district: 4,
    speciality: '水上',
    plannedYear: 2020,
  },
];

function place(rng: Rng, counties: readonly County[], spec: Spec): LonLat {
  if ('point' in spec.at) return pointAround(rng, spec.at.point, 0, 300);
  if ('town' in spec.at) return pointAround(rng, townByName(spec.at.town).pos, 100, 800);
  const c = countyByName(counties, spec.at.county);
  return pointAround(rng, [c.lon, c.lat], 300, 1500);
}

export interface FireStation {
  id: string;
  name: string;
  pos: LonLat;
  record: Record<string, Cell>;
}

export function generateFireStations(rng: Rng, counties: readonly County[]): FireStation[] {
  return [...EXISTING, ...PLANNED].map((spec, i) => {
    const pos = place(rng, counties, spec);
    const planned = spec.plannedYear !== undefined;
    const crew = CREW[spec.type];
    const isBase = spec.name.startsWith('巴陵石化');
    const record: Record<string, Cell> = {
      编号: seqId('XFZ', i + 1),
      名称: spec.name,
      经度: fmtCoord(pos[0]),
      纬度: fmtCoord(pos[1]),
      坐标系: '',
      行政区划代码: nearestCounty(counties, pos).adcode,
      类型: spec.type,
      状态: planned ? '规划' : '现有',
      规划年份: spec.plannedYear ?? '',
      // A planned station has no fleet or crew yet; the rescue base is larger than a normal 专职队.
      车辆数: planned ? '' : isBase ? 14 : rng.int(...crew.vehicles),
      人员数: planned ? '' : isBase ? 86 : rng.int(...crew.staff),
      '辖区面积(km²)': spec.district ?? '',
      专业: spec.speciality ?? '',
      ...provenance(rng, i),
    };
    return { id: record.编号 as string, name: spec.name, pos, record };
  });
}

export const fireStationsCsv = (rows: readonly FireStation[]): string =>
  recordsToCsv(
    FIRE_HEADERS,
    rows.map((r) => r.record),
  );
