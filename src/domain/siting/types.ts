/**
 * Vocabulary of the siting check (选址) and the protective-distance census. Pure data types: the engine lives in
 * src/analysis/siting, the rule values in ./rule-table.ts.
 */

/** How far a value is established (shared/domain/standards.md §0): V verified, P probable, U unverified default. */
export type Confidence = 'V' | 'P' | 'U';

/** Consultation zones around a hazard, innermost first, and everything beyond them. */
export const ZONES = ['inner', 'middle', 'outer', 'outside'] as const;
export type Zone = (typeof ZONES)[number];
export const ZONE_ZH: Readonly<Record<Zone, string>> = {
  inner: '内区',
  middle: '中区',
  outer: '外区',
  outside: '区外',
};

/** Planning advice, most restrictive first (UK HSE AA / DAA, with 有条件 in between). */
export const VERDICTS = ['不建议', '有条件', '不反对'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const VERDICT_EN: Readonly<Record<Verdict, string>> = {
  不建议: 'advise against',
  有条件: 'conditional',
  不反对: 'do not advise against',
};

/** Development sensitivity, UK HSE style: 1 workers … 4 large vulnerable populations. */
export const SENSITIVITY_LEVELS = [1, 2, 3, 4] as const;
export type SensitivityLevel = (typeof SENSITIVITY_LEVELS)[number];

/** Outer edge of each zone, metres from the hazard (its point, boundary or line). */
export interface ZoneDistances {
  inner: number;
  middle: number;
  outer: number;
}

/**
 * One row of the rule table: which hazards it covers, how far its zones reach, and where the numbers come from.
 * Layers are strings so rows for layers that are not built yet (pipelines, gas stations) can already be written.
 */
export interface SitingRule {
  /** stable id; scenarios override rows by id */
  id: string;
  layer: string;
  /** every key must equal one of the listed values in the hazard's properties (e.g. `{ grade: ['一级'] }`) */
  where?: Readonly<Record<string, readonly (string | boolean)[]>>;
  /** the hazard's inventory must hold a substance of this GB 50160 category (see ./substance-category.ts) */
  substance?: SubstanceCategory;
  /** development categories the row applies to; absent = all */
  appliesTo?: readonly string[];
  /** development categories the row never applies to */
  except?: readonly string[];
  zones: ZoneDistances;
  /**
   * A fixed answer rather than the decision matrix: anything within `zones.inner` gets this verdict whatever the
   * development's level — 不建议 for code minimums (GB 50160 表4.1.9, 管道保护法 第三十条 5 m), 有条件 for
   * "原则上限制" rules. Beyond `zones.inner` the row says 不反对.
   */
  fixed?: Exclude<Verdict, '不反对'>;
  /** what the distance is measured from, as the standard says and as the data allows */
  measureFrom: string;
  /** standard + clause/table */
  source: string;
  confidence: Confidence;
  note: string;
  /** set when the geometry only approximates the rule (e.g. a circle for a downstream flow path) */
  approximation?: string;
  /** false switches the row off (scenarios) */
  enabled?: boolean;
}

/** GB 50160-2008(2018) 表4.1.9 column a hazard's inventory falls under. */
export const SUBSTANCE_CATEGORIES = ['液化烃', '甲乙类可燃液体'] as const;
export type SubstanceCategory = (typeof SUBSTANCE_CATEGORIES)[number];

/** A proposed development, as the planner types it (ux.md "Siting in three steps", step 2). */
export interface Development {
  category: string;
  people?: number | null;
  dwellings?: number | null;
  /** building floor area, m² */
  floorAreaM2?: number | null;
  /** site area in hectares: computed from a drawn polygon, absent for a point */
  siteAreaHa?: number | null;
}

export interface SensitivityResult {
  level: SensitivityLevel;
  /** GB 36894-2018 class the level was mapped from */
  gb36894Class: string;
  /** readable steps, each naming its source */
  basis: string[];
  confidence: Confidence;
}

/** Cells of the decision matrix: level → zone → verdict. */
export type DecisionMatrix = Readonly<Record<SensitivityLevel, Readonly<Record<Zone, Verdict>>>>;

/** One change a scenario makes to the rule table or matrix, shown as 已调整规则. */
export interface AdjustedRule {
  ruleId: string;
  field: string;
  from: string;
  to: string;
  /** `hs-grade-1 内区 300 m → 500 m` */
  text: string;
}

/** Per-scenario changes to the rule table (rows by id), new rows, and matrix cells. */
export interface SitingScenario {
  name?: string;
  overrides?: RuleOverride[];
  addRules?: SitingRule[];
  matrix?: Partial<Record<SensitivityLevel, Partial<Record<Zone, Verdict>>>>;
}

export interface RuleOverride {
  ruleId: string;
  zones?: Partial<ZoneDistances>;
  fixed?: Exclude<Verdict, '不反对'> | null;
  enabled?: boolean;
  appliesTo?: string[];
  except?: string[];
  note?: string;
}
