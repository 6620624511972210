import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { RiskLevel } from '../../domain/layer-ids';
import type { PublicRiskLayer } from '../contract';

/** One risk feature of the public site, as the "我的周边" analysis uses it. */
export interface RiskSite {
  layer: PublicRiskLayer;
  id: string;
  name: string;
  riskLevel: RiskLevel;
  /** the layer's own grade: 一级…四级 / 一等…五等 / A–D */
  grade: string;
  geometry: Point | Polygon | MultiPolygon;
}

export interface FacilityProps {
  id: string;
  name: string;
  /** fire-station type (特勤站, 一级站, …) or shelter kind (学校, 体育场馆) */
  kind: string;
}

/** A public facility (fire station, shelter): a named point. */
export type Facility = Feature<Point, FacilityProps>;
