import type { Feature, Geometry } from 'geojson';
import { geodesicDistance } from '../../analysis/geodesic-distance';
import {
  type AffectedResult,
  affectedInZones,
  type FireCoverageResult,
  fireCoverage,
  incidentZones,
  nearestResponders,
  plainRings,
  type Responder,
  type ZoneFeature,
} from '../../analysis/incident';
import { representativePoint } from '../../analysis/representative-point';
import { type ErgSelection, type ErgSubstance, lookupErgSubstance, selectErgDistances } from '../../domain/erg';
import type { DayNight, SpecialityChoice, Spill } from '../../state/command-store';

type AnyFeature = Feature<Geometry | null>;

export interface IncidentInput {
  point: [number, number] | null;
  /** id of the hazard source the incident is at (left out of the domino list) */
  sourceId: string | null;
  substance: string;
  spill: Spill;
  time: DayNight;
  windFromDeg: number;
  windSpeedMs: number | null;
  rings: readonly number[];
  speciality: SpecialityChoice;
  roadFactor: number;
  speedKmh: number;
  coverage: boolean;
  coveragePlanned: boolean;
}

export interface IncidentLayers {
  targets: readonly AnyFeature[];
  hazards: readonly AnyFeature[];
  tailings: readonly AnyFeature[];
  parks: readonly AnyFeature[];
  stations: readonly AnyFeature[];
}

/** One zone as the panels and the map show it. */
export interface ZoneInfo {
  /** stable key: `isolation`, `protective-action`, `evacuation`, `ring-500` … (test ids, CSV) */
  key: string;
  feature: ZoneFeature;
  /** ERG value whose source is a project decision or analogy ([U]) rather than read from the book */
  unverified: boolean;
}

export type AffectedKind = 'target' | 'hazard' | 'tailings' | 'park';

/** A feature inside at least one zone, for the list, the CSV and the report. */
export interface AffectedRow {
  kind: AffectedKind;
  id: string;
  name: string;
  /** GB 36894 class (targets), grade (hazards, tailings), park class */
  cls: string;
  /** four-colour level of risk objects, null for targets */
  riskLevel: string | null;
  people: number;
  /** geodesic distance from the incident point, m */
  distanceM: number;
  /** keys of the zones it lies in: ERG zones (isolation first), then rings from the smallest */
  zones: string[];
}

export interface IncidentAnalysis {
  substance: ErgSubstance | null;
  /** the typed text names no substance the ERG2020 data covers */
  substanceUnknown: boolean;
  selection: ErgSelection | null;
  /** ERG zones then plain rings */
  zones: ZoneInfo[];
  /** scenario caveats (bilingual, from the engine) */
  notes: string[];
  affected: AffectedResult | null;
  rows: AffectedRow[];
  /** the speciality the responders were matched by, null = nearest only */
  speciality: string | null;
  /** the 5 nearest existing stations by distance (specialityMatch set when one is wanted) */
  responders: Responder[];
  /** the nearest stations of the wanted speciality not already among `responders` (up to 3) */
  specialists: Responder[];
  /** 危化 rescue bases not listed above, added for a chemical incident */
  rescueBases: Responder[];
  chemical: boolean;
  coverage: FireCoverageResult | null;
  /** engine errors in words (e.g. an invalid coordinate) */
  error: string | null;
}

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const idOf = (f: AnyFeature) => str(f.properties?.id ?? f.id);

/** A 危化 rescue base (name says 救援基地/应急救援 and the speciality is 危化): sent to every chemical incident. */
export const isRescueBase = (f: AnyFeature): boolean =>
  /救援基地|应急救援/.test(str(f.properties?.name)) &&
  str(f.properties?.speciality).includes('危化') &&
  f.properties?.status !== '规划';

const zoneKey = (z: ZoneFeature) => (z.properties.zone === 'ring' ? `ring-${z.properties.radiusM}` : z.properties.zone);

