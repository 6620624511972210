import { type CSSProperties, type KeyboardEvent, useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useManifest } from '../../data/layer-store';
import { useLang, useT } from '../../i18n/use-t';
import { formatLonLat } from '../../lib/format';
import { useCommandStore } from '../../state/command-store';
import { CHROME } from '../../theme/theme';
import { AffectedHead } from './affected-list';
import type { IncidentAnalysis } from './analyse-incident';
import { nearest16, norm360 } from './compass';
import { formatCount, formatDistance, zoneTitle } from './format';
import { ResponderRows } from './responders-list';
import { kindName, rowClass } from './row-labels';
import { ZoneCountsTable } from './zone-counts-table';

// The report lists the nearest targets; the full list is the CSV export.
const REPORT_ROWS = 40;

// Paper is light whatever the workspace: the report sits outside .app, so it sets the light chrome itself.
const LIGHT_VARS = Object.fromEntries(
  Object.entries(CHROME.light).map(([k, v]) => [`--chrome-${k}`, v]),
) as CSSProperties;

export interface ReportViewProps {
  analysis: IncidentAnalysis;
  /** map image (data URL); null = not available; undefined = still being made */
  image: string | null | undefined;
  generatedAt: Date;
  sourceName: string | null;
  onClose: () => void;
}

const stamp = (d: Date) => {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
};

/**
 * 简报: a printable A4 account of the incident — where, what, zones with their ERG basis, affected targets and
 * people, responders with ETAs, the map, the time it was made and the data version. Rendered into <body> (a portal)
 * so the print stylesheet can hide the app and print only this. A modal dialog: focus moves in, Esc closes.
 */
export function ReportView({ analysis, image, generatedAt, sourceName, onClose }: ReportViewProps) {
  const t = useT();
  const lang = useLang();
  const { manifest } = useManifest();
  const s = useCommandStore();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    heading.current?.focus();
    return () => before?.focus?.();
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  };
  const sub = analysis.substance;
  const dir = (d: number) => t(`command.dir.${nearest16(d)}` as Parameters<typeof t>[0]);
  const targets = analysis.rows.filter((r) => r.kind === 'target');
  const others = analysis.rows.filter((r) => r.kind !== 'target');
  const zoneName = new Map(analysis.zones.map((z) => [z.key, zoneTitle(z.feature.properties, t)]));

  return createPortal(
    <div
      className="report-root"
      role="dialog"
      aria-modal="true"
      aria-labelledby="report-title"
      style={LIGHT_VARS}
      onKeyDown={onKeyDown}
    >
      <div className="report-toolbar">
        <button type="button" className="primary" data-testid="report-print" onClick={() => window.print()}>
          {t('command.report.print')}
        </button>
        <button type="button" data-testid="report-close" onClick={onClose}>
          {t('command.report.close')}
        </button>
      </div>
      <article className="report-page" data-testid="report">
        <header className="report-head">
          <h1 id="report-title" ref={heading} tabIndex={-1}>
            {t('command.report.title')}
          </h1>
          <dl className="report-meta">
            <dt>{t('command.report.time')}</dt>
            <dd data-testid="report-time">{stamp(generatedAt)}</dd>
            <dt>{t('command.report.dataVersion')}</dt>
            <dd data-testid="report-data-version">{manifest?.dataVersion ?? '—'}</dd>
          </dl>
          {manifest?.synthetic && <p className="report-synthetic">{t('command.report.synthetic')}</p>}
        </header>

        <section>
          <h2>{t('command.report.incident')}</h2>
          <dl className="report-facts">
            <dt>{t('command.report.location')}</dt>
            <dd>
              {s.point ? formatLonLat(s.point[0], s.point[1], 5) : '—'}
              {sourceName && ` · ${sourceName}`}
            </dd>
            <dt>{t('command.report.substance')}</dt>
            <dd data-testid="report-substance">
              {sub
                ? `${sub.nameZh}${sub.un !== null ? ` · UN${sub.un}` : ''} · ${t('command.substance.guide', { guide: sub.guide })}`
                : t('command.kpi.noSubstance')}
            </dd>
            <dt>{t('command.report.scenario')}</dt>
            <dd>
              {t(s.spill === 'small' ? 'command.spill.small' : 'command.spill.large')} ·{' '}
              {t(s.time === 'day' ? 'command.time.day' : 'command.time.night')}
            </dd>
            <dt>{t('command.report.wind')}</dt>
            <dd>
              {t('command.wind.valueText', {
                name: dir(s.windFromDeg),
                deg: Math.round(norm360(s.windFromDeg) * 10) / 10,
                to: Math.round(norm360(s.windFromDeg + 180) * 10) / 10,
                toName: dir(s.windFromDeg + 180),
              })}
              {s.windSpeedMs !== null && ` · ${s.windSpeedMs} m/s`}
            </dd>
          </dl>
        </section>

        <section>
          <h2>{t('command.report.zones')}</h2>
          <ul className="report-zones">
            {analysis.zones.map((z) => (
              <li key={z.key} data-testid="report-zone-item" data-zone={z.key}>
                <strong>{zoneTitle(z.feature.properties, t)}</strong>
                {z.unverified && <span className="badge-unverified">{t('command.zones.unverified')}</span>}
                {z.feature.properties.edition && (
                  <span className="note">
                    {' '}
                    —{' '}
                    {t('command.zones.basis', {
                      edition: z.feature.properties.edition,
                      page: z.feature.properties.page,
                    })}
                    ; {z.feature.properties.source}
                  </span>
                )}
              </li>
            ))}
          </ul>
          {analysis.notes.length > 0 && (
            <ul className="report-notes">
              {analysis.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
        </section>

        <section>
          <h2>{t('command.report.affected')}</h2>
          <ZoneCountsTable analysis={analysis} testId="report-zone" />
          {targets.length > 0 && (
            <table className="rows-table report-rows">
              <caption>
                {t('command.report.nearestTargets', {
                  n: Math.min(REPORT_ROWS, targets.length),
                  total: targets.length,
                })}
              </caption>
              <AffectedHead />
              <tbody>
                {targets.slice(0, REPORT_ROWS).map((r) => (
                  <tr key={r.id}>
                    <td>{r.name}</td>
                    <td>{rowClass(r, lang, t)}</td>
                    <td className="num">{formatCount(r.people, lang)}</td>
                    <td className="num">{formatDistance(r.distanceM, t)}</td>
                    <td>{zoneName.get(r.zones[0] ?? '') ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {others.length > 0 && (
            <p>
              {t('command.report.others')}{' '}
              {others.map((r) => `${r.name}（${kindName(r.kind, t)}，${rowClass(r, lang, t)}）`).join('；')}
            </p>
          )}
        </section>

        <section>
          <h2>{t('command.report.responders')}</h2>
          {analysis.responders.length > 0 ? <ResponderRows analysis={analysis} testId="report-responder" /> : <p>—</p>}
          <p className="note">{t('command.resp.etaBasis', { lambda: s.roadFactor, speed: s.speedKmh })}</p>
        </section>

        <section className="report-map-section">
          <h2>{t('command.report.map')}</h2>
          {image === undefined ? (
            <p role="status">{t('command.report.preparing')}</p>
          ) : image === null ? (
            <p>{t('command.report.mapUnavailable')}</p>
          ) : (
            <img className="report-map" data-testid="report-map" src={image} alt={t('command.report.mapAlt')} />
          )}
        </section>
        <footer className="report-foot">{t('command.report.disclaimer')}</footer>
      </article>
    </div>,
    document.body,
  );
}
