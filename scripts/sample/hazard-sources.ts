import { PROVENANCE_HEADERS, provenance, seqId } from './common';
import { type Cell, recordsToCsv } from './csv';
import { type County, countyByName, fmtCoord, type LonLat, nearestCounty, pointAround, pointInBox } from './geo';
import { type Archetype, betaBar, PARK_ARCHETYPES, TOWN_ARCHETYPES } from './hazard-archetypes';
import { brand, NameSet, placeShort } from './names';
import { inPark, type Park } from './parks';
import type { Rng } from './prng';
import { assess, formatInventory, GRADES, type Grade, type InventoryItem, roundTonnes } from './substances';

export const HAZARD_HEADERS = [
  '编号',
  '名称',
  '经度',
  '纬度',
  '坐标系',
  '行政区划代码',
  '企业名称',
  '危险化学品',
  '500米内人数',
  '申报等级',
  '所在园区',
  '状态',
  ...PROVENANCE_HEADERS,
] as const;

interface Plan {
  park?: Park;
  county?: County;
  archetype?: Archetype;
  grade: Grade;
}

/** R bands per grade (表6) the generator aims inside, away from the edges so rounding cannot cross them. */
const R_BAND: Record<Grade, [number, number]> = { 一级: [104, 190], 二级: [53, 95], 三级: [11, 47], 四级: [1, 9.6] };

/** 52 处 (seed 003:L98): 39 in parks, 13 town sites; 3 一级, 6 二级, the rest 三级/四级. */
function makePlans(rng: Rng, parks: readonly Park[], counties: readonly County[]): Plan[] {
  const park = (i: number) => parks[i] as Park;
  const perPark = [22, 7, 3, 4, 3];
  const parkPlans: Plan[][] = perPark.map((n, i) =>
    Array.from({ length: n }, () => ({ park: park(i), grade: '三级' })),
  );
  const byKey = (key: string) => PARK_ARCHETYPES.find((a) => a.key === key);
  const p01 = parkPlans[0] as Plan[];
  // The largest units of the 云溪 park make the 一级 sources.
  ['butadiene', 'ethylene-oxide', 'chlor-alkali'].forEach((key, i) => {
    Object.assign(p01[i] as Plan, { grade: '一级', archetype: byKey(key) });
  });
  for (const plan of [p01[3], p01[4], parkPlans[1]?.[0], parkPlans[3]?.[0]])
    Object.assign(plan as Plan, { grade: '二级' });
  const T = TOWN_ARCHETYPES;
  const townPlans: Plan[] = (
    [
      ['岳阳楼区', T.lpg, '二级'],
      ['岳阳楼区', T.chlorine],
      ['岳阳楼区', T.oilDepot],
      ['君山区', T.coldStore],
      ['岳阳县', T.lpg],
      ['华容县', T.chlorine],
      ['湘阴县', T.lpg],
      ['平江县', T.lpg],
      ['平江县', T.chlorine],
      ['屈原管理区', T.coldStore],
      ['汨罗市', T.gas],
      ['临湘市', T.chlorine],
      ['云溪区', T.oilDepot, '二级'],
    ] as const
  ).map(([c, archetype, grade]) => ({ county: countyByName(counties, c), archetype, grade: grade ?? '三级' }));
  const plans = [...parkPlans.flat(), ...townPlans];
  const open = plans.filter((p) => p.grade === '三级');
  const rest = rng.shuffle([...Array<Grade>(22).fill('三级'), ...Array<Grade>(open.length - 22).fill('四级')]);
  open.forEach((p, i) => {
    p.grade = rest[i] ?? '四级';
  });
  for (const p of plans) p.archetype ??= rng.pick(PARK_ARCHETYPES);
  return rng.shuffle(plans);
}

function drawPeople(rng: Rng, inPark: boolean): number {
  const band = inPark
    ? rng.weighted(
        [
          [0, 0],
          [3, 29],
          [30, 49],
          [50, 99],
          [100, 420],
        ] as const,
        [0.1, 0.35, 0.2, 0.2, 0.15],
      )
    : rng.weighted(
        [
          [50, 99],
          [100, 3200],
        ] as const,
        [0.15, 0.85],
      );
  return rng.int(band[0], band[1]);
}

/** Scales the archetype's mix to an R inside the planned grade's band, keeping S ≥ 1 and stocks believable. */
function inventoryFor(rng: Rng, plan: Plan): { items: InventoryItem[]; people: number } {
  const a = plan.archetype as Archetype;
  for (let attempt = 0; attempt < 500; attempt++) {
    const people = drawPeople(rng, plan.park !== undefined);
    const weights = a.mix.map((m) => m.share * rng.range(0.7, 1.3));
    const total = weights.reduce((s, w) => s + w, 0);
    const mix = a.mix.map((m, i) => ({ sub: m.sub, share: (weights[i] ?? 0) / total }));
    const alpha = assess([], people).alpha;
    const bb = betaBar({ ...a, mix });
    const [lo0, hi] = R_BAND[plan.grade];
    const lo = Math.max(lo0, alpha * bb * 1.05);
    if (lo >= hi) continue;
    const S = rng.range(lo, hi) / (alpha * bb);
    const items = mix.map((m) => ({ sub: m.sub, q: roundTonnes(m.share * S * m.sub.Q) }));
    if (items.some((i) => i.q < 0.5 || i.q > i.sub.maxQ)) continue;
    const res = assess(items, people);
    if (res.S >= 1.02 && res.grade === plan.grade) return { items, people };
  }
  throw new Error(`no inventory for ${a.key} at ${plan.grade}`);
}

