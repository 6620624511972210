import type { ReactNode } from 'react';
import { RISK_LEVELS } from '../../domain/layer-ids';
import { FACETS } from '../../theme/theme';
import { usePublicT } from '../i18n/public-t';
import { PLACE_COLOUR } from '../map/public-layers';
import { SHELTER_GREEN } from '../map/shelter-icon';
import { PUBLIC_RISK_COLOURS } from '../theme/contrast';

const FIRE = FACETS['fire-stations'].values[0]?.fill ?? '#C62828';
const ORANGE = PUBLIC_RISK_COLOURS.orange;

/** Small SVG swatches drawn like the map symbols (decorative: each row says in words what it shows). */
const Swatch = ({ children }: { children: ReactNode }) => (
  <svg className="pa-swatch" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
    {children}
  </svg>
);

/** The map's symbols, each in words. The colours themselves are explained by the grade guide. */
export function MapLegend() {
  const { t } = usePublicT();
  return (
    <section className="pa-legend" aria-labelledby="pa-legend-h" data-testid="public-legend">
      <h3 id="pa-legend-h">{t('public.legend.heading')}</h3>
      <ul>
        <li>
          <Swatch>
            <rect
              x="3"
              y="4"
              width="18"
              height="16"
              fill={ORANGE.fill}
              fillOpacity="0.25"
              stroke={ORANGE.stroke}
              strokeWidth="2"
            />
            <text x="12" y="16.5" textAnchor="middle" fontSize="10" fill={ORANGE.stroke}>
              B
            </text>
          </Swatch>
          {t('public.legend.park')}
        </li>
        <li>
          <span className="pa-swatch-row" aria-hidden="true">
            {RISK_LEVELS.map((l) => (
              <svg
                key={l}
                className="pa-swatch pa-swatch-small"
                viewBox="0 0 16 16"
                width="16"
                height="16"
                aria-hidden="true"
                focusable="false"
              >
                <circle
                  cx="8"
                  cy="8"
                  r="6.5"
                  fill={PUBLIC_RISK_COLOURS[l].fill}
                  stroke={PUBLIC_RISK_COLOURS[l].stroke}
                />
              </svg>
            ))}
          </span>
          {t('public.legend.hazard')}
        </li>
        <li>
          <Swatch>
            <path d="M12 3 L22 20 L2 20 Z" fill={ORANGE.fill} stroke={ORANGE.stroke} strokeWidth="1.5" />
          </Swatch>
          {t('public.legend.tailings')}
        </li>
        <li>
          <Swatch>
            <path d="M12 2 L22 10 L19 10 L19 22 L5 22 L5 10 L2 10 Z" fill={FIRE} stroke="#4A0D0D" strokeWidth="1.2" />
            <rect x="9" y="14" width="6" height="8" fill="#FFFFFF" />
          </Swatch>
          {t('public.legend.fire')}
        </li>
        <li>
          <Swatch>
            <rect x="2" y="2" width="20" height="20" rx="3" fill={SHELTER_GREEN} />
            <path d="M5 11 L12 5 L19 11 M7 10 V19 H17 V10" fill="none" stroke="#FFFFFF" strokeWidth="1.6" />
          </Swatch>
          {t('public.legend.shelter')}
        </li>
        <li>
          <Swatch>
            <circle cx="12" cy="12" r="10" fill="none" stroke={PLACE_COLOUR} strokeWidth="1.5" strokeDasharray="3 2" />
            <circle cx="12" cy="12" r="4" fill="#FFFFFF" stroke={PLACE_COLOUR} strokeWidth="2.5" />
          </Swatch>
          {t('public.legend.place')}
        </li>
      </ul>
    </section>
  );
}
