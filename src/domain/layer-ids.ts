/** The layers of the data contract (../shared/data-contract.md), in draw order from bottom to top. */
export const LAYER_IDS = [
  'boundaries',
  'chemical-parks',
  'tailings-ponds',
  'hazard-sources',
  'hidden-dangers',
  'protected-targets',
  'fire-stations',
] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** Risk layers carry a four-colour level; fire stations and protected targets are styled by type/class. */
export const RISK_LAYER_IDS = [
  'hazard-sources',
  'tailings-ponds',
  'chemical-parks',
] as const satisfies readonly LayerId[];
export type RiskLayerId = (typeof RISK_LAYER_IDS)[number];

export const RISK_LEVELS = ['red', 'orange', 'yellow', 'blue'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const isLayerId = (s: string): s is LayerId => (LAYER_IDS as readonly string[]).includes(s);
