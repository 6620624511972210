import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { representativePoint } from '../../analysis/representative-point';
import type { CensusResult, ProposedHazardReport, SitingReport, TargetPair } from '../../analysis/siting';
import type { RiskLevel } from '../../domain/layer-ids';
import { DEFAULT_RISK_LEVEL_MAPPING } from '../../domain/risk-level-mapping';
import type { EffectiveRules } from '../../domain/siting/apply-scenario';
import { ruleAppliesTo, rulesForHazard } from '../../domain/siting/rule-match';
import type { Verdict, ZoneDistances } from '../../domain/siting/types';
import type { Translate } from '../../i18n/use-t';
import type { Site, SitingTab } from '../../state/siting-store';
import { RISK } from '../../theme/theme';
import type { SitingData } from './use-siting-results';
import {
  metres,
  NEUTRAL_HAZARD,
  SITE_STYLE,
  VERDICT_KEY,
  VERDICT_STYLE,
  ZONE_KEY,
  ZONE_OPACITY,
} from './verdict-style';
import { northOf, zoneBand, zoneOutline } from './zone-rings';

/**
 * What the map draws for the 规划选址 workspace, as plain GeoJSON with colours in the properties (src/map/siting
 * only styles by `fill`, `stroke`, `opacity`, `dashed`, `label`). Zones are display only.
 */
export interface SitingMapData {
  site: FeatureCollection;
  zones: FeatureCollection;
  labels: FeatureCollection;
  pairs: FeatureCollection;
  targets: FeatureCollection;
}

type Colour = { fill: string; stroke: string };
/** The zone-defining fields of a rule row (SitingRule and RuleUsed both have them). */
interface ZoneRule {
  id: string;
  zones: ZoneDistances;
  fixed?: string | null;
}

const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
export const EMPTY_MAP_DATA: SitingMapData = {
  site: fc([]),
  zones: fc([]),
  labels: fc([]),
  pairs: fc([]),
  targets: fc([]),
};

const colourOfLevel = (level: unknown): Colour => RISK[level as RiskLevel] ?? NEUTRAL_HAZARD;

/**
 * Zone bands and labels of one hazard: the banded rule with the widest outer zone as inner/middle/outer bands at
 * 30/18/8 %, and each fixed code distance (GB 50160 …) as a dashed edge. Every feature names its hazard and rule.
 */
export function hazardZones(
  geometry: Geometry,
  rules: readonly ZoneRule[],
  colour: Colour,
  hazardId: string,
  t: Translate,
): { zones: Feature[]; labels: Feature[] } {
  const zones: Feature[] = [];
  const labels: Feature[] = [];
  const banded = rules.filter((r) => !r.fixed).sort((a, b) => b.zones.outer - a.zones.outer)[0];
  const label = (ring: Position[], text: string) => {
    const at = northOf(ring);
    if (at) labels.push({ type: 'Feature', geometry: { type: 'Point', coordinates: at }, properties: { label: text } });
  };
  if (banded) {
    const { inner, middle, outer } = banded.zones;
    const bands = [
      ['inner', 0, inner],
      ['middle', inner, middle],
      ['outer', middle, outer],
    ] as const;
    for (const [zone, from, to] of bands) {
      if (to <= from && !(zone === 'inner' && geometry.type !== 'Point')) continue;
      const band = zoneBand(geometry, from, to);
      if (!band) continue;
      zones.push({
        type: 'Feature',
        geometry: band,
        properties: {
          hazardId,
          ruleId: banded.id,
          zone,
          radiusM: to,
          fill: colour.fill,
          stroke: colour.stroke,
          opacity: ZONE_OPACITY[zone],
          dashed: false,
        },
      });
      if (to > 0) label(band.coordinates[0] as Position[], `${t(ZONE_KEY[zone])} ${metres(to)}`);
    }
  }
  for (const r of rules.filter((x) => x.fixed)) {
    const ring = zoneOutline(geometry, r.zones.inner);
    if (ring.length < 4) continue;
    zones.push({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [ring] },
      properties: {
        hazardId,
        ruleId: r.id,
        zone: 'fixed',
        radiusM: r.zones.inner,
        fill: colour.fill,
        stroke: colour.stroke,
        opacity: 0,
        dashed: true,
      },
    });
    if (r.zones.inner > 0) label(ring, t('siting.map.fixedLabel', { d: metres(r.zones.inner) }));
  }
  return { zones, labels };
}

function siteFeatures(site: Site | null, text: string): Feature[] {
  if (!site) return [];
  return [{ type: 'Feature', geometry: site.geometry, properties: { kind: 'site', label: text, ...SITE_STYLE } }];
}

const pointOf = (f: Feature | undefined): Position | null => (f ? representativePoint(f) : null);

