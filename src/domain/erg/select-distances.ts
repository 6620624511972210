import { ERG2020_GUIDES, guideKey } from './guides';
import { ERG_TABLE3_PLUS_KM, ERG2020_TABLE3 } from './table3';
import {
  ERG_EDITION,
  ERG2020_GUIDES_REF,
  ERG2020_MODIFIERS_REF,
  type ErgContainer,
  type ErgDist,
  type ErgRef,
  type ErgSubstance,
  type ErgTable1Row,
  type ErgTable3Row,
  type WindClass,
} from './types';
import { windClassOf } from './wind-class';

export interface ErgScenario {
  /** small ≤ 208 L (55 US gal), large > 208 L — ERG2020 p. 294 [V] */
  spill: 'small' | 'large';
  /** day = sunrise to sunset — ERG2020 p. 294 [V] */
  time: 'day' | 'night';
  /** m/s; selects the Table 3 wind class. Unknown → the largest distance over the three classes */
  windSpeedMs?: number;
  /** Table 3 container. Unknown or not tabulated for the material → the container with the largest distance */
  container?: ErgContainer;
  /** terrorism, sabotage, catastrophic failure: double both distances (ERG2020 p. 286) */
  worstCase?: boolean;
  /** the material is involved in a fire: isolation = the guide's fire distance (ERG2020 pp. 286–287) */
  fire?: boolean;
  /** water-reactive materials: unknown → the larger of the land and water rows (ERG2020 p. 294) */
  spilledIn?: 'land' | 'water';
}

export type ErgZoneKind = 'isolation' | 'protective-action' | 'evacuation';

export interface ErgZoneSpec {
  zone: ErgZoneKind;
  /** circle around the spill, or the downwind square of ERG2020 p. 295 */
  shape: 'circle' | 'square';
  /** circle radius or square side (= downwind distance), metres, after the worst-case doubling */
  meters: number;
  /** the table prints "11.0+" / "11+": the real distance may be larger */
  plus: boolean;
  /** which table cell, e.g. `ERG2020 Table 1 UN1017 small spill, night` */
  source: string;
  ref: ErgRef;
  note: string;
}

export interface ErgSelection {
  substance: ErgSubstance;
  edition: typeof ERG_EDITION;
  /** isolation first, then the downwind zone when there is one */
  zones: ErgZoneSpec[];
  /** caveats of the whole scenario (bilingual) */
  notes: string[];
}

const WIND_INDEX: Record<WindClass, 0 | 1 | 2> = { low: 0, moderate: 1, high: 2 };

function pickRow(rows: readonly ErgTable1Row[], sc: ErgScenario): ErgTable1Row | undefined {
  const usable = rows.filter((r) => !r.when || !sc.spilledIn || r.when === sc.spilledIn);
  // ERG2020 p. 294: when land/water is unclear, use the larger distance [V].
  const reach = (r: ErgTable1Row) => {
    const d = sc.spill === 'small' ? r.small : r.large;
    return d === 'TABLE3' ? Number.POSITIVE_INFINITY : (sc.time === 'day' ? d.dayKm : d.nightKm) * 1e4 + d.isoM;
  };
  return [...usable].sort((a, b) => reach(b) - reach(a))[0];
}

function table3Cell(un: number, sc: ErgScenario, notes: string[]): { row: ErgTable3Row; km: number; wind: string } {
  const rows = ERG2020_TABLE3.filter((r) => r.un === un);
  const byTime = (r: ErgTable3Row) => (sc.time === 'day' ? r.day : r.night);
  const wind = sc.windSpeedMs === undefined ? undefined : windClassOf(sc.windSpeedMs);
  const km = (r: ErgTable3Row) => (wind ? byTime(r)[WIND_INDEX[wind]] : Math.max(...byTime(r)));
  let row = sc.container ? rows.find((r) => r.container === sc.container) : undefined;
  if (!row) {
    // Unknown container → the largest distance, in the spirit of ERG2020 p. 294 ("use the largest"): project rule [U].
    row = [...rows].sort((a, b) => km(b) - km(a) || b.isoM - a.isoM)[0] as ErgTable3Row;
    notes.push(
      sc.container
        ? `UN${un} 在 Table 3 中无容器 ${sc.container}，按距离最大的 ${row.containerLabel} 取值 [U] (container not tabulated; used the largest)`
        : `容器未知，按 Table 3 距离最大的 ${row.containerLabel} 取值 [U] (container unknown; used the largest)`,
    );
  }
  if (!wind)
    notes.push('风速未知，取三档风速中的最大距离 [U] (wind speed unknown; used the largest of low/moderate/high)');
  return { row, km: km(row), wind: wind ?? 'max' };
}

/**
 * The ERG2020 isolation and downwind distances for one spill scenario: Table 1 (and Table 3 for the six gases whose
 * large spill depends on container and wind) for TIH materials, the orange guide's generic distances otherwise
 * (standards.md §13.2–§13.5). Modifiers: fire → the guide's fire isolation radius when larger; worst case → both
 * distances doubled (ERG2020 p. 286).
 *
 * @example selectErgDistances(lookupErgSubstance('氯')!, { spill: 'small', time: 'night' }).zones.map(z => z.meters) // [60, 1400]
 */
