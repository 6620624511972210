import type { RiskLevel } from './layer-ids';

/**
 * Properties of a built feature, as written to `<layer>.fgb` by the data build and read by the app.
 * FlatGeobuf columns are flat scalars; every feature of a layer has every key (null where absent).
 * Keys are the English aliases of the ledger headers (data-contract.md), plus computed fields.
 */
export interface CommonProps {
  id: string;
  name: string;
  adcode: string | null;
  status: string | null;
  source: string | null;
  updated: string | null;
  /** internal only */
  contact: string | null;
  /** internal only */
  phone: string | null;
  /** red/orange/yellow/blue for risk layers, null for fire stations and protected targets */
  riskLevel: RiskLevel | null;
  /** readable account of the grade computation, e.g. `R = 2.0 × (4×12/5 + 2×30/10) = 31.2 → 三级` */
  gradeBasis: string;
  /** unknown ledger columns, JSON object string (internal only), '{}' when none */
  extra: string;
}

export interface HazardSourceProps extends CommonProps {
  enterprise: string | null;
  /** normalised inventory `名称:吨;…` (internal only) */
  chemicals: string;
  people500m: number;
  declaredGrade: string | null;
  parkId: string | null;
  S: number;
  alpha: number;
  R: number;
  /** 一级/二级/三级/四级 */
  grade: string;
  /** declared grade given and different from the computed one */
  gradeMismatch: boolean;
}

export interface TailingsPondProps extends CommonProps {
  volume10kM3: number;
  damHeightM: number;
  declaredClass: string | null;
  safety: string;
  overhead: boolean;
  downstream: string | null;
  /** 一等…五等 */
  class: string;
  classMismatch: boolean;
}

export interface ChemicalParkProps extends CommonProps {
  riskScore: number;
  recognition: string | null;
  areaKm2: number | null;
  /** area computed from the geometry, km² */
  geomAreaKm2: number;
  /** A/B/C/D */
  parkClass: string;
}

export interface FireStationProps extends CommonProps {
  /** 特勤站 / 一级站 / 二级站 / 小型站 / 战勤保障站 / 专职队 / 微型站 */
  type: string;
  /** 现有 / 规划 (status column) */
  plannedYear: number | null;
  vehicles: number | null;
  staff: number | null;
  districtKm2: number | null;
  /** 建标152-2017 第十四条 cap for the type, km², null where the standard sets none */
  districtCapKm2: number | null;
  /** 危化 / 矿山 / 水上 / 综合 — speciality, optional column 专业 [speciality] */
  speciality: string | null;
}

export interface ProtectedTargetProps extends CommonProps {
  category: string;
  people: number;
  dwellings: number | null;
  /** GB 36894-2018 class: 高敏感 / 重要 / 一般一类 / 一般二类 / 一般三类 */
  targetClass: string;
}

/**
 * 隐患 (hidden danger), a point: the closed loop 排查→登记→评估→报告→监控→治理→核销 (seed 000:L84) with its level
 * and 挂牌督办 (000:L84 分级挂牌督办; 002:L31 市或县（区）; 003:L157). Not a four-colour risk object: riskLevel null.
 */
export interface HiddenDangerProps extends CommonProps {
  enterprise: string | null;
  /** 隐患类别, free text (危险化学品 / 尾矿库 / 消防 …) */
  category: string | null;
  /** 重大 / 一般 */
  dangerLevel: string;
  /** 挂牌督办 level 省级 / 市级 / 县级, null when not listed for supervision */
  supervision: string | null;
  /** current lifecycle stage, one of HIDDEN_DANGER_STAGES */
  stage: string;
  /** 发现日期 YYYY-MM-DD */
  openedDate: string;
  /** 整改期限 YYYY-MM-DD */
  dueDate: string | null;
  /** 核销日期 YYYY-MM-DD, set exactly when stage is 核销 */
  closedDate: string | null;
  /** 关联对象: id of the hazard source / tailings pond / park the danger belongs to */
  relatedId: string | null;
  /** 隐患描述 (internal only: free text) */
  description: string | null;
}

/** 行政区划 (administrative area), a polygon keyed by its GB/T 2260 code. Not a risk object: riskLevel null. */
export interface BoundaryProps extends CommonProps {
  /** GB/T 2260 six digits: the key every statistic joins on */
  adcode: string;
  /** 省级 / 地级 / 县级 */
  level: string;
  /** six-digit code of the parent area */
  parent: string | null;
  /** 示意: an approximate outline (e.g. the sample's Voronoi areas), not an official boundary */
  approximate: boolean;
  /** area computed from the geometry, km² */
  geomAreaKm2: number;
}

export type AnyFeatureProps =
  | HazardSourceProps
  | TailingsPondProps
  | ChemicalParkProps
  | FireStationProps
  | ProtectedTargetProps
  | HiddenDangerProps
  | BoundaryProps;