/** A dashed-or-solid line hazard → target and the target ring, coloured by verdict, labelled with its word. */
function pairFeatures(
  pairs: readonly TargetPair[],
  data: SitingData,
  t: Translate,
  from?: Position,
): { lines: Feature[]; targets: Feature[] } {
  const lines: Feature[] = [];
  const worst = new Map<string, { p: Position; verdict: Verdict; name: string }>();
  const rank = { 不建议: 2, 有条件: 1, 不反对: 0 } as const;
  for (const v of pairs) {
    const a = from ?? pointOf(data.byId(v.layer, v.hazardId));
    const b = pointOf(data.byId('protected-targets', v.targetId));
    if (!a || !b) continue;
    const s = VERDICT_STYLE[v.verdict];
    lines.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [a, b] },
      properties: { verdict: v.verdict, stroke: s.fill, dashed: v.verdict !== '不建议' },
    });
    const prev = worst.get(v.targetId);
    if (!prev || rank[v.verdict] > rank[prev.verdict])
      worst.set(v.targetId, { p: b, verdict: v.verdict, name: v.targetName });
  }
  const targets = [...worst.entries()].map(
    ([id, w]): Feature => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: w.p },
      properties: {
        id,
        verdict: w.verdict,
        stroke: VERDICT_STYLE[w.verdict].fill,
        label: `${VERDICT_STYLE[w.verdict].icon} ${w.name} · ${t(VERDICT_KEY[w.verdict])}`,
      },
    }),
  );
  return { lines, targets };
}

export interface MapDataInput {
  tab: SitingTab;
  site: Site | null;
  category: string;
  siting: SitingReport | null;
  inverse: ProposedHazardReport | null;
  proposedAt: [number, number] | null;
  census: CensusResult | null;
  censusOnMap: boolean;
  effective: EffectiveRules;
  data: SitingData;
  t: Translate;
}

/** The map picture of the current tab: the site with the zones of every hazard in the report, the proposed hazard
 * with its zones and the targets inside, or the census pairs. */
export function sitingMapData(input: MapDataInput): SitingMapData {
  const { t, data } = input;
  const zones: Feature[] = [];
  const labels: Feature[] = [];
  const add = (r: { zones: Feature[]; labels: Feature[] }) => {
    zones.push(...r.zones);
    labels.push(...r.labels);
  };
  let site: Feature[] = [];
  let pairs: Feature[] = [];
  let targets: Feature[] = [];

  if (input.tab === 'inverse') {
    const at = input.proposedAt;
    if (at) {
      const point: Geometry = { type: 'Point', coordinates: at };
      site = [
        {
          type: 'Feature',
          geometry: point,
          properties: { kind: 'proposed', label: t('siting.map.proposed'), ...SITE_STYLE },
        },
      ];
      const inv = input.inverse;
      if (inv) {
        const grade = inv.hazard.grade as keyof typeof DEFAULT_RISK_LEVEL_MAPPING.hazardSources | null;
        const colour = grade ? colourOfLevel(DEFAULT_RISK_LEVEL_MAPPING.hazardSources[grade]) : NEUTRAL_HAZARD;
        add(hazardZones(point, inv.zones, colour, 'proposed', t));
        const p = pairFeatures(inv.targets, data, t, at);
        pairs = p.lines;
        targets = p.targets;
      }
    }
  } else if (input.tab === 'census') {
    if (input.census && input.censusOnMap) {
      const p = pairFeatures(input.census.violations, data, t);
      pairs = p.lines;
      targets = p.targets;
    }
  } else {
    site = siteFeatures(input.site, t('siting.map.site'));
    const report = input.siting;
    if (report) {
      const layerRules = (layer: string) =>
        input.effective.rules.filter(
          (r) => r.layer === layer && r.enabled !== false && ruleAppliesTo(r, input.category),
        );
      for (const row of report.hazards) {
        const f = data.byId(row.layer, row.id);
        if (!f?.geometry) continue;
        const rules = rulesForHazard(layerRules(row.layer), row.layer, f.properties ?? {});
        add(hazardZones(f.geometry, rules, colourOfLevel(f.properties?.riskLevel), row.id, t));
      }
    }
  }
  return { site: fc(site), zones: fc(zones), labels: fc(labels), pairs: fc(pairs), targets: fc(targets) };
}

/** The site and every zone as one GeoJSON file (导出分区), with the rule, zone and radius on each feature. */
export function zonesGeoJson(map: SitingMapData, report: SitingReport | null): FeatureCollection {
  const features: Feature[] = [
    ...map.site.features.map((f) => ({ ...f, properties: { kind: 'site' } })),
    ...map.zones.features.map((f) => {
      const p = f.properties ?? {};
      const row = report?.hazards.find((h) => h.id === p.hazardId);
      return {
        ...f,
        properties: {
          kind: p.zone === 'fixed' ? 'fixed-distance' : 'zone',
          hazardId: p.hazardId,
          hazardName: row?.name ?? null,
          layer: row?.layer ?? null,
          grade: row?.grade ?? null,
          ruleId: p.ruleId,
          zone: p.zone,
          outerEdgeM: p.radiusM,
          adjusted: report?.adjustedRules.some((a) => a.ruleId === p.ruleId) ?? false,
          note: '显示用分区（结论按椭球测地线距离计算）',
        },
      };
    }),
  ];
  return { type: 'FeatureCollection', features };
}

/** [minX, minY, maxX, maxY] of everything drawn, for framing the report map; null when nothing is. */
export function mapDataBounds(map: SitingMapData): [number, number, number, number] | null {
  let b: [number, number, number, number] | null = null;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      if (x === undefined || y === undefined) return;
      b = b ? [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)] : [x, y, x, y];
    } else if (Array.isArray(c)) for (const k of c) visit(k);
  };
  for (const f of [...map.site.features, ...map.zones.features, ...map.targets.features]) {
    const g = f.geometry;
    if (g && 'coordinates' in g) visit(g.coordinates);
  }
  return b;
}
