import { LAYERS } from '../domain';
import type { LayerId, RiskLevel } from '../domain/layer-ids';
import { isMessageKey, type Translate, useLang, useT } from '../i18n/use-t';
import { formatNumber } from '../lib/format';
import type { Lang } from '../state/store';
import { RISK } from '../theme/theme';

// shown in their own sections of the card (header, 分级依据, 数据来源)
const SHOWN_ELSEWHERE = new Set(['name', 'gradeBasis', 'source', 'updated', 'extra']);

/** Display text for one property value: units live in the label, so values are bare numbers or words. */
export function formatValue(key: string, value: unknown, t: Translate, lang: Lang): string {
  if (value === null || value === undefined || value === '') return t('value.empty');
  if (typeof value === 'boolean') return value ? t('value.yes') : t('value.no');
  if (typeof value === 'number') return Number.isNaN(value) ? t('value.empty') : formatNumber(value);
  const s = String(value);
  if (key === 'riskLevel' && s in RISK) return RISK[s as RiskLevel][lang];
  if (key === 'chemicals') return formatInventory(s, t);
  return s;
}

// `氯:12;液氨:30` → `氯 12 吨；液氨 30 吨`
function formatInventory(s: string, t: Translate): string {
  return s
    .split(';')
    .filter((e) => e.trim() !== '')
    .map((entry) => {
      const i = entry.lastIndexOf(':');
      if (i < 0) return entry;
      return `${entry.slice(0, i)} ${t('unit.tonne', { n: entry.slice(i + 1) })}`;
    })
    .join('；');
}

function parseExtra(raw: unknown): [string, string][] {
  if (typeof raw !== 'string' || raw === '' || raw === '{}') return [];
  try {
    const obj = JSON.parse(raw) as unknown;
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return [];
    return Object.entries(obj as Record<string, unknown>).map(([k, v]) => [k, v == null ? '' : String(v)]);
  } catch {
    return [];
  }
}

/** 基本信息: every output column of the layer (LAYERS[layer].outputColumns order) with its Chinese label and unit. */
export function DetailFields({ layer, props }: { layer: LayerId; props: Record<string, unknown> }) {
  const t = useT();
  const lang = useLang();
  const keys = LAYERS[layer].outputColumns.map((c) => c.key).filter((k) => !SHOWN_ELSEWHERE.has(k));
  const extra = parseExtra(props.extra);
  return (
    <dl className="detail-fields">
      {keys.map((key) => {
        const label = `field.${key}`;
        return (
          <div key={key} className="detail-field" data-field={key}>
            <dt>{isMessageKey(label) ? t(label) : key}</dt>
            <dd>{formatValue(key, props[key], t, lang)}</dd>
          </div>
        );
      })}
      {extra.map(([k, v]) => (
        <div key={`extra-${k}`} className="detail-field extra" data-field={`extra.${k}`}>
          <dt>{k}</dt>
          <dd>{v === '' ? t('value.empty') : v}</dd>
        </div>
      ))}
    </dl>
  );
}
