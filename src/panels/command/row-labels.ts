import type { MessageKey, Translate } from '../../i18n/use-t';
import type { Lang } from '../../state/store';
import { FACETS, RISK } from '../../theme/theme';
import type { CsvLabels } from './affected-csv';
import type { AffectedRow, ZoneInfo } from './analyse-incident';
import { zoneTitle } from './format';

const TARGET_CLASSES = FACETS['protected-targets'].values;

/** GB 36894 class name in the reader's language (高敏感防护目标 / Highly sensitive). */
export const targetClassName = (cls: string, lang: Lang): string =>
  TARGET_CLASSES.find((v) => v.value === cls)?.[lang] ?? cls;

/** Short class name for table headers: the GB 36894 class itself in Chinese (高敏感, 一般一类 …). */
export const shortClassName = (cls: string, lang: Lang): string =>
  lang === 'zh' ? cls : (TARGET_CLASSES.find((v) => v.value === cls)?.en ?? cls);

const GRADE_EN: Record<string, string> = { 一级: 'Grade I', 二级: 'Grade II', 三级: 'Grade III', 四级: 'Grade IV' };

/** What a row is graded as: class for targets, grade · level for risk objects, `A类` for parks. */
export function rowClass(row: AffectedRow, lang: Lang, t: Translate): string {
  if (row.kind === 'target') return targetClassName(row.cls, lang);
  const level = row.riskLevel ? RISK[row.riskLevel as keyof typeof RISK]?.[lang] : undefined;
  const grade =
    row.kind === 'park'
      ? t('command.parkClass', { c: row.cls })
      : lang === 'en'
        ? (GRADE_EN[row.cls] ?? row.cls)
        : row.cls;
  return level ? `${grade} · ${level}` : grade;
}

export const kindName = (k: AffectedRow['kind'], t: Translate): string => t(`command.kind.${k}` as MessageKey);

/** Labels of the affected CSV in the reader's language. */
export function csvLabels(zones: readonly ZoneInfo[], lang: Lang, t: Translate): CsvLabels {
  const byKey = new Map(zones.map((z) => [z.key, zoneTitle(z.feature.properties, t)]));
  return {
    header: [
      t('command.csv.kind'),
      t('command.csv.id'),
      t('command.csv.name'),
      t('command.csv.class'),
      t('command.csv.people'),
      t('command.csv.distance'),
      t('command.csv.zones'),
    ],
    kind: (k) => kindName(k, t),
    zone: (key) => byKey.get(key) ?? key,
    cls: (row) => rowClass(row, lang, t),
  };
}

/** Dictionary key of a speciality choice (auto / none / 危化 / 矿山 / 水上). */
export const specialityKey = (s: string): MessageKey =>
  (
    ({
      auto: 'command.resp.auto',
      none: 'command.resp.none',
      危化: 'command.spec.hazmat',
      矿山: 'command.spec.mining',
      水上: 'command.spec.water',
    }) as Record<string, MessageKey>
  )[s] ?? 'command.resp.none';
