import { z } from 'zod';
import type { HiddenDangerProps } from '../feature-props';
import {
  CLOSED_STAGE,
  DANGER_LEVELS,
  HIDDEN_DANGER_STAGES,
  isNoSupervision,
  readDangerLevel,
  readSupervision,
  SUPERVISION_LEVELS,
} from '../hidden-dangers/vocabulary';
import type { LayerDef, LedgerColumn, ParseResult } from '../layer-def';
import { COMMON_HEAD_OUTPUT, commonTailOutput, readCommon, withCommonColumns } from '../ledger/common-columns';
import { COMMON_PUBLIC_FIELDS, commonShape, noRiskLevel, textOrNull } from '../ledger/props-schema';
import { RowReader } from '../ledger/row-reader';
import { finishRow } from './finish-row';

const OWN_COLUMNS: LedgerColumn[] = [
  { key: 'enterprise', zh: '企业名称', required: false },
  { key: 'category', zh: '隐患类别', required: false },
  { key: 'dangerLevel', zh: '隐患等级', required: true },
  { key: 'supervision', zh: '挂牌督办', required: false },
  { key: 'stage', zh: '治理阶段', required: true },
  { key: 'openedDate', zh: '发现日期', required: true },
  { key: 'dueDate', zh: '整改期限', required: false },
  { key: 'closedDate', zh: '核销日期', required: false },
  { key: 'relatedId', zh: '关联对象', required: false },
  { key: 'description', zh: '隐患描述', required: false },
];

const ledgerColumns = withCommonColumns(OWN_COLUMNS);

function parseRow(raw: Record<string, string | undefined>): ParseResult<HiddenDangerProps> {
  const r = new RowReader(raw, ledgerColumns);
  const common = readCommon(r);
  const enterprise = r.text('enterprise');
  const category = r.text('category');
  const levelText = r.text('dangerLevel');
  const dangerLevel = levelText === null ? null : readDangerLevel(levelText);
  if (levelText !== null && dangerLevel === null) {
    r.issue('dangerLevel', `隐患等级取值无效: "${levelText}"，应为 重大/一般 (dangerLevel must be 重大 or 一般)`);
  }
  const supervisionText = r.text('supervision');
  const supervision =
    supervisionText === null || isNoSupervision(supervisionText) ? null : readSupervision(supervisionText);
  if (supervisionText !== null && !isNoSupervision(supervisionText) && supervision === null) {
    r.issue(
      'supervision',
      `挂牌督办取值无效: "${supervisionText}"，应为 省级/市级/县级 或留空 (supervision must be 省级, 市级, 县级 or empty)`,
    );
  }
  const stage = r.oneOf('stage', HIDDEN_DANGER_STAGES);
  const openedDate = r.date('openedDate');
  const dueDate = r.date('dueDate');
  const closedDate = r.date('closedDate');
  const relatedId = r.text('relatedId');
  const description = r.text('description');

  // The loop is closed by 核销 and only by it: a 核销 without its date, or a date on an open danger, is a ledger error.
  if (stage === CLOSED_STAGE && closedDate === null && !raw.closedDate?.trim()) {
    r.issue('closedDate', '治理阶段为“核销”时核销日期不能为空: "" (closedDate is required when stage is 核销)');
  }
  if (stage !== null && stage !== CLOSED_STAGE && closedDate !== null) {
    r.issue(
      'closedDate',
      `未核销的隐患不应有核销日期: "${closedDate}"（阶段 ${stage}） (closedDate given but stage is ${stage})`,
    );
  }
  if (openedDate !== null && dueDate !== null && dueDate < openedDate) {
    r.issue('dueDate', `整改期限早于发现日期: "${dueDate}" < ${openedDate} (dueDate is before openedDate)`);
  }
  if (openedDate !== null && closedDate !== null && closedDate < openedDate) {
    r.issue('closedDate', `核销日期早于发现日期: "${closedDate}" < ${openedDate} (closedDate is before openedDate)`);
  }
  return finishRow(r, common, [dangerLevel, stage, openedDate], (dangerLevel, stage, openedDate) => {
    const step = HIDDEN_DANGER_STAGES.indexOf(stage) + 1;
    const basis = [
      `台账登记：${dangerLevel}隐患`,
      supervision ? `${supervision}挂牌督办` : '未挂牌督办',
      `治理阶段 ${stage}（第 ${step}/${HIDDEN_DANGER_STAGES.length} 步：${HIDDEN_DANGER_STAGES.join('→')}）`,
      `发现 ${openedDate}`,
    ];
    if (dueDate) basis.push(`整改期限 ${dueDate}`);
    if (closedDate) basis.push(`核销 ${closedDate}`);
    return {
      enterprise,
      category,
      dangerLevel,
      supervision,
      stage,
      openedDate,
      dueDate,
      closedDate,
      relatedId,
      description,
      riskLevel: null,
      gradeBasis: basis.join('；'),
    };
  });
}

const isoDate = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const propsSchema: z.ZodType<HiddenDangerProps> = z.object({
  ...commonShape(noRiskLevel(), true),
  enterprise: textOrNull(),
  category: textOrNull(),
  dangerLevel: z.enum(DANGER_LEVELS),
  supervision: z
    .enum(SUPERVISION_LEVELS)
    .nullish()
    .transform((v) => v ?? null),
  stage: z.enum(HIDDEN_DANGER_STAGES),
  openedDate: isoDate(),
  dueDate: isoDate()
    .nullish()
    .transform((v) => v ?? null),
  closedDate: isoDate()
    .nullish()
    .transform((v) => v ?? null),
  relatedId: textOrNull(),
  description: textOrNull(),
});

export const hiddenDangersLayer: LayerDef<HiddenDangerProps> = {
  id: 'hidden-dangers',
  zh: '隐患',
  en: 'Hidden dangers',
  geometry: 'Point',
  ledgerColumns,
  outputColumns: [
    ...COMMON_HEAD_OUTPUT,
    { key: 'enterprise', type: 'string', nullable: true },
    { key: 'category', type: 'string', nullable: true },
    { key: 'dangerLevel', type: 'string', nullable: false },
    { key: 'supervision', type: 'string', nullable: true },
    { key: 'stage', type: 'string', nullable: false },
    { key: 'openedDate', type: 'string', nullable: false },
    { key: 'dueDate', type: 'string', nullable: true },
    { key: 'closedDate', type: 'string', nullable: true },
    { key: 'relatedId', type: 'string', nullable: true },
    { key: 'description', type: 'string', nullable: true },
    ...commonTailOutput(true),
  ],
  parseRow,
  // The free-text description and the enterprise stay internal (data-contract.md: no free-text notes in public).
  publicFields: [
    ...COMMON_PUBLIC_FIELDS,
    'category',
    'dangerLevel',
    'supervision',
    'stage',
    'openedDate',
    'dueDate',
    'closedDate',
    'gradeBasis',
  ],
  propsSchema,
};
