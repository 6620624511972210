import { z } from 'zod';
import type { HazardSourceProps } from '../feature-props';
import { HAZARD_GRADES } from '../gb18218/alpha-grade';
import { assessHazardSource } from '../gb18218/assess-hazard';
import { formatInventory, parseInventory } from '../gb18218/parse-inventory';
import type { LayerDef, LedgerColumn, ParseResult } from '../layer-def';
import { COMMON_HEAD_OUTPUT, commonTailOutput, readCommon, withCommonColumns } from '../ledger/common-columns';
import {
  COMMON_PUBLIC_FIELDS,
  commonShape,
  internalBool,
  internalNumber,
  internalText,
  riskLevel,
  textOrNull,
} from '../ledger/props-schema';
import { RowReader } from '../ledger/row-reader';
import { hazardRiskLevel } from '../risk-level-mapping';
import { finishRow } from './finish-row';

export const HAZARD_SOURCE_STATUSES = ['在役', '停产', '搬迁中', '已关闭'] as const;

const OWN_COLUMNS: LedgerColumn[] = [
  { key: 'enterprise', zh: '企业名称', required: false },
  { key: 'chemicals', zh: '危险化学品', required: true },
  { key: 'people500m', zh: '500米内人数', required: true },
  { key: 'declaredGrade', zh: '申报等级', required: false },
  { key: 'parkId', zh: '所在园区', required: false },
];

const ledgerColumns = withCommonColumns(OWN_COLUMNS);

function parseRow(raw: Record<string, string | undefined>): ParseResult<HazardSourceProps> {
  const r = new RowReader(raw, ledgerColumns);
  const common = readCommon(r, HAZARD_SOURCE_STATUSES);
  const enterprise = r.text('enterprise');
  const chemicalsText = r.text('chemicals');
  // GB 18218-2018 表5: α counts people, so a whole non-negative number
  const people500m = r.number('people500m', { integer: true, min: 0 });
  const declaredGrade = r.oneOf('declaredGrade', HAZARD_GRADES);
  const parkId = r.text('parkId');

  const inventory = chemicalsText === null ? null : parseInventory(chemicalsText);
  for (const reason of inventory?.issues ?? []) r.issue('chemicals', reason);
  if (inventory && inventory.issues.length === 0 && inventory.entries.length === 0) {
    r.issue('chemicals', `危险化学品没有有效条目: "${chemicalsText}" (chemicals lists no substance)`);
  }
  // With an unreadable entry S would be understated, so S is only judged on a clean inventory.
  if (!inventory || inventory.entries.length === 0 || inventory.issues.length > 0) {
    return { ok: false, issues: r.issues };
  }

  // S does not depend on α, so it is checked even when 500米内人数 is bad (all issues of a row at once).
  const a = assessHazardSource(inventory.entries, people500m ?? 0);
  // GB 18218-2018 4.2: S < 1 → not a 重大危险源, so the row does not belong in this layer
  if (!a.isMajorHazard) {
    r.issue(
      'chemicals',
      `${a.sExpression} < 1，不构成重大危险源（GB 18218-2018 4.2）(S < 1: not a major hazard source under GB 18218-2018 4.2)`,
    );
  }
  return finishRow(r, common, [people500m], (people500m) => {
    const gradeMismatch = declaredGrade !== null && declaredGrade !== a.grade;
    const mismatchNote = gradeMismatch ? `；申报等级 ${declaredGrade} 与计算结果 ${a.grade} 不符` : '';
    return {
      enterprise,
      chemicals: formatInventory(inventory.entries),
      people500m,
      declaredGrade,
      parkId,
      S: a.S,
      alpha: a.alpha,
      R: a.R,
      grade: a.grade,
      gradeMismatch,
      riskLevel: hazardRiskLevel(a.grade),
      gradeBasis: a.gradeBasis + mismatchNote,
    };
  });
}

const propsSchema: z.ZodType<HazardSourceProps> = z.object({
  ...commonShape(riskLevel(), false),
  enterprise: textOrNull(),
  chemicals: internalText(),
  people500m: internalNumber(),
  declaredGrade: textOrNull(),
  parkId: textOrNull(),
  S: internalNumber(),
  alpha: internalNumber(),
  R: internalNumber(),
  grade: z.enum(HAZARD_GRADES),
  gradeMismatch: internalBool(),
});

export const hazardSourcesLayer: LayerDef<HazardSourceProps> = {
  id: 'hazard-sources',
  zh: '重大危险源',
  en: 'Major hazard sources',
  geometry: 'Point',
  ledgerColumns,
  outputColumns: [
    ...COMMON_HEAD_OUTPUT,
    { key: 'enterprise', type: 'string', nullable: true },
    { key: 'chemicals', type: 'string', nullable: false },
    { key: 'people500m', type: 'int', nullable: false },
    { key: 'declaredGrade', type: 'string', nullable: true },
    { key: 'parkId', type: 'string', nullable: true },
    { key: 'S', type: 'double', nullable: false },
    { key: 'alpha', type: 'double', nullable: false },
    { key: 'R', type: 'double', nullable: false },
    { key: 'grade', type: 'string', nullable: false },
    { key: 'gradeMismatch', type: 'bool', nullable: false },
    ...commonTailOutput(false),
  ],
  parseRow,
  // Inventory, α inputs, S/α/R and the grade basis (which spells out the inventory) stay internal.
  publicFields: [...COMMON_PUBLIC_FIELDS, 'enterprise', 'parkId', 'grade'],
  propsSchema,
};
