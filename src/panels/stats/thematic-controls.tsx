import type { IndexBasis } from '../../analysis/stats/composite-index';
import { useT } from '../../i18n/use-t';
import { type Thematic, useStatsStore } from '../../state/stats-store';

const THEMATICS: readonly Thematic[] = ['none', 'choropleth', 'hex'];
/** Hexagon edges offered, km: a town (2), a township cluster (3), a county quarter (5). Project choice. */
export const HEX_SIZES = [2, 3, 5] as const;

/** 专题图: none, the composite index by county (choropleth), or the weighted density (hexagons) with its options. */
export function ThematicControls() {
  const t = useT();
  const thematic = useStatsStore((s) => s.thematic);
  const setThematic = useStatsStore((s) => s.setThematic);
  const basis = useStatsStore((s) => s.basis);
  const setBasis = useStatsStore((s) => s.setBasis);
  const hexKm = useStatsStore((s) => s.hexKm);
  const setHexKm = useStatsStore((s) => s.setHexKm);
  const population = useStatsStore((s) => s.population);
  const setPopulation = useStatsStore((s) => s.setPopulation);
  return (
    <fieldset className="thematic" data-testid="stats-thematic">
      <legend>{t('stats.thematic')}</legend>
      {THEMATICS.map((v) => (
        <label key={v} className="radio">
          <input
            type="radio"
            name="stats-thematic"
            value={v}
            checked={thematic === v}
            data-testid={`stats-thematic-${v}`}
            onChange={() => setThematic(v)}
          />{' '}
          {t(`stats.thematic.${v}`)}
        </label>
      ))}
      {thematic === 'choropleth' && (
        <label className="sub">
          {t('stats.basis')}{' '}
          <select value={basis} onChange={(e) => setBasis(e.currentTarget.value as IndexBasis)}>
            <option value="density">{t('stats.basis.density')}</option>
            <option value="total">{t('stats.basis.total')}</option>
          </select>
        </label>
      )}
      {thematic === 'hex' && (
        <>
          <label className="sub">
            {t('stats.hexSize')}{' '}
            <select value={hexKm} onChange={(e) => setHexKm(Number(e.currentTarget.value))}>
              {HEX_SIZES.map((km) => (
                <option key={km} value={km}>
                  {t('stats.hexKm', { n: km })}
                </option>
              ))}
            </select>
          </label>
          <label className="sub">
            <input type="checkbox" checked={population} onChange={(e) => setPopulation(e.currentTarget.checked)} />{' '}
            {t('stats.population')}
          </label>
        </>
      )}
    </fieldset>
  );
}
