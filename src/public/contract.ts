import type { RiskLevel } from '../domain/layer-ids';

/**
 * The public site's data contract, shared by the public data step (scripts/public/) and the public app.
 * Pure types and constants only: no React, no MapLibre, and no import of src/domain/layers, whose column lists
 * name the internal fields that must never reach the public bundle.
 */

/** Risk layers shown to residents; hazard sources and tailings ponds are generalised (see PublicManifest). */
export const PUBLIC_RISK_LAYERS = ['chemical-parks', 'tailings-ponds', 'hazard-sources'] as const;
export type PublicRiskLayer = (typeof PUBLIC_RISK_LAYERS)[number];

/** Layers drawn by the public map, bottom to top. */
export const PUBLIC_LAYERS = [...PUBLIC_RISK_LAYERS, 'shelters', 'fire-stations'] as const;
export type PublicLayer = (typeof PUBLIC_LAYERS)[number];

/**
 * Columns of each public-site file. Each is a subset of the layer's LAYERS[layer].publicFields (checked by
 * tests/public): the public site needs less than the `--public` build allows, and every column left out is one
 * that cannot leak.
 */
export const SITE_COLUMNS = {
  'chemical-parks': ['id', 'name', 'riskLevel', 'parkClass'],
  'tailings-ponds': ['id', 'name', 'riskLevel', 'class'],
  'hazard-sources': ['id', 'name', 'riskLevel', 'grade'],
  'fire-stations': ['id', 'name', 'type'],
  shelters: ['id', 'name', 'kind'],
} as const satisfies Record<PublicLayer, readonly string[]>;

/** Point layers whose positions the public data step snaps to a grid (enterprise sites, not public buildings). */
export const GENERALISED_LAYERS = ['hazard-sources', 'tailings-ponds'] as const satisfies readonly PublicRiskLayer[];

/** Protected-target categories a sample shelter (避难场所) is derived from when the data has no shelter layer. */
export const SHELTER_SOURCE_CATEGORIES = ['学校', '体育场馆'] as const;
export type ShelterKind = (typeof SHELTER_SOURCE_CATEGORIES)[number];

export interface PublicManifestLayer {
  file: string;
  featureCount: number;
  byRiskLevel: Partial<Record<RiskLevel, number>>;
}

/** `data/manifest.json` of the public site. */
export interface PublicManifest {
  kind: 'riskatlas-public';
  /** latest 更新日期 among the inputs, as in the internal manifest */
  dataVersion: string | null;
  /** the inputs are 示例数据 */
  synthetic: boolean;
  /** how point positions of GENERALISED_LAYERS were coarsened */
  generalisation: { method: 'grid'; precisionM: number; layers: PublicRiskLayer[] };
  /** shelters derived from schools and sports venues of the sample (示例), not a real shelter register */
  sheltersDerived: boolean;
  layers: Record<PublicLayer, PublicManifestLayer>;
  gazetteer: string;
}

export type GazetteerKind = 'city' | 'county' | 'town' | 'park';

/** One searchable place of the offline gazetteer (`data/gazetteer.json`). */
export interface GazetteerEntry {
  name: string;
  /** English name where one is known (county-level names) */
  en?: string;
  kind: GazetteerKind;
  /** county-level unit the place belongs to */
  county?: string;
  /** other names that find the same place (the county seat's town) */
  aliases?: string[];
  lon: number;
  lat: number;
}

export interface Gazetteer {
  about: string;
  places: GazetteerEntry[];
}

/** Radii of the "我的周边" summary, metres. */
export const NEARBY_RADII_M = [1000, 3000, 5000] as const;