function affectedRows(
  point: [number, number],
  zones: readonly ZoneInfo[],
  affected: AffectedResult,
  layers: IncidentLayers,
): AffectedRow[] {
  const byId = new Map<string, { kind: AffectedKind; f: AnyFeature }>();
  for (const f of layers.targets) byId.set(`t:${idOf(f)}`, { kind: 'target', f });
  for (const f of layers.hazards) byId.set(`h:${idOf(f)}`, { kind: 'hazard', f });
  for (const f of layers.tailings) byId.set(`h:${idOf(f)}`, { kind: 'tailings', f });
  for (const f of layers.parks) byId.set(`p:${idOf(f)}`, { kind: 'park', f });
  const rows = new Map<string, AffectedRow>();
  const add = (prefix: string, id: string, zone: string) => {
    const key = `${prefix}:${id}`;
    const hit = byId.get(key);
    if (!hit) return;
    let row = rows.get(key);
    if (!row) {
      const p = hit.f.properties ?? {};
      const at = representativePoint(hit.f);
      row = {
        kind: hit.kind,
        id,
        name: str(p.name) || id,
        cls: str(hit.kind === 'target' ? p.targetClass : hit.kind === 'park' ? p.parkClass : (p.grade ?? p.class)),
        riskLevel: hit.kind === 'target' ? null : str(p.riskLevel) || null,
        people: hit.kind === 'target' ? Number(p.people) || 0 : 0,
        distanceM: at ? geodesicDistance(point, at) : Number.NaN,
        zones: [],
      };
      rows.set(key, row);
    }
    row.zones.push(zone);
  };
  affected.zones.forEach((z, i) => {
    const key = zones[i]?.key ?? String(i);
    for (const id of z.targets.ids) add('t', id, key);
    for (const id of z.hazards.ids) add('h', id, key);
    for (const id of z.parks.ids) add('p', id, key);
  });
  const order: Record<AffectedKind, number> = { target: 0, hazard: 1, tailings: 2, park: 3 };
  return [...rows.values()].sort((a, b) => order[a.kind] - order[b.kind] || a.distanceM - b.distanceM);
}

/**
 * Everything the command workspace shows for one incident, from the store's intent and the loaded layers: ERG2020
 * zones and plain rings (engine), who is inside them, the nearest responders and, when asked, fire coverage.
 * Pure: the same inputs give the same answer, so the panels, the map and the report cannot disagree.
 */
export function analyseIncident(input: IncidentInput, layers: IncidentLayers): IncidentAnalysis {
  const text = input.substance.trim();
  const substance = text ? (lookupErgSubstance(text) ?? null) : null;
  const out: IncidentAnalysis = {
    substance,
    substanceUnknown: text !== '' && substance === null,
    selection: null,
    zones: [],
    notes: [],
    affected: null,
    rows: [],
    speciality: null,
    responders: [],
    specialists: [],
    rescueBases: [],
    chemical: substance !== null || input.sourceId !== null,
    coverage: null,
    error: null,
  };
  try {
    if (input.coverage) {
      out.coverage = fireCoverage(layers.stations, [...layers.hazards, ...layers.tailings, ...layers.parks], {
        includePlanned: input.coveragePlanned,
      });
    }
    const point = input.point;
    if (!point) return out;
    const scenario = {
      spill: input.spill,
      time: input.time,
      ...(input.windSpeedMs !== null ? { windSpeedMs: input.windSpeedMs } : {}),
    };
    const erg: ZoneFeature[] = [];
    if (substance) {
      out.selection = selectErgDistances(substance, scenario);
      const zc = incidentZones(point, { substance, windFromDeg: input.windFromDeg, ...scenario });
      erg.push(...zc.features);
      out.notes = zc.notes;
    }
    const rings = input.rings.length > 0 ? plainRings(point, input.rings).features : [];
    out.zones = [...erg, ...rings].map((feature, i) => {
      const spec = i < erg.length ? out.selection?.zones[i] : undefined;
      const unverified =
        spec !== undefined && (spec.ref.status === 'U' || spec.note.includes('[U]') || spec.source.includes('[U]'));
      return { key: zoneKey(feature), feature, unverified };
    });
    if (out.zones.length > 0) {
      out.affected = affectedInZones(
        out.zones.map((z) => z.feature),
        { targets: layers.targets, hazards: [...layers.hazards, ...layers.tailings], parks: layers.parks },
        { excludeIds: input.sourceId ? [input.sourceId] : [] },
      );
      out.rows = affectedRows(point, out.zones, out.affected, layers);
    }
    const speciality =
      input.speciality === 'none'
        ? null
        : input.speciality === 'auto'
          ? out.chemical
            ? '危化'
            : null
          : input.speciality;
    out.speciality = speciality;
    const eta = { roadFactor: input.roadFactor, speedKmh: input.speedKmh };
    // The nearest stations arrive first whatever their speciality, so they lead the list; specialists farther away
    // follow as reinforcement (the engine's speciality option would put them first, ahead of a station next door).
    const matches = (f: AnyFeature) => speciality !== null && str(f.properties?.speciality).includes(speciality);
    out.responders = nearestResponders(point, layers.stations, { k: 5, ...eta }).map((r) => ({
      ...r,
      specialityMatch: matches(r.feature),
    }));
    const listed = new Set(out.responders.map((r) => r.id));
    if (speciality) {
      const pool = layers.stations.filter((f) => matches(f) && !listed.has(idOf(f)));
      if (pool.length > 0) out.specialists = nearestResponders(point, pool, { k: 3, speciality, ...eta });
      for (const r of out.specialists) listed.add(r.id);
    }
    if (out.chemical) {
      const bases = layers.stations.filter((f) => isRescueBase(f) && !listed.has(idOf(f)));
      if (bases.length > 0) out.rescueBases = nearestResponders(point, bases, { k: bases.length, ...eta });
    }
  } catch (e) {
    out.error = e instanceof Error ? e.message : String(e);
  }
  return out;
}
