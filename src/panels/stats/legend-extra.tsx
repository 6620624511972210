import { countyIndexOf } from '../../analysis/stats/county-index';
import { useLayerFeatures } from '../../data/layer-store';
import { useLang, useT } from '../../i18n/use-t';
import './legend-extra.css';
import { STAGE_GLYPH } from '../../layers/hidden-dangers';
import { FACETS, LAYER_NAMES, OVERDUE } from '../../theme/theme';

/*
 * Legend rows of the layers this module added, in the legend's own markup: 隐患 by stage (the stage's character
 * in the circle, as on the map), size for 重大/一般, the red 逾期 ring, and the 行政区划 dashed line marked 示意
 * when the areas are approximate. Small SVG copies of src/layers/hidden-dangers.ts and boundaries.ts.
 */
const S = 22;

function DangerDot({ value, r = 8 }: { value: string; r?: number }) {
  const v = FACETS['hidden-dangers'].values.find((x) => x.value === value);
  return (
    <svg width={S} height={S} viewBox="0 0 22 22" aria-hidden="true">
      <circle cx="11" cy="11" r={r} fill={v?.fill} stroke={v?.stroke} strokeWidth={r > 7 ? 2 : 1} />
      <text x="11" y="14.5" textAnchor="middle" fontSize={r > 7 ? 10 : 8} fill={v?.text}>
        {STAGE_GLYPH[value]}
      </text>
    </svg>
  );
}

function OverdueRing() {
  return (
    <svg width={S} height={S} viewBox="0 0 22 22" aria-hidden="true">
      <circle cx="11" cy="11" r="9.5" fill="none" stroke={OVERDUE.ring} strokeWidth="2.5" />
      <circle cx="11" cy="11" r="5" fill="#A16207" />
    </svg>
  );
}

function AreaLine() {
  return (
    <svg width={S} height={S} viewBox="0 0 22 22" aria-hidden="true">
      <path d="M2 16 L9 5 L20 9" fill="none" stroke="#4B5563" strokeWidth="1.8" strokeDasharray="4 2" />
    </svg>
  );
}

export function LegendExtra() {
  const t = useT();
  const lang = useLang();
  const { features } = useLayerFeatures('boundaries');
  const approximate = countyIndexOf(features).areas.some((a) => a.approximate);
  return (
    <>
      <h3>{t('legend.dangers')}</h3>
      <ul className="legend-symbols legend-two-col">
        {FACETS['hidden-dangers'].values.map((v) => (
          <li key={v.value}>
            <DangerDot value={v.value} r={6.5} />
            <span>{v[lang]}</span>
          </li>
        ))}
      </ul>
      <ul className="legend-symbols">
        <li>
          <DangerDot value="治理" r={9} />
          <span>{t('legend.majorDanger')}</span>
        </li>
        <li>
          <OverdueRing />
          <span>{lang === 'zh' ? OVERDUE.zh : OVERDUE.en}</span>
        </li>
        <li>
          <AreaLine />
          <span>
            {LAYER_NAMES.boundaries[lang]}
            {approximate ? t('legend.approximate') : ''}
          </span>
        </li>
      </ul>
    </>
  );
}
