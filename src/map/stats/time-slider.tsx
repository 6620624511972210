import './stats-overlay.css';
import { useEffect, useMemo, useState } from 'react';
import { monthSteps } from '../../analysis/stats/danger-timeline';
import { DENSE_SHARE } from '../../analysis/stats/hex-density';
import type { ClassRange } from '../../analysis/stats/rank-classes';
import { useLayerFeatures, useManifest } from '../../data/layer-store';
import { useLang, useT } from '../../i18n/use-t';
import { useStatsStore } from '../../state/stats-store';
import { OVERDUE, THEMATIC } from '../../theme/theme';

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

/** One month per step while playing: slow enough to read the date and the counts. */
const STEP_MS = 900;

/**
 * 动态风险图 overlay (bottom of the map): the thematic legend and a month-by-month slider over the hidden dangers'
 * dates, from the first 发现日期 to the data version. Moving it changes the as-of day of the hidden-danger layer,
 * the density map and the statistics. Risk sources carry no dates, so they stay as the ledgers describe them now:
 * the replay shows dangers being found, going overdue and being closed against that standing background.
 */
export function TimeSlider({ legend }: { legend: readonly ClassRange[] }) {
  const t = useT();
  const lang = useLang();
  const thematic = useStatsStore((s) => s.thematic);
  const asOf = useStatsStore((s) => s.asOf);
  const setAsOf = useStatsStore((s) => s.setAsOf);
  const playing = useStatsStore((s) => s.playing);
  const setPlaying = useStatsStore((s) => s.setPlaying);
  const population = useStatsStore((s) => s.population);
  const { manifest } = useManifest();
  const { features } = useLayerFeatures('hidden-dangers');
  const until = manifest?.dataVersion ?? null;
  // the notes and legend fold away when the map is short (drawer open): the slider row stays
  const [compact, setCompact] = useState(false);

  const steps = useMemo(() => {
    if (!until) return [];
    const dates: string[] = [];
    for (const f of features) {
      const p = f.properties ?? {};
      if (typeof p.openedDate === 'string') dates.push(p.openedDate);
    }
    return monthSteps(dates, until);
  }, [features, until]);

  const at =
    asOf === null
      ? steps.length - 1
      : Math.max(
          0,
          steps.findIndex((d) => d >= asOf),
        );

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const s = useStatsStore.getState();
      const i = s.asOf === null ? steps.length - 1 : steps.findIndex((d) => d >= (s.asOf as string));
      const next = i < 0 || i >= steps.length - 1 ? null : (steps[i + 1] ?? null);
      // at the last step (the data version) the replay ends and the map is back to "now"
      if (next === null || next === until) {
        s.setAsOf(null);
        s.setPlaying(false);
      } else s.setAsOf(next);
    }, STEP_MS);
    return () => clearInterval(timer);
  }, [playing, steps, until]);

  if (thematic === 'none' && asOf === null && !playing) return null;
  const date = steps[at] ?? until ?? '—';
  const play = () => {
    // starting at "now" replays from the first month
    if (asOf === null) setAsOf(steps[0] ?? null);
    setPlaying(true);
  };

  return (
    <section className="stats-overlay" aria-label={t('stats.overlay')} data-testid="stats-overlay">
      <div className="stats-overlay-head">
        <strong>{thematic === 'none' ? t('stats.replay') : t(`stats.thematic.${thematic}`)}</strong>
        <span className="note">{t('stats.illustrative')}</span>
        <button
          type="button"
          className="icon-button overlay-toggle"
          aria-expanded={!compact}
          onClick={() => setCompact(!compact)}
        >
          {compact ? t('stats.overlayMore') : t('stats.overlayLess')}
        </button>
      </div>
      {thematic !== 'none' && !compact && (
        <ul className="stats-legend" aria-label={t('stats.legend')}>
          {legend.map((r) => (
            <li key={r.cls}>
              <span
                className="legend-swatch"
                style={{ background: THEMATIC.classes[r.cls], borderColor: '#6B7280' }}
                aria-hidden="true"
              />
              {r.min === r.max ? fmt(r.min) : `${fmt(r.min)}–${fmt(r.max)}`}
            </li>
          ))}
          {thematic === 'hex' && population && (
            <li>
              <span className="legend-swatch dense" style={{ borderColor: THEMATIC.dense }} aria-hidden="true" />
              {t('stats.denseLegend', { pct: DENSE_SHARE * 100 })}
            </li>
          )}
        </ul>
      )}
      {thematic !== 'none' && !compact && (
        <p className="note">{t(thematic === 'hex' ? 'stats.hexLegendNote' : 'stats.choroplethLegendNote')}</p>
      )}
      <div className="time-row">
        {playing ? (
          <button type="button" data-testid="stats-pause" onClick={() => setPlaying(false)}>
            {t('stats.pause')}
          </button>
        ) : (
          <button type="button" data-testid="stats-play" onClick={play} disabled={steps.length < 2}>
            {t('stats.play')}
          </button>
        )}
        <input
          type="range"
          min={0}
          max={Math.max(0, steps.length - 1)}
          step={1}
          value={at}
          data-testid="stats-time"
          aria-label={t('stats.timeLabel')}
          aria-valuetext={date}
          onChange={(e) => {
            setPlaying(false);
            const d = steps[e.currentTarget.valueAsNumber];
            setAsOf(d === undefined || d === until ? null : d);
          }}
        />
        <output className="time-date" data-testid="stats-time-date">
          {date}
        </output>
        <button
          type="button"
          className="icon-button"
          disabled={asOf === null}
          onClick={() => {
            setPlaying(false);
            setAsOf(null);
          }}
        >
          {t('stats.asOfLatest')}
        </button>
      </div>
      <p className="note" hidden={compact}>
        {t('stats.replayNote')}{' '}
        <span style={{ color: OVERDUE.ring, fontWeight: 600 }}>{lang === 'zh' ? OVERDUE.zh : OVERDUE.en}</span>
      </p>
    </section>
  );
}
