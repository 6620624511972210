import { contact, SAMPLE_DATA_VERSION, SAMPLE_SOURCE, seqId } from './common';
import { type Cell, recordsToCsv } from './csv';
import { type County, fmtCoord, type LonLat, nearestCounty, pointAround } from './geo';
import type { HazardSource } from './hazard-sources';
import { brand, NameSet, placeShort } from './names';
import type { Rng } from './prng';
import type { TailingsPond } from './tailings-ponds';
import { TOWNS } from './towns';

export const DANGER_HEADERS = [
  '编号',
  '名称',
  '经度',
  '纬度',
  '坐标系',
  '行政区划代码',
  '企业名称',
  '隐患类别',
  '隐患等级',
  '挂牌督办',
  '治理阶段',
  '发现日期',
  '整改期限',
  '核销日期',
  '关联对象',
  '隐患描述',
  '数据来源',
  '更新日期',
  '联系人',
  '联系电话',
] as const;

/** Records in the sample: enough for ~10 per county and a readable month-by-month replay over 2025–2026. */
export const DANGER_COUNT = 120;

const DAY = 86_400_000;
const FIRST_FOUND = Date.UTC(2025, 0, 2);
const LAST_FOUND = Date.UTC(2026, 9, 31);
const AS_OF = Date.parse(`${SAMPLE_DATA_VERSION}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

// Stages 排查→登记→评估→报告→监控→治理 of an open danger (seed 000:L84); 核销 closes it.
const OPEN_STAGES = ['排查', '登记', '评估', '报告', '监控', '治理'] as const;

const DESCRIPTIONS: Record<string, readonly string[]> = {
  危险化学品: [
    '储罐液位高高报警与紧急切断未联锁',
    '可燃气体检测报警仪失效',
    '装卸区静电接地装置损坏',
    '重大危险源监控数据未接入平台',
    '压力容器安全阀超期未校验',
    '罐区防火堤破损',
  ],
  尾矿库: ['排洪设施淤堵', '坝体浸润线超过控制值', '干滩长度不足', '坝面出现渗流冲沟', '在线监测系统长期故障'],
  消防: ['疏散通道堵塞', '自动喷水灭火系统故障', '消防控制室无人值守', '防火门损坏未修复'],
  工贸: ['粉尘涉爆除尘系统未按规范设置', '涉氨制冷车间人员较多', '有限空间作业未审批', '煤气区域未设报警仪'],
  建筑施工: ['深基坑支护变形超限', '塔吊限位装置失效', '高支模未经专家论证'],
};

const TOWN_INDUSTRIES = ['食品', '纺织', '机械', '建材', '冷链物流', '家具'];

interface Draft {
  found: number;
  record: Record<string, Cell>;
}

/**
 * ~120 synthetic 隐患 over 2025-01 … 2026-10 (seed 000:L84 closed loop; 003:L157 重大事故隐患挂牌督办): about half
 * at hazard sources, a quarter at tailings ponds, the rest at town workplaces. A danger found long enough ago is
 * usually closed (核销 with its date); open ones sit at a stage that advances with their age, and some are past
 * their 整改期限 on the data version day (the map's 逾期). Ids follow the date found.
 */
export function generateHiddenDangers(
  rng: Rng,
  counties: readonly County[],
  hazards: readonly HazardSource[],
  ponds: readonly TailingsPond[],
): Record<string, Cell>[] {
  const names = new NameSet();
  const drafts: Draft[] = [];
  for (let i = 0; i < DANGER_COUNT; i++) {
    const kind = rng.weighted(['hazard', 'pond', 'town'] as const, [0.48, 0.24, 0.28]);
    let pos: LonLat;
    let enterprise: string;
    let category: string;
    let related = '';
    let short: string;
    if (kind === 'hazard') {
      const h = rng.pick(hazards);
      pos = pointAround(rng, h.pos, 40, 250);
      enterprise = String(h.record.企业名称);
      category = '危险化学品';
      related = h.id;
      short = String(h.record.名称);
    } else if (kind === 'pond') {
      const p = rng.pick(ponds);
      pos = pointAround(rng, p.pos, 40, 300);
      const pondName = String(p.record.名称);
      enterprise = `${pondName.replace(/尾矿库$/, '').replace(/[一二三]号$/, '')}矿业有限公司`;
      category = '尾矿库';
      related = p.id;
      short = pondName;
    } else {
      const t = rng.pick(TOWNS);
      pos = pointAround(rng, t.pos, 300, 2500);
      const place = placeShort(t.county);
      enterprise = `${place}${brand(rng)}${rng.pick(TOWN_INDUSTRIES)}有限公司`;
      category = rng.weighted(['消防', '工贸', '建筑施工'], [0.4, 0.4, 0.2]);
      short = enterprise.replace(/有限公司$/, '');
    }
    const description = rng.pick(DESCRIPTIONS[category] ?? ['其他隐患']);
    const major = rng.chance(category === '尾矿库' ? 0.22 : 0.14);
    const supervision = major
      ? rng.weighted(['省级', '市级', '县级'], [0.15, 0.5, 0.35])
      : rng.chance(0.1)
        ? '县级'
        : '';
    const found = FIRST_FOUND + rng.int(0, Math.round((LAST_FOUND - FIRST_FOUND) / DAY)) * DAY;
    const span = (major ? rng.int(60, 180) : rng.int(15, 90)) * DAY;
    const due = found + span;
    const age = AS_OF - found;
    // Older dangers are mostly closed; recent ones mostly still open.
    const pClose = age > 300 * DAY ? 0.9 : age > 150 * DAY ? 0.7 : age > 60 * DAY ? 0.4 : 0.1;
    let stage: string;
    let closed: number | null = null;
    if (rng.chance(pClose)) {
      // about one in six is closed after its deadline
      const d = rng.chance(0.17) ? span + rng.int(5, 60) * DAY : rng.int(7, Math.max(8, span / DAY)) * DAY;
      closed = Math.min(found + d, AS_OF - DAY);
      stage = '核销';
    } else {
      // the further past its found date (relative to its deadline), the further along the loop, with spread
      const progress = Math.min(1, age / span);
      const k = Math.min(OPEN_STAGES.length - 1, Math.floor(progress * OPEN_STAGES.length * rng.range(0.35, 1)));
      stage = OPEN_STAGES[k] as string;
    }
    const last = closed ?? found;
    const updated = Math.min(AS_OF, Math.max(last, Date.UTC(2026, 0, 5)) + rng.int(0, 40) * DAY);
    const base = `${short}${description}`;
    const name = names.claim(() => (names.has(base) ? `${base}（${rng.int(2, 9)}）` : base));
    const { 联系人, 联系电话 } = contact(rng);
    drafts.push({
      found,
      record: {
        名称: name,
        经度: fmtCoord(pos[0]),
        纬度: fmtCoord(pos[1]),
        坐标系: '',
        行政区划代码: nearestCounty(counties, pos).adcode,
        企业名称: enterprise,
        隐患类别: category,
        隐患等级: major ? '重大' : '一般',
        挂牌督办: supervision,
        治理阶段: stage,
        发现日期: iso(found),
        整改期限: iso(due),
        核销日期: closed === null ? '' : iso(closed),
        关联对象: related,
        隐患描述: description,
        数据来源: SAMPLE_SOURCE,
        更新日期: iso(updated),
        联系人,
        联系电话,
      },
    });
  }
  // Stable order by date found; the first record carries the data version (as every sample layer does).
  drafts.sort((a, b) => a.found - b.found);
  return drafts.map((d, i) => ({
    编号: seqId('YH', i + 1, 4),
    ...d.record,
    ...(i === 0 ? { 更新日期: SAMPLE_DATA_VERSION } : {}),
  }));
}

export const hiddenDangersCsv = (rows: readonly Record<string, Cell>[]): string => recordsToCsv(DANGER_HEADERS, rows);
