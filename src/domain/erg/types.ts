/**
 * Emergency Response Guidebook data types. Values are keyed by edition so a later edition (ERG2024, [U]: no stored
 * copy yet, standards.md §13.1) can be added as data without code changes.
 */

export const ERG_EDITION = 'ERG2020';
export type ErgEdition = typeof ERG_EDITION;

/** Where a value was read: edition and printed page(s) of the official PDF (standards.md §13.9 V1). */
export interface ErgRef {
  edition: ErgEdition;
  /** printed page or page range, e.g. `pp. 296–343` */
  page: string;
  /** [V] read from the stored official copy; [U] project decision or analogy */
  status: 'V' | 'U';
}

// ERG2020 Table 1 occupies printed pp. 296–343 (V1); the page of each row was not recorded in standards.md §13.3,
// so rows cite the table's range.
export const ERG2020_TABLE1_REF: ErgRef = { edition: ERG_EDITION, page: 'pp. 296–343', status: 'V' };
// ERG2020 Table 3 rows: printed pp. 351–353; containers and wind classes defined on p. 350 (V1, standards §13.4).
export const ERG2020_TABLE3_REF: ErgRef = { edition: ERG_EDITION, page: 'pp. 350–353', status: 'V' };
// ERG2020 orange guides 111–174: printed pp. 158–284 (V1, standards §13.5); the guide number names the page pair.
export const ERG2020_GUIDES_REF: ErgRef = { edition: ERG_EDITION, page: 'pp. 158–284', status: 'V' };
// ERG2020 "How to use Table 1": zone geometry pp. 294–295, spill size/day-night/ambiguity rules p. 294 (V1, §13.2).
export const ERG2020_GEOMETRY_REF: ErgRef = { edition: ERG_EDITION, page: 'pp. 294–295', status: 'V' };
// ERG2020 modifiers (fire, worst case doubling, 11.0+): printed pp. 286–287 (V1, standards §13.2).
export const ERG2020_MODIFIERS_REF: ErgRef = { edition: ERG_EDITION, page: 'pp. 286–287', status: 'V' };

/** One spill size of a Table 1 row: isolation radius in metres, protective-action (downwind) distances in km. */
export interface ErgDist {
  isoM: number;
  dayKm: number;
  nightKm: number;
  /** printed as "11.0+": the real distance may be larger (ERG2020 p. 287) */
  dayPlus?: true;
  nightPlus?: true;
}

export interface ErgTable1Row {
  un: number;
  /** orange guide, `P` = may polymerize violently */
  guide: string;
  /** water-reactive materials have separate "when spilled on land / in water" rows */
  when?: 'land' | 'water';
  /** GB 18218-2018 表1 序号 of the same substance (naming aid; the pairing is by identity, not by ERG) */
  gb18218No?: number;
  name: string;
  /** 中文名: naming aid for the Chinese UI, not an ERG value (standards §13.3) */
  nameZh: string;
  small: ErgDist;
  /** `TABLE3`: large-spill distances depend on container and wind (ERG2020 Table 3) */
  large: ErgDist | 'TABLE3';
  ref: ErgRef;
}

/** ERG2020 Table 3 containers (p. 350). Chinese fixed storage maps onto them only by analogy (standards §13.4 [U]). */
export const ERG_CONTAINERS = [
  'railTankCar',
  'highwayTank',
  'agriculturalNurseTank',
  'multipleTonCylinders',
  'smallOrSingleTonCylinder',
  'multipleSmallCylinders',
] as const;
export type ErgContainer = (typeof ERG_CONTAINERS)[number];

export type WindClass = 'low' | 'moderate' | 'high';

export interface ErgTable3Row {
  un: number;
  container: ErgContainer;
  /** container as printed in ERG2020 Table 3 */
  containerLabel: string;
  isoM: number;
  /** km by wind class [low, moderate, high]; 11 means "11+" (the table prints no plain 11.0) */
  day: readonly [number, number, number];
  night: readonly [number, number, number];
  ref: ErgRef;
}

export interface ErgGuide {
  /** immediate precautionary isolation, all directions, m */
  isoLiquidM: number;
  isoSolidM: number;
  /** large-spill evacuation distance, m; null = "Table 1" or no number (increase downwind as necessary) */
  largeSpillM: number | null;
  /** large-spill distance applies in all directions (circle) rather than downwind */
  largeSpillAllDirections: boolean;
  /** isolate in all directions when a tank / rail car / trailer is involved in fire, m */
  fireIsolateM: number | null;
  /** the container condition of the fire distance, as printed */
  fireCondition: string;
}

/** A material without a Table 1 entry: the orange guide's generic distances apply (standards §13.5). */
export interface ErgGuideMaterial {
  /** UN/ID number; null for explosives, which ERG lists by division, not by name */
  un: number | null;
  guide: string;
  nameZh: string;
  aliasesZh?: readonly string[];
  nameEn?: string;
  gb18218No?: number;
  state: 'gas' | 'liquid' | 'solid';
  ref: ErgRef;
  note?: string;
}

/** A substance as the lookup returns it: Table 1 material or orange-guide-only material. */
export interface ErgSubstance {
  /** `UN1017`, or `GB35` for an explosive without a UN number here */
  key: string;
  un: number | null;
  nameZh: string;
  nameEn: string | null;
  guide: string;
  gb18218No: number | null;
  /** Table 1 rows (two for land/water materials); empty for orange-guide-only materials */
  table1: readonly ErgTable1Row[];
  /** the large spill is read from Table 3 */
  table3: boolean;
  /** physical state of orange-guide materials (selects the liquid or solid isolation); null for Table 1 materials */
  state: 'gas' | 'liquid' | 'solid' | null;
  /** analogy or caveat shown with the zones */
  note: string | null;
}
