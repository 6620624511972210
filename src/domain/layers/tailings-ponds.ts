import { z } from 'zod';
import type { TailingsPondProps } from '../feature-props';
import type { LayerDef, LedgerColumn, ParseResult } from '../layer-def';
import { COMMON_HEAD_OUTPUT, commonTailOutput, readCommon, withCommonColumns } from '../ledger/common-columns';
import { COMMON_PUBLIC_FIELDS, commonShape, internalBool, riskLevel, textOrNull } from '../ledger/props-schema';
import { RowReader } from '../ledger/row-reader';
import { RISK_LEVEL_ZH, tailingsRiskLevel } from '../risk-level-mapping';
import { classNameOf, TAILINGS_CLASSES, TAILINGS_SAFETY, tailingsClass } from '../tailings/tailings-class';
import { finishRow } from './finish-row';

export const TAILINGS_STATUSES = ['运行', '停用', '闭库', '销号', '无主'] as const;

const OWN_COLUMNS: LedgerColumn[] = [
  { key: 'volume10kM3', zh: '全库容(万m³)', required: true },
  { key: 'damHeightM', zh: '坝高(m)', required: true },
  { key: 'declaredClass', zh: '等别', required: false },
  { key: 'safety', zh: '安全度', required: true },
  { key: 'overhead', zh: '头顶库', required: true },
  { key: 'downstream', zh: '下游设施', required: false },
];

const ledgerColumns = withCommonColumns(OWN_COLUMNS);

function parseRow(raw: Record<string, string | undefined>): ParseResult<TailingsPondProps> {
  const r = new RowReader(raw, ledgerColumns);
  const common = readCommon(r, TAILINGS_STATUSES);
  const volume10kM3 = r.number('volume10kM3', { min: 0 });
  const damHeightM = r.number('damHeightM', { min: 0 });
  const declaredClass = r.oneOf('declaredClass', TAILINGS_CLASSES);
  const safety = r.oneOf('safety', TAILINGS_SAFETY);
  const overhead = r.yesNo('overhead');
  const downstream = r.text('downstream');
  return finishRow(
    r,
    common,
    [volume10kM3, damHeightM, safety, overhead],
    (volume10kM3, damHeightM, safety, overhead) => {
      const c = tailingsClass(volume10kM3, damHeightM);
      const cls = classNameOf(c.cls);
      const level = tailingsRiskLevel({ safety, overhead, cls: c.cls });
      const classMismatch = declaredClass !== null && declaredClass !== cls;
      const basis = [
        c.basis,
        `安全度 ${safety}`,
        `头顶库 ${overhead ? '是' : '否'} → ${RISK_LEVEL_ZH[level]}`,
        ...(classMismatch ? [`申报等别 ${declaredClass} 与计算结果 ${cls} 不符`] : []),
      ];
      return {
        volume10kM3,
        damHeightM,
        declaredClass,
        safety,
        overhead,
        downstream,
        class: cls,
        classMismatch,
        riskLevel: level,
        gradeBasis: basis.join('；'),
      };
    },
  );
}

const propsSchema: z.ZodType<TailingsPondProps> = z.object({
  ...commonShape(riskLevel(), true),
  volume10kM3: z.number(),
  damHeightM: z.number(),
  declaredClass: textOrNull(),
  safety: z.enum(TAILINGS_SAFETY),
  overhead: z.boolean(),
  downstream: textOrNull(),
  class: z.enum(TAILINGS_CLASSES),
  classMismatch: internalBool(),
});

export const tailingsPondsLayer: LayerDef<TailingsPondProps> = {
  id: 'tailings-ponds',
  zh: '尾矿库',
  en: 'Tailings ponds',
  geometry: 'Point',
  ledgerColumns,
  outputColumns: [
    ...COMMON_HEAD_OUTPUT,
    { key: 'volume10kM3', type: 'double', nullable: false },
    { key: 'damHeightM', type: 'double', nullable: false },
    { key: 'declaredClass', type: 'string', nullable: true },
    { key: 'safety', type: 'string', nullable: false },
    { key: 'overhead', type: 'bool', nullable: false },
    { key: 'downstream', type: 'string', nullable: true },
    { key: 'class', type: 'string', nullable: false },
    { key: 'classMismatch', type: 'bool', nullable: false },
    ...commonTailOutput(false),
  ],
  parseRow,
  // 下游设施 names what a dam failure would hit: internal only.
  publicFields: [
    ...COMMON_PUBLIC_FIELDS,
    'volume10kM3',
    'damHeightM',
    'declaredClass',
    'safety',
    'overhead',
    'class',
    'gradeBasis',
  ],
  propsSchema,
};
