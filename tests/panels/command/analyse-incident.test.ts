import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type ErgSubstance, lookupErgSubstance, selectErgDistances } from '../../../src/domain/erg';
import { analyseIncident, type IncidentInput, isRescueBase } from '../../../src/panels/command/analyse-incident';
import { Geodesic } from '../../helpers/geodesic';
import { HAZARDS, PARKS, STATIONS, TAILINGS, TARGETS } from '../fixtures';

type F = Feature<Geometry | null>;
const coords = (f: F) => (f.geometry as unknown as { coordinates: [number, number] }).coordinates;
const HS1 = coords(HAZARDS[0] as F);

const base = (over: Partial<IncidentInput> = {}): IncidentInput => ({
  point: HS1,
  sourceId: 'HS-001',
  substance: '氯',
  spill: 'small',
  time: 'night',
  windFromDeg: 270, // from the west: the plume goes east, over the fixture targets
  windSpeedMs: null,
  rings: [500, 1000],
  speciality: 'auto',
  roadFactor: 1.3,
  speedKmh: 30,
  coverage: false,
  coveragePlanned: true,
  ...over,
});

const station = (id: string, name: string, lon: number, lat: number, speciality: string | null, status = '现有') => ({
  type: 'Feature' as const,
  geometry: { type: 'Point' as const, coordinates: [lon, lat] },
  properties: { id, name, type: '专职队', status, speciality, districtCapKm2: null },
});

const layers = (stations: F[] = STATIONS) => ({
  targets: TARGETS,
  hazards: HAZARDS,
  tailings: TAILINGS,
  parks: PARKS,
  stations,
});

/** Independent oracle: WGS84 inverse problem straight from geographiclib, the ERG square in along/across terms. */
function inside(zone: { kind: 'circle'; r: number } | { kind: 'square'; d: number; downwind: number }, p: number[]) {
  const g = Geodesic.WGS84.Inverse(HS1[1], HS1[0], p[1] as number, p[0] as number);
  const s = g.s12 as number;
  if (zone.kind === 'circle') return s <= zone.r;
  const rel = (((g.azi1 as number) - zone.downwind) * Math.PI) / 180;
  const along = s * Math.cos(rel);
  const across = s * Math.sin(rel);
  return along >= 0 && along <= zone.d && Math.abs(across) <= zone.d / 2;
}

