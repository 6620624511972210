import { type ReactNode, useState } from 'react';
import { RISK_LEVELS } from '../domain/layer-ids';
import { useLang, useT } from '../i18n/use-t';
import { FACETS, LAYER_NAMES, RISK } from '../theme/theme';
import { FireStationSymbol, HazardSymbol, ParkSymbol, TailingsSymbol, TargetSymbol } from './legend-symbols';
import { LegendExtra } from './stats/legend-extra';

/** Below this window height the symbol rows start folded: the whole legend would cover most of the map. */
export const FULL_LEGEND_MIN_HEIGHT = 1000;

/**
 * Map legend overlay. Reads the same theme as the map layers (src/layers), so the two cannot drift apart. The four
 * risk levels are always listed; the symbol rows fold away on short screens (a toggle brings them back).
 */
export function Legend() {
  const t = useT();
  const lang = useLang();
  const [open, setOpen] = useState(true);
  const [full, setFull] = useState(() => typeof window === 'undefined' || window.innerHeight >= FULL_LEGEND_MIN_HEIGHT);
  const row = (symbol: ReactNode, text: string, key: string) => (
    <li key={key}>
      {symbol}
      <span>{text}</span>
    </li>
  );
  return (
    <aside className="legend" aria-labelledby="legend-title">
      <div className="legend-head">
        <h2 id="legend-title">{t('legend.title')}</h2>
        <button type="button" className="icon-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('legend.hide') : t('legend.show')}
        </button>
      </div>
      {open && (
        <div className="legend-body">
          <h3>{t('legend.levels')}</h3>
          <ul className="legend-levels">
            {RISK_LEVELS.map((level) => (
              <li key={level}>
                <span
                  className="legend-swatch"
                  style={{ background: RISK[level].fill, borderColor: RISK[level].stroke, color: RISK[level].text }}
                  aria-hidden="true"
                />
                <span>{RISK[level][lang]}</span>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="legend-more"
            data-testid="legend-more"
            aria-expanded={full}
            onClick={() => setFull(!full)}
          >
            {full ? t('legend.less') : t('legend.more')}
          </button>
        </div>
      )}
      {open && full && (
        <div className="legend-body">
          <h3>{t('legend.symbols')}</h3>
          <ul className="legend-symbols">
            {row(<HazardSymbol />, LAYER_NAMES['hazard-sources'][lang], 'hazard')}
            {row(<TailingsSymbol />, LAYER_NAMES['tailings-ponds'][lang], 'tailings')}
            {row(<ParkSymbol />, LAYER_NAMES['chemical-parks'][lang], 'parks')}
            {row(<FireStationSymbol planned={false} />, t('legend.existing'), 'fire-existing')}
            {row(<FireStationSymbol planned />, t('legend.planned'), 'fire-planned')}
            {row(<TargetSymbol />, LAYER_NAMES['protected-targets'][lang], 'targets')}
          </ul>
          <ul className="legend-classes">
            {FACETS['protected-targets'].values.map((v) => (
              <li key={v.value}>
                <span
                  className="legend-swatch small"
                  style={{ background: v.fill, borderColor: v.stroke }}
                  aria-hidden="true"
                />
                <span>{v[lang]}</span>
              </li>
            ))}
          </ul>
          <LegendExtra />
          <p className="legend-note">{t('legend.gradeText')}</p>
        </div>
      )}
    </aside>
  );
}
