import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { RISK_LEVELS, type RiskLevel } from '../../domain/layer-ids';
import type { PublicRiskLayer } from '../contract';
import type { Facility, RiskSite } from '../near-me/risk-site';

/** The column holding each risk layer's own grade (the public site keeps exactly one). */
export const GRADE_COLUMN: Record<PublicRiskLayer, 'grade' | 'class' | 'parkClass'> = {
  'hazard-sources': 'grade',
  'tailings-ponds': 'class',
  'chemical-parks': 'parkClass',
};

const isRiskLevel = (v: unknown): v is RiskLevel => (RISK_LEVELS as readonly unknown[]).includes(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

function riskGeometry(f: Feature): Point | Polygon | MultiPolygon | null {
  const g = f.geometry;
  return g && (g.type === 'Point' || g.type === 'Polygon' || g.type === 'MultiPolygon') ? g : null;
}

/**
 * Risk features read from a public-site file, checked by hand (the zod schemas of src/domain would pull the
 * internal column lists into the public bundle). A feature without id, name, a known level or a geometry is
 * counted as invalid and left out rather than drawn wrongly.
 */
export function parseRiskFeatures(
  layer: PublicRiskLayer,
  features: readonly Feature[],
): {
  sites: RiskSite[];
  invalid: number;
} {
  const sites: RiskSite[] = [];
  let invalid = 0;
  for (const f of features) {
    const p = f.properties ?? {};
    const id = text(p.id);
    const name = text(p.name);
    const grade = text(p[GRADE_COLUMN[layer]]);
    const geometry = riskGeometry(f);
    if (!id || !name || !grade || !isRiskLevel(p.riskLevel) || !geometry) {
      invalid += 1;
      continue;
    }
    sites.push({ layer, id, name, riskLevel: p.riskLevel, grade, geometry });
  }
  return { sites, invalid };
}

/** Fire stations (`type`) and shelters (`kind`) as named points. */
export function parseFacilities(
  kindColumn: 'type' | 'kind',
  features: readonly Feature[],
): { facilities: Facility[]; invalid: number } {
  const facilities: Facility[] = [];
  let invalid = 0;
  for (const f of features) {
    const p = f.properties ?? {};
    const id = text(p.id);
    const name = text(p.name);
    const kind = text(p[kindColumn]);
    if (!id || !name || !kind || f.geometry?.type !== 'Point') {
      invalid += 1;
      continue;
    }
    facilities.push({ type: 'Feature', geometry: f.geometry, properties: { id, name, kind } });
  }
  return { facilities, invalid };
}

/** A RiskSite back as a GeoJSON feature for the map (level and grade as properties the style reads). */
export const siteFeature = (s: RiskSite): Feature => ({
  type: 'Feature',
  geometry: s.geometry,
  properties: { id: s.id, name: s.name, riskLevel: s.riskLevel, grade: s.grade },
});
