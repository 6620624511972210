import type { z } from 'zod';
import type {
  BoundaryProps,
  ChemicalParkProps,
  FireStationProps,
  HazardSourceProps,
  HiddenDangerProps,
  ProtectedTargetProps,
  TailingsPondProps,
} from './feature-props';
import type { LayerId } from './layer-ids';

/** One FlatGeobuf column. */
export interface ColumnSpec {
  key: string;
  type: 'string' | 'int' | 'double' | 'bool';
  nullable: boolean;
}

/** One ledger column; the header may be written `zh`, `key` (case-insensitive) or `zh [key]`. */
export interface LedgerColumn {
  key: string;
  zh: string;
  required: boolean;
}

export interface RowIssue {
  /** canonical key */
  column: string;
  /** bilingual, names the value */
  reason: string;
}

export type ParseResult<P> = { ok: true; props: Omit<P, 'extra'> } | { ok: false; issues: RowIssue[] };

export interface ParseContext {
  /** area of the feature's geometry, km² (polygon layers) */
  geomAreaKm2?: number;
}

export interface LayerDef<P> {
  id: LayerId;
  zh: string;
  en: string;
  geometry: 'Point' | 'Polygon';
  /** excludes 经度/纬度/坐标系/几何, which the build handles */
  ledgerColumns: LedgerColumn[];
  /** FGB columns, fixed order, every key of P */
  outputColumns: ColumnSpec[];
  parseRow(raw: Record<string, string | undefined>, ctx: ParseContext): ParseResult<P>;
  /** whitelist for --public and the public build */
  publicFields: readonly string[];
  /** validates built features when the app reads them */
  propsSchema: z.ZodType<P>;
}

export interface PropsByLayer {
  'hazard-sources': HazardSourceProps;
  'tailings-ponds': TailingsPondProps;
  'chemical-parks': ChemicalParkProps;
  'fire-stations': FireStationProps;
  'protected-targets': ProtectedTargetProps;
  'hidden-dangers': HiddenDangerProps;
  boundaries: BoundaryProps;
}

export type PropsOf<K extends LayerId> = PropsByLayer[K];