describe('analyseIncident', () => {
  it('draws the ERG2020 zones of the substance, then the chosen rings', () => {
    const a = analyseIncident(base(), layers());
    expect(a.substance?.un).toBe(1017);
    expect(a.zones.map((z) => z.key)).toEqual(['isolation', 'protective-action', 'ring-500', 'ring-1000']);
    const [iso, pad] = a.zones;
    const sel = selectErgDistances(lookupErgSubstance('氯') as ErgSubstance, { spill: 'small', time: 'night' });
    expect(iso?.feature.properties.radiusM).toBe(sel.zones[0]?.meters);
    expect((pad?.feature.properties.distanceKm ?? 0) * 1000).toBe(sel.zones[1]?.meters);
    expect(pad?.feature.properties.downwindDeg).toBe(90);
    expect(iso?.feature.properties.edition).toBe('ERG2020');
  });

  it('counts the protected targets of each zone exactly as a brute-force geodesic check does', () => {
    for (const spill of ['small', 'large'] as const) {
      const a = analyseIncident(base({ spill }), layers());
      const sel = selectErgDistances(lookupErgSubstance('氯') as ErgSubstance, { spill, time: 'night' });
      const zones = [
        { kind: 'circle' as const, r: sel.zones[0]?.meters as number },
        { kind: 'square' as const, d: sel.zones[1]?.meters as number, downwind: 90 },
        { kind: 'circle' as const, r: 500 },
        { kind: 'circle' as const, r: 1000 },
      ];
      zones.forEach((z, i) => {
        const hits = TARGETS.filter((t) => inside(z, coords(t)));
        const got = a.affected?.zones[i]?.targets;
        expect(got?.count, `zone ${i}, ${spill}`).toBe(hits.length);
        expect(got?.people).toBe(hits.reduce((s, t) => s + Number(t.properties?.people), 0));
      });
      const union = new Set(
        TARGETS.filter((t) => zones.some((z) => inside(z, coords(t)))).map((t) => t.properties?.id),
      );
      expect(a.affected?.union.targets.count).toBe(union.size);
    }
  });

  it('lists each affected feature once, nearest first, with its zones and distance; leaves out its own source', () => {
    const a = analyseIncident(base(), layers());
    const targets = a.rows.filter((r) => r.kind === 'target');
    expect(targets.map((r) => r.id)).toEqual(['PT-001', 'PT-003', 'PT-002']);
    expect(targets[0]?.zones).toContain('ring-500');
    expect(targets.every((r, i) => i === 0 || (targets[i - 1]?.distanceM ?? 0) <= r.distanceM)).toBe(true);
    expect(a.rows.some((r) => r.id === 'HS-001')).toBe(false);
    // the park around the spill is touched
    expect(a.rows.find((r) => r.kind === 'park')?.id).toBe('CP-001');
  });

  it('falls back to plain rings for an unknown substance, and says so', () => {
    const a = analyseIncident(base({ substance: '不存在的物质' }), layers());
    expect(a.substanceUnknown).toBe(true);
    expect(a.zones.map((z) => z.key)).toEqual(['ring-500', 'ring-1000']);
    const none = analyseIncident(base({ substance: '', sourceId: null }), layers());
    expect(none.substanceUnknown).toBe(false);
    expect(none.chemical).toBe(false);
  });

  it('returns no zones and no responders before an incident is placed', () => {
    const a = analyseIncident(base({ point: null }), layers());
    expect(a.zones).toEqual([]);
    expect(a.affected).toBeNull();
    expect(a.responders).toEqual([]);
  });

  it('lists the 5 nearest existing stations by distance, then specialists and the 危化 rescue base', () => {
    const stations: F[] = [
      ...STATIONS,
      station('S-HZ1', '远处危化站', 113.6, 29.6, '危化'),
      station('S-HZ2', '更远危化站', 113.7, 29.7, '危化'),
      station('S-W', '水上站', 113.28, 29.48, '水上'),
      station('S-BASE', '巴陵石化危险化学品应急救援基地', 113.9, 29.9, '危化'),
      station('S-PL', '规划危化站', 113.271, 29.4705, '危化', '规划'),
    ];
    const a = analyseIncident(base(), layers(stations));
    const byDistance = stations
      .filter((s) => s.properties?.status !== '规划')
      .map((s) => ({
        id: s.properties?.id as string,
        speciality: s.properties?.speciality,
        m: Geodesic.WGS84.Inverse(HS1[1], HS1[0], coords(s)[1], coords(s)[0]).s12 as number,
      }))
      .sort((x, y) => x.m - y.m);
    const nearest = byDistance.slice(0, 5).map((x) => x.id);
    expect(a.responders.map((r) => r.id)).toEqual(nearest);
    expect(a.responders.map((r) => r.specialityMatch)).toEqual(
      byDistance.slice(0, 5).map((x) => x.speciality === '危化'),
    );
    expect(a.speciality).toBe('危化');
    // reinforcement: the nearest 危化 stations not already listed (up to 3); the base is one of them
    const specialists = byDistance.filter((x) => x.speciality === '危化' && !nearest.includes(x.id)).slice(0, 3);
    expect(specialists.length).toBeGreaterThan(0);
    expect(a.specialists.map((r) => r.id)).toEqual(specialists.map((x) => x.id));
    expect(a.specialists.every((r) => r.specialityMatch)).toBe(true);
    expect([...a.responders, ...a.specialists].some((r) => r.id === 'S-BASE')).toBe(true);
    expect(a.rescueBases).toEqual([]);
    // ETA = 1 min turnout + distance × λ ÷ speed
    const r0 = a.responders[0];
    expect(r0?.etaMin).toBeCloseTo(1 + ((r0?.distanceM ?? 0) / 1000) * 1.3 * (60 / 30), 9);
  });

  it('adds the rescue base to a chemical incident even when the speciality is not 危化', () => {
    // five ordinary stations nearer than the base, so only the rescue-base rule can bring it in
    const stations: F[] = [
      ...STATIONS,
      station('S-1', '近站一', 113.28, 29.47, null),
      station('S-2', '近站二', 113.26, 29.47, null),
      station('S-3', '近站三', 113.27, 29.48, null),
      station('S-BASE', '巴陵石化危险化学品应急救援基地', 113.9, 29.9, '危化'),
    ];
    const a = analyseIncident(base({ speciality: '水上' }), layers(stations));
    expect(a.responders.map((r) => r.id)).not.toContain('S-BASE');
    expect(a.rescueBases.map((r) => r.id)).toEqual(['S-BASE']);
    const plain = analyseIncident(base({ speciality: '水上', substance: '', sourceId: null }), layers(stations));
    expect(plain.rescueBases).toEqual([]);
    expect(isRescueBase(stations.at(-1) as F)).toBe(true);
    expect(isRescueBase(STATIONS[1] as F)).toBe(false);
  });

  it('computes fire coverage on request, with and without planned stations', () => {
    const off = analyseIncident(base({ coverage: false }), layers());
    expect(off.coverage).toBeNull();
    const on = analyseIncident(base({ coverage: true, coveragePlanned: false }), layers());
    expect(on.coverage?.before.total).toBe(HAZARDS.length + TAILINGS.length + PARKS.length);
    expect(on.coverage?.districts.features.some((d) => d.properties.planned)).toBe(false);
    const planned = analyseIncident(base({ coverage: true, coveragePlanned: true }), layers());
    expect(planned.coverage?.districts.features.some((d) => d.properties.planned)).toBe(true);
    expect(planned.coverage?.after.covered).toBeGreaterThanOrEqual(planned.coverage?.before.covered ?? 0);
  });
});
