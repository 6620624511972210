import { z } from 'zod';
import { RISK_LEVELS } from '../layer-ids';

/*
 * Building blocks of the propsSchema of each layer. FlatGeobuf gives null for missing values, and the public build
 * leaves out every non-public column, so internal fields accept null/absent and read back as a neutral value
 * (null, '' , NaN, false) instead of failing the whole feature.
 */

export const text = () => z.string();
export const textOrNull = () =>
  z
    .string()
    .nullish()
    .transform((v) => v ?? null);
export const numberOrNull = () =>
  z
    .number()
    .nullish()
    .transform((v) => v ?? null);
export const intOrNull = () =>
  z
    .number()
    .int()
    .nullish()
    .transform((v) => v ?? null);

export const internalText = (fallback = '') => z.preprocess((v) => v ?? fallback, z.string());
export const internalNumber = () => z.preprocess((v) => v ?? Number.NaN, z.union([z.number(), z.nan()]));
export const internalBool = () => z.preprocess((v) => v ?? false, z.boolean());

export const riskLevel = () => z.enum(RISK_LEVELS);
export const noRiskLevel = () =>
  z
    .null()
    .optional()
    .transform(() => null);

/** Common fields; `rl` is the riskLevel schema of the layer. */
export function commonShape<R extends z.ZodType>(rl: R, gradeBasisPublic: boolean) {
  return {
    id: text(),
    name: text(),
    adcode: textOrNull(),
    status: textOrNull(),
    source: textOrNull(),
    updated: textOrNull(),
    contact: textOrNull(),
    phone: textOrNull(),
    riskLevel: rl,
    gradeBasis: gradeBasisPublic ? text() : internalText(),
    extra: internalText('{}'),
  };
}

/** Public fields shared by every layer (never contact, phone or extra). */
export const COMMON_PUBLIC_FIELDS = ['id', 'name', 'adcode', 'status', 'source', 'updated', 'riskLevel'] as const;
