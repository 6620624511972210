import gcoord from 'gcoord';
import { PROVENANCE_HEADERS, provenance, seqId } from './common';
import { type Cell, recordsToCsv } from './csv';
import { type County, distanceM, fmtCoord, inLake, type LonLat, nearestCounty, pointAround, toDms } from './geo';
import { NameSet, placeShort } from './names';
import { inPark, type Park } from './parks';
import type { Rng } from './prng';
import { CATEGORIES, CATEGORY_WEIGHTS, type Category, makeTarget, type Setting } from './target-names';
import { TOWNS } from './towns';

export const TARGET_HEADERS = [
  '编号',
  '名称',
  '经度',
  '纬度',
  '坐标系',
  '行政区划代码',
  '类别',
  '人数',
  '户数',
  ...PROVENANCE_HEADERS,
] as const;

interface Anchor {
  center: LonLat;
  setting: Setting;
  county: string;
  place: string;
  n: number;
  minM: number;
  maxM: number;
  park?: Park;
}

/** 岳阳楼区 is the city proper and gets the most; every other seat 18 (屈原 12), every town 3, every park 7. */
function anchors(counties: readonly County[], parks: readonly Park[]): Anchor[] {
  const seats = counties.map((c): Anchor => {
    const city = c.name === '岳阳楼区';
    const n = city ? 65 : c.name === '屈原管理区' ? 12 : 18;
    return {
      center: [c.lon, c.lat],
      setting: 'seat',
      county: c.name,
      place: placeShort(c.name),
      n,
      minM: 200,
      maxM: city ? 5500 : 3500,
    };
  });
  const towns = TOWNS.map(
    (t): Anchor => ({
      center: t.pos,
      setting: 'town',
      county: t.county,
      place: t.name.endsWith('街道') ? t.name.slice(0, -2) : t.name,
      n: 3,
      minM: 100,
      maxM: 1500,
    }),
  );
  // Villages hugging the park fences: the siting / 500 m census checks must find something here.
  const nearParks = parks.map((p): Anchor => {
    const radii = p.ring.map((v) => distanceM(v, p.center));
    return {
      center: p.center,
      setting: 'village',
      county: p.county.name,
      place: placeShort(p.county.name),
      n: 7,
      minM: Math.min(...radii),
      maxM: Math.max(...radii) + 1200,
      park: p,
    };
  });
  return [...seats, ...towns, ...nearParks];
}

function placeTarget(rng: Rng, a: Anchor, parks: readonly Park[], taken: readonly LonLat[]): LonLat {
  for (let tries = 0; tries < 2000; tries++) {
    const p = pointAround(rng, a.center, a.minM, a.maxM);
    if (parks.some((park) => inPark(park, p))) continue; // nobody lives inside a chemical park
    if (taken.every((q) => distanceM(p, q) >= 60)) return p;
  }
  throw new Error(`no room for a target near ${a.place}`);
}

export interface ProtectedTarget {
  id: string;
  /** intended WGS84 position (before any GCJ02 shift written to the ledger) */
  pos: LonLat;
  category: Category;
  record: Record<string, Cell>;
}

export function generateProtectedTargets(
  rng: Rng,
  counties: readonly County[],
  parks: readonly Park[],
): ProtectedTarget[] {
  const taken: LonLat[] = [];
  const names = new NameSet();
  const rows: ProtectedTarget[] = [];
  for (const a of anchors(counties, parks)) {
    for (let k = 0; k < a.n; k++) {
      const pos = placeTarget(rng, a, parks, taken);
      taken.push(pos);
      // A town has one 卫生院 and one 人民政府: on a name clash draw the category again too.
      let category = rng.weighted(CATEGORIES, CATEGORY_WEIGHTS[a.setting]);
      let target = makeTarget(rng, category, a.setting, a.county, a.place);
      for (let i = 0; names.has(target.name) && i < 200; i++) {
        category = rng.weighted(CATEGORIES, CATEGORY_WEIGHTS[a.setting]);
        target = makeTarget(rng, category, a.setting, a.county, a.place);
      }
      names.claim(() => target.name);
      const id = seqId('FHMB', rows.length + 1, 4);
      rows.push({
        id,
        pos,
        category,
        record: {
          编号: id,
          名称: target.name,
          经度: fmtCoord(pos[0]),
          纬度: fmtCoord(pos[1]),
          坐标系: '',
          行政区划代码: nearestCounty(counties, pos).adcode,
          类别: category,
          人数: target.people,
          户数: target.dwellings ?? '',
          ...provenance(rng, rows.length),
        },
      });
    }
  }
  mixCoordinateStyles(rng, rows);
  return rows;
}

/**
 * About 10 % of rows were collected from a web map (GCJ-02, labelled so), and five were typed from a survey
 * sheet in DMS: both paths must go through the build's coordinate handling.
 */
function mixCoordinateStyles(rng: Rng, rows: ProtectedTarget[]): void {
  const order = rng.shuffle(rows.map((_, i) => i));
  const gcjCount = Math.round(rows.length * 0.1);
  for (const i of order.slice(0, gcjCount)) {
    const row = rows[i] as ProtectedTarget;
    // gcoord mutates its input: hand it a copy.
    const [lon, lat] = gcoord.transform([row.pos[0], row.pos[1]] as [number, number], gcoord.WGS84, gcoord.GCJ02);
    Object.assign(row.record, { 经度: fmtCoord(lon), 纬度: fmtCoord(lat), 坐标系: 'GCJ02' });
  }
  for (const i of order.slice(gcjCount, gcjCount + 5)) {
    const row = rows[i] as ProtectedTarget;
    Object.assign(row.record, { 经度: toDms(row.pos[0]), 纬度: toDms(row.pos[1]) });
  }
  if (rows.some((r) => inLake(r.pos))) throw new Error('a protected target ended up in 洞庭湖');
}

export const protectedTargetsCsv = (rows: readonly ProtectedTarget[]): string =>
  recordsToCsv(
    TARGET_HEADERS,
    rows.map((r) => r.record),
  );
