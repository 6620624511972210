import { PROVENANCE_HEADERS, provenance, seqId } from './common';
import { type Cell, recordsToCsv } from './csv';
import { type County, fmtCoord, type LonLat, nearestCounty, pointInBox } from './geo';
import { cnOrdinal, NameSet, placeShort } from './names';
import type { Rng } from './prng';

export const TAILINGS_HEADERS = [
  '编号',
  '名称',
  '经度',
  '纬度',
  '坐标系',
  '行政区划代码',
  '全库容(万m³)',
  '坝高(m)',
  '等别',
  '安全度',
  '头顶库',
  '下游设施',
  '状态',
  ...PROVENANCE_HEADERS,
] as const;

/** The mining hills: 平江 (SE, the province's 12 non-coal priority counties, seed 003:L97) and 临湘 (NE). */
const AREAS = [
  { n: 55, county: '平江县', box: { minLon: 113.4, maxLon: 113.9, minLat: 28.5, maxLat: 28.9 } },
  { n: 24, county: '临湘市', box: { minLon: 113.3, maxLon: 113.6, minLat: 29.2, maxLat: 29.5 } },
] as const;

/** GB 39496-2020 4.5 bands per class: [volume 万m³) and [height m) — class c sits in band c. */
const VOLUME_BAND: Record<number, [number, number]> = { 2: [10000, 13000], 3: [1000, 3200], 4: [100, 950], 5: [4, 95] };
const HEIGHT_BAND: Record<number, [number, number]> = { 2: [100, 118], 3: [60, 92], 4: [30, 58], 5: [8, 29] };

const byVolume = (v: number) => (v >= 50000 ? 1 : v >= 10000 ? 2 : v >= 1000 ? 3 : v >= 100 ? 4 : 5);
const byHeight = (h: number) => (h >= 200 ? 1 : h >= 100 ? 2 : h >= 60 ? 3 : h >= 30 ? 4 : 5);
/** 等差一等取高者，等差大于一等取高者降一等 (GB 39496-2020 4.5). */
export function tailingsClass(v: number, h: number): number {
  const a = byVolume(v);
  const b = byHeight(h);
  const higher = Math.min(a, b);
  return Math.abs(a - b) <= 1 ? higher : higher + 1;
}
const CLASS_ZH = ['', '一等', '二等', '三等', '四等', '五等'];

/** Size and safety mix: mostly 四/五等, 4 三等, 1 二等; 正常库 dominant, 5 病库, 2 险库, 1 危库. */
const CLASSES = [2, 3, 3, 3, 3, ...Array<number>(24).fill(4), ...Array<number>(50).fill(5)];
const SAFETY = ['危库', '险库', '险库', '病库', '病库', '病库', '病库', '病库', ...Array<string>(71).fill('正常库')];
const OVERHEAD_COUNT = 5;

const HILLS = [
  '青龙山',
  '黄狮岭',
  '石门坳',
  '乌石岭',
  '大坪冲',
  '杉木坑',
  '白沙岭',
  '金鸡垄',
  '桐子坳',
  '狮形山',
  '茅草坪',
  '龙潭坑',
];
const MINERALS = ['金矿', '金矿', '锑矿', '铅锌矿', '萤石矿', '钨矿', '铜矿', '硫铁矿', '长石矿', '钒矿'];
const VILLAGE_WORDS = ['新屋', '塘坳', '枫树', '石桥', '竹山', '陈家', '李家', '中洞', '上坪', '河口'];

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

function sizeFor(rng: Rng, cls: number): { v: number; h: number } {
  for (;;) {
    // One of the two measures sits in the class band, the other in the same or the next lower band.
    const vBand = rng.chance(0.5) ? cls : Math.min(5, cls + 1);
    const hBand = vBand === cls ? rng.pick([cls, Math.min(5, cls + 1)]) : cls;
    const [v0, v1] = VOLUME_BAND[vBand] as [number, number];
    const [h0, h1] = HEIGHT_BAND[hBand] as [number, number];
    const v = round(rng.range(v0, v1), v0 < 100 ? 1 : 0);
    const h = round(rng.range(h0, h1), 1);
    if (tailingsClass(v, h) === cls) return { v, h };
  }
}

function downstream(rng: Rng, overhead: boolean): string {
  const village = `${rng.pick(VILLAGE_WORDS)}村`;
  if (overhead) {
    const m = rng.int(250, 950);
    return `初期坝下游${m}m有${village}居民${rng.int(12, 60)}户约${rng.int(40, 220)}人，另有乡道及小学`;
  }
  return rng.pick([
    `下游1km内无居民，${round(rng.range(1.2, 4.5), 1)}km处为${village}`,
    `下游为山谷及林地，${round(rng.range(1.5, 6), 1)}km处有${village}农田`,
    `下游1km内无居民和重要设施，沟谷汇入${rng.pick(['汨罗江', '昌江', '新墙河', '桃林河', '长寿河'])}支流`,
  ]);
}

export interface TailingsPond {
  id: string;
  pos: LonLat;
  record: Record<string, Cell>;
}

export function generateTailingsPonds(rng: Rng, counties: readonly County[]): TailingsPond[] {
  const classes = rng.shuffle(CLASSES);
  const safety = rng.shuffle(SAFETY);
  const overhead = new Set(rng.shuffle(Array.from({ length: CLASSES.length }, (_, i) => i)).slice(0, OVERHEAD_COUNT));
  const taken: LonLat[] = [];
  const names = new NameSet();
  // Keep each box to its own county: the 临湘 box's south-west corner is the 云溪 plain, not mining hills.
  const ownCounty = (name: string) => (p: LonLat) => nearestCounty(counties, p).name === name;
  for (const a of AREAS)
    for (let k = 0; k < a.n; k++) taken.push(pointInBox(rng, a.box, taken, 900, ownCounty(a.county)));
  let declaredHigher = false;
  return rng.shuffle(taken).map((pos, i) => {
    const cls = classes[i] ?? 5;
    const { v, h } = sizeFor(rng, cls);
    const safe = safety[i] ?? '正常库';
    const isOverhead = overhead.has(i);
    const county = nearestCounty(counties, pos);
    const name = names.claim(
      () => `${placeShort(county.name)}${rng.pick(HILLS)}${rng.pick(MINERALS)}${cnOrdinal(rng.int(1, 3))}号尾矿库`,
    );
    // 头顶库 are managed one class higher (seed 001:L30): one ledger declares it so, and the build flags it.
    let declared = rng.chance(0.6) ? CLASS_ZH[cls] : '';
    if (isOverhead && !declaredHigher && cls > 2) {
      declared = CLASS_ZH[cls - 1];
      declaredHigher = true;
    }
    const status =
      safe === '危库' || safe === '险库'
        ? '停用'
        : rng.weighted(['运行', '停用', '闭库', '销号', '无主'], [0.58, 0.17, 0.15, 0.04, 0.06]);
    const record: Record<string, Cell> = {
      编号: seqId('WKK', i + 1),
      名称: name,
      经度: fmtCoord(pos[0]),
      纬度: fmtCoord(pos[1]),
      坐标系: '',
      行政区划代码: county.adcode,
      '全库容(万m³)': v,
      '坝高(m)': h,
      等别: declared,
      安全度: safe,
      头顶库: isOverhead ? '是' : '否',
      下游设施: downstream(rng, isOverhead),
      状态: status,
      ...provenance(rng, i),
    };
    return { id: record.编号 as string, pos, record };
  });
}

export const tailingsPondsCsv = (rows: readonly TailingsPond[]): string =>
  recordsToCsv(
    TAILINGS_HEADERS,
    rows.map((r) => r.record),
  );
