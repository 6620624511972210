import type { AdjustedRule, Confidence, SensitivityLevel, SitingRule, Verdict, Zone } from '../../domain/siting';

/** One rule's say about one hazard–development pair. */
export interface RuleContribution {
  ruleId: string;
  zone: Zone;
  verdict: Verdict;
  requiredM: number;
  source: string;
  confidence: Confidence;
}

/** One hazard in a siting report (or one hazard–target pair in the census / inverse check). */
export interface HazardRow {
  id: string;
  name: string;
  layer: string;
  grade: string | null;
  /** zone of the governing rule */
  zone: Zone;
  verdict: Verdict;
  /** distance to keep from this hazard for 不反对, over all its rules that reach the site, m */
  requiredM: number;
  /** minimum ellipsoidal distance site ↔ hazard, m (0.01 m rounding) */
  actualM: number;
  ruleId: string;
  /** the governing rule gives a fixed answer inside its distance (code minimum), not the decision matrix */
  fixed: boolean;
  source: string;
  confidence: Confidence;
  approximation?: string;
  /** every rule that covers this pair, most restrictive first */
  contributions: RuleContribution[];
}

/** Rule rows a report relied on, as shown under 规则依据. */
export interface RuleUsed {
  id: string;
  layer: string;
  zones: SitingRule['zones'];
  fixed: string | null;
  source: string;
  confidence: Confidence;
  note: string;
  measureFrom: string;
  approximation?: string;
  adjusted: boolean;
}

export interface DevelopmentSummary {
  category: string;
  people: number | null;
  dwellings: number | null;
  floorAreaM2: number | null;
  siteAreaHa: number | null;
  level: SensitivityLevel;
  gb36894Class: string;
  basis: string[];
}

export interface SitingReport {
  verdict: Verdict;
  verdictEn: string;
  /** true when a scenario changed rules: show 已调整规则 */
  adjusted: boolean;
  adjustedLabel: '已调整规则' | null;
  scenario: string | null;
  development: DevelopmentSummary;
  reasons: string[];
  hazards: HazardRow[];
  rulesUsed: RuleUsed[];
  adjustedRules: AdjustedRule[];
  /** notes on [U] defaults and geometric approximations behind the verdict */
  caveats: string[];
  method: {
    distance: string;
    candidates: number;
    inactiveSkipped: number;
  };
}

/** One protected target inside a hazard's zones (inverse check, census). */
export interface TargetPair {
  hazardId: string;
  hazardName: string;
  layer: string;
  grade: string | null;
  targetId: string;
  targetName: string;
  category: string;
  level: SensitivityLevel;
  gb36894Class: string;
  people: number;
  zone: Zone;
  verdict: Verdict;
  requiredM: number;
  actualM: number;
  ruleId: string;
  source: string;
  confidence: Confidence;
  approximation?: string;
}