export interface HazardSource {
  id: string;
  pos: LonLat;
  grade: Grade;
  record: Record<string, Cell>;
}

export function generateHazardSources(rng: Rng, parks: readonly Park[], counties: readonly County[]): HazardSource[] {
  const plans = makePlans(rng, parks, counties);
  const taken: LonLat[] = [];
  const names = new NameSet();
  const enterprises = new Map<string, string[]>(); // park id → enterprises already placed there
  const out: HazardSource[] = plans.map((plan, i) => {
    const a = plan.archetype as Archetype;
    const { items, people } = inventoryFor(rng, plan);
    const { grade } = assess(items, people);
    let pos: LonLat;
    let enterprise: string;
    let short: string; // enterprise name as the unit name starts with it
    if (plan.park) {
      const park = plan.park;
      const lons = park.ring.map((p) => p[0]);
      const lats = park.ring.map((p) => p[1]);
      const box = {
        minLon: Math.min(...lons),
        maxLon: Math.max(...lons),
        minLat: Math.min(...lats),
        maxLat: Math.max(...lats),
      };
      pos = pointInBox(rng, box, taken, 250, (p) => inPark(park, p));
      const known = enterprises.get(park.id) ?? [];
      // Big sites run several units: a third of the rows reuse an enterprise already in the park.
      enterprise = known.length > 0 && rng.chance(0.3) ? rng.pick(known) : `岳阳${brand(rng)}${a.industry}有限公司`;
      enterprises.set(park.id, [...known, enterprise]);
      short = enterprise.replace(/^岳阳/, '').replace(/有限公司$/, '');
    } else {
      const c = plan.county as County;
      // Town sites sit outside the parks (所在园区 stays empty), so keep drawing until one is.
      do pos = pointAround(rng, [c.lon, c.lat], 1200, 4500);
      while (parks.some((park) => inPark(park, pos)));
      const place = placeShort(c.name);
      if (a.key === 'chlorine') {
        enterprise = `${place}自来水有限公司`;
        short = `${place}${rng.pick(['第一', '第二', '城东', '城北'])}`;
      } else {
        enterprise = `${place}${brand(rng)}${a.industry}有限公司`;
        short = enterprise.replace(/有限公司$/, '');
      }
    }
    taken.push(pos);
    const name = names.claim(() =>
      names.has(`${short}${a.unit}`) ? `${short}${a.unit}${rng.int(2, 4)}号` : `${short}${a.unit}`,
    );
    const record: Record<string, Cell> = {
      编号: seqId('WXY', i + 1),
      名称: name,
      经度: fmtCoord(pos[0]),
      纬度: fmtCoord(pos[1]),
      坐标系: '',
      行政区划代码: nearestCounty(counties, pos).adcode,
      企业名称: enterprise,
      危险化学品: formatInventory(items),
      '500米内人数': people,
      申报等级: rng.chance(0.85) ? grade : '',
      所在园区: plan.park?.id ?? '',
      状态: '在役',
      ...provenance(rng, i),
    };
    return { id: record.编号 as string, pos, grade, record };
  });
  adjustStatusAndDeclared(rng, out);
  return out;
}

/** A few rows that are not 在役, and two 申报等级 that disagree with the computed grade (the build flags them). */
function adjustStatusAndDeclared(rng: Rng, rows: HazardSource[]): void {
  const fourth = rows.filter((r) => r.grade === '四级');
  for (const r of rng.shuffle(fourth).slice(0, 2)) r.record.状态 = '停产';
  const urbanChlorine = rows.find(
    (r) => String(r.record.名称).includes('加氯间') && r.record.行政区划代码 === '430602',
  );
  if (urbanChlorine) urbanChlorine.record.状态 = '搬迁中';
  const shift = (g: Grade, by: number): Grade => GRADES[GRADES.indexOf(g) + by] ?? g;
  const under = rows.find((r) => r.grade === '二级' && r.record.所在园区 !== '');
  const over = rows.find((r) => r.grade === '四级' && r.record.状态 === '在役');
  if (under) under.record.申报等级 = shift(under.grade, +1); // declared 三级, computed 二级
  if (over) over.record.申报等级 = shift(over.grade, -1); // declared 三级, computed 四级
}

export const hazardSourcesCsv = (rows: readonly HazardSource[]): string =>
  recordsToCsv(
    HAZARD_HEADERS,
    rows.map((r) => r.record),
  );
