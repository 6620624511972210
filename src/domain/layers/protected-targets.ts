import { z } from 'zod';
import type { ProtectedTargetProps } from '../feature-props';
import type { LayerDef, LedgerColumn, ParseResult } from '../layer-def';
import { COMMON_HEAD_OUTPUT, commonTailOutput, readCommon, withCommonColumns } from '../ledger/common-columns';
import { COMMON_PUBLIC_FIELDS, commonShape, intOrNull, noRiskLevel, text } from '../ledger/props-schema';
import { RowReader } from '../ledger/row-reader';
import { gb36894Class, PROTECTED_CATEGORY_NAMES, TARGET_CLASSES } from '../protected/gb36894-class';
import { finishRow } from './finish-row';

const OWN_COLUMNS: LedgerColumn[] = [
  { key: 'category', zh: '类别', required: true },
  { key: 'people', zh: '人数', required: true },
  { key: 'dwellings', zh: '户数', required: false },
];

const ledgerColumns = withCommonColumns(OWN_COLUMNS);

function parseRow(raw: Record<string, string | undefined>): ParseResult<ProtectedTargetProps> {
  const r = new RowReader(raw, ledgerColumns);
  const common = readCommon(r);
  // An unlisted category is rejected rather than guessed: a misspelt 学校 must not drop to 一般防护目标.
  const category = r.oneOf('category', PROTECTED_CATEGORY_NAMES);
  const people = r.number('people', { integer: true, min: 0 });
  const dwellings = r.number('dwellings', { integer: true, min: 0 });
  return finishRow(r, common, [category, people], (category, people) => {
    const c = gb36894Class(category, people, dwellings);
    if (!c) {
      r.issue('category', `类别无分级规则: "${category}"`);
      return null;
    }
    return { category, people, dwellings, targetClass: c.targetClass, riskLevel: null, gradeBasis: c.basis };
  });
}

const propsSchema: z.ZodType<ProtectedTargetProps> = z.object({
  ...commonShape(noRiskLevel(), true),
  category: text(),
  people: z.number().int(),
  dwellings: intOrNull(),
  targetClass: z.enum(TARGET_CLASSES),
});

export const protectedTargetsLayer: LayerDef<ProtectedTargetProps> = {
  id: 'protected-targets',
  zh: '防护目标',
  en: 'Protected targets',
  geometry: 'Point',
  ledgerColumns,
  outputColumns: [
    ...COMMON_HEAD_OUTPUT,
    { key: 'category', type: 'string', nullable: false },
    { key: 'people', type: 'int', nullable: false },
    { key: 'dwellings', type: 'int', nullable: true },
    { key: 'targetClass', type: 'string', nullable: false },
    ...commonTailOutput(true),
  ],
  parseRow,
  publicFields: [...COMMON_PUBLIC_FIELDS, 'category', 'people', 'dwellings', 'targetClass', 'gradeBasis'],
  propsSchema,
};
