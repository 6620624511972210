import { normalizeKey } from '../normalize-text';

/**
 * The closed loop of a hidden danger, in order: "隐患排查、登记、评估、报告、监控、治理、核销全过程记录及闭环管理"
 * (seed 000:L84). 核销 is the only closed stage.
 */
export const HIDDEN_DANGER_STAGES = ['排查', '登记', '评估', '报告', '监控', '治理', '核销'] as const;
export type HiddenDangerStage = (typeof HIDDEN_DANGER_STAGES)[number];
export const CLOSED_STAGE: HiddenDangerStage = '核销';

/** 重大 / 一般 (事故)隐患: the seeds speak of 重大事故隐患 (003:L157; 002:L31, L236) and of the others as 隐患. */
export const DANGER_LEVELS = ['重大', '一般'] as const;
export type DangerLevel = (typeof DANGER_LEVELS)[number];

/** 挂牌督办 levels: 政府分级挂牌督办 (004:L29), 市或县（区）挂牌督办 (002:L31), 省、市、县 systems (003:L131). */
export const SUPERVISION_LEVELS = ['省级', '市级', '县级'] as const;
export type SupervisionLevel = (typeof SUPERVISION_LEVELS)[number];

/** `重大事故隐患`, `重大隐患`, `重大` → 重大; null when the text names neither level. */
export function readDangerLevel(text: string): DangerLevel | null {
  const k = normalizeKey(text).replace(/(事故)?隐患$/, '');
  return DANGER_LEVELS.find((l) => l === k) ?? null;
}

/** `省` / `省级` / `省级挂牌督办`; `县（区）级` and `区级` are county level. Null when the text names no level. */
export function readSupervision(text: string): SupervisionLevel | null {
  const k = normalizeKey(text)
    .replace(/挂牌督办$/, '')
    .replace(/\(区\)/, '')
    .replace(/级$/, '');
  if (k === '省') return '省级';
  if (k === '市') return '市级';
  if (k === '县' || k === '区') return '县级';
  return null;
}

/** Whether a ledger 挂牌督办 cell means "not listed": empty, 否, 无. */
export const isNoSupervision = (text: string): boolean => ['否', '无', '未挂牌', '-'].includes(normalizeKey(text));