export function selectErgDistances(substance: ErgSubstance, sc: ErgScenario): ErgSelection {
  const notes: string[] = [];
  if (substance.note) notes.push(substance.note);
  const guide = ERG2020_GUIDES[guideKey(substance.guide)];
  const row = pickRow(substance.table1, sc);
  const zones: ErgZoneSpec[] = [];
  const spillZh = sc.spill === 'small' ? '小量泄漏' : '大量泄漏';
  const timeZh = sc.time === 'day' ? '白天' : '夜间';

  if (row) {
    const cell = sc.spill === 'small' ? row.small : row.large;
    let isoM: number;
    let km: number;
    let plus: boolean;
    let source: string;
    let ref = row.ref;
    if (cell === 'TABLE3') {
      const t3 = table3Cell(row.un, sc, notes);
      isoM = t3.row.isoM;
      km = t3.km;
      plus = km >= ERG_TABLE3_PLUS_KM;
      ref = t3.row.ref;
      source = `${ERG_EDITION} Table 3 UN${row.un} ${t3.row.containerLabel}, ${sc.time}, wind ${t3.wind}`;
    } else {
      const d: ErgDist = cell;
      if (sc.container || sc.windSpeedMs !== undefined) {
        notes.push(
          '容器与风速只影响 Table 3 物质，此处不适用 (container and wind speed apply to Table 3 materials only)',
        );
      }
      isoM = d.isoM;
      km = sc.time === 'day' ? d.dayKm : d.nightKm;
      plus = Boolean(sc.time === 'day' ? d.dayPlus : d.nightPlus);
      source = `${ERG_EDITION} Table 1 UN${row.un}${row.when ? ` (spilled ${row.when === 'land' ? 'on land' : 'in water'})` : ''} ${sc.spill} spill, ${sc.time}`;
    }
    if (row.when && !sc.spilledIn && substance.table1.length > 1) {
      notes.push('陆上/水中未明，按距离较大者 (land/water unknown: larger distance used, ERG2020 p. 294)');
    }
    zones.push({
      zone: 'isolation',
      shape: 'circle',
      meters: isoM,
      plus: false,
      source,
      ref,
      note: `初始隔离区：各方向隔离 ${isoM} m（${spillZh}）(initial isolation zone, all directions)`,
    });
    zones.push({
      zone: 'protective-action',
      shape: 'square',
      // tabulated to 0.1 km, so rounding to the metre removes float noise (6.3 × 1000) without changing a value
      meters: Math.round(km * 1000),
      plus,
      source,
      ref,
      note: `防护行动区：下风向 ${km}${plus ? '+' : ''} km，${timeZh}（${spillZh}）(protective action zone downwind)`,
    });
  } else {
    if (substance.table1.length > 0) {
      notes.push(
        `${substance.nameZh} 仅在“${sc.spilledIn === 'land' ? '水中' : '陆上'}泄漏”时列于 Table 1，此处按 ${substance.guide} 号指南 (Table 1 lists this material only for the other medium; guide distances used)`,
      );
    }
    if (!guide) throw new Error(`selectErgDistances: no ERG2020 guide ${substance.guide} for ${substance.key}`);
    const isoM = substance.state === 'solid' ? guide.isoSolidM : guide.isoLiquidM;
    const source = `${ERG_EDITION} Guide ${substance.guide} UN${substance.un ?? '—'}`;
    zones.push({
      zone: 'isolation',
      shape: 'circle',
      meters: isoM,
      plus: false,
      source,
      ref: ERG2020_GUIDES_REF,
      note: `紧急隔离：各方向 ${isoM} m（${substance.guide} 号指南）(immediate precautionary measure, all directions)`,
    });
    notes.push('非吸入毒性物质：ERG 不分昼夜 (orange-guide distances do not depend on day/night)');
    if (sc.spill === 'large') {
      if (guide.largeSpillM !== null) {
        zones.push({
          zone: 'evacuation',
          shape: guide.largeSpillAllDirections ? 'circle' : 'square',
          meters: guide.largeSpillM,
          plus: false,
          source,
          ref: ERG2020_GUIDES_REF,
          note: guide.largeSpillAllDirections
            ? `大量泄漏：各方向疏散 ${guide.largeSpillM} m (large spill: evacuate in all directions)`
            : `大量泄漏：下风向至少疏散 ${guide.largeSpillM} m；按 Table 1 正方形绘制为项目约定 [U] (large spill: downwind evacuation; square shape is a project convention)`,
        });
      } else {
        notes.push(
          `${substance.guide} 号指南未给出大量泄漏疏散距离：视情况向下风向扩大 (guide gives no large-spill number: increase the downwind distance as necessary)`,
        );
      }
    }
  }

  const isolation = zones[0] as ErgZoneSpec;
  if (sc.fire && guide?.fireIsolateM) {
    // ERG2020 pp. 286–287: with fire, the guide's fire isolation distance is the isolation distance [V]; keeping the
    // larger of the two when the table's isolation already exceeds it is a project rule [U].
    if (guide.fireIsolateM > isolation.meters) {
      isolation.meters = guide.fireIsolateM;
      isolation.ref = ERG2020_MODIFIERS_REF;
      isolation.source = `${ERG_EDITION} Guide ${substance.guide} fire (${guide.fireCondition})`;
    }
    isolation.note = `火灾：各方向隔离 ${isolation.meters} m（${guide.fireCondition}）(fire: isolate in all directions)`;
  }
  if (sc.worstCase) {
    // ERG2020 p. 286: worst case → double both the isolation and the protective-action distance [V]; applying the
    // doubling to orange-guide distances too is a project extension [U].
    for (const z of zones) z.meters *= 2;
    notes.push(
      row
        ? '最坏情况：隔离与防护距离加倍 (worst case: both distances doubled, ERG2020 p. 286)'
        : '最坏情况：指南距离加倍，项目延伸 [U] (worst case: guide distances doubled, project extension)',
    );
  }
  if (zones.some((z) => z.plus)) notes.push('“11+ km”：实际距离可能更大 (11+ km: may be larger, ERG2020 p. 287)');
  return { substance, edition: ERG_EDITION, zones, notes };
}
