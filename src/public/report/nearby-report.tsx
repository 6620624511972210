import { useEffect, useRef } from 'react';
import { formatLonLat } from '../../lib/format';
import type { PublicManifest } from '../contract';
import { type PublicT, usePublicT } from '../i18n/public-t';
import { formatDistance, formatKm, nearbyHeadline, ringLine } from '../near-me/describe-nearby';
import type { NearestFacility } from '../near-me/nearest-facility';
import type { NearbySummary } from '../near-me/summarise-nearby';
import { inDataRegion, type Place } from '../place';
import { LevelBadge } from './level-badge';

/** Sites listed by name; the rest are counted (the map shows them all). Keeps the printed report to one page. */
const LISTED_SITES = 8;

export function placeLabel(t: PublicT, lang: 'zh' | 'en', place: Place): string {
  if (place.entry) return lang === 'en' && place.entry.en ? place.entry.en : place.entry.name;
  if (place.source === 'geolocation') return t('public.place.myLocation');
  if (place.source === 'map') return t('public.place.mapPoint');
  return t('public.place.coordinates', { coords: formatLonLat(place.lon, place.lat) });
}

function Nearest({ label, hit, testId }: { label: string; hit: NearestFacility | null; testId: string }) {
  const { t } = usePublicT();
  return (
    <div className="pa-nearest-item" data-testid={testId}>
      <dt>{label}</dt>
      <dd>
        {hit ? (
          <>
            <span className="pa-nearest-name">{hit.facility.name}</span>{' '}
            <span className="pa-distance">{formatDistance(t, hit.distanceM)}</span>
          </>
        ) : (
          t('public.report.nearest.none')
        )}
      </dd>
    </div>
  );
}

export interface NearbyReportProps {
  place: Place;
  summary: NearbySummary;
  nearestFire: NearestFacility | null;
  nearestShelter: NearestFacility | null;
  manifest: PublicManifest;
  /** move focus to the heading when a search produced this report (not on a map click) */
  focusOnShow: boolean;
}

/**
 * The answer card of "我的周边": one plain sentence, the counts within 1, 3 and 5 km, the sites by name, the
 * nearest fire station and shelter, and how approximate all of it is. Printable as a one-page report.
 */
export function NearbyReport({
  place,
  summary,
  nearestFire,
  nearestShelter,
  manifest,
  focusOnShow,
}: NearbyReportProps) {
  const { t, lang } = usePublicT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow && place.seq > 0) heading.current?.focus();
  }, [place.seq, focusOnShow]);
  const label = placeLabel(t, lang, place);
  const maxKm = formatKm(summary.rings[summary.rings.length - 1]?.radiusM ?? 0);
  const listed = summary.sites.slice(0, LISTED_SITES);

  return (
    <section className="pa-card pa-report" aria-labelledby="pa-report-h" data-testid="public-report">
      <h2 id="pa-report-h" ref={heading} tabIndex={-1}>
        {t('public.report.heading', { place: label })}
      </h2>
      <p className="pa-report-meta">
        {place.source === 'coords'
          ? label
          : t('public.report.place', { place: label, coords: formatLonLat(place.lon, place.lat) })}
        {manifest.dataVersion ? ` · ${t('public.report.dataVersion', { v: manifest.dataVersion })}` : ''}
      </p>
      {inDataRegion(place.lon, place.lat) ? null : (
        <p className="pa-message pa-message-problem">{t('public.geo.outside')}</p>
      )}
      <p className="pa-headline" data-testid="public-headline" aria-live="polite">
        {nearbyHeadline(t, summary)}
      </p>
      <ul className="pa-rings" data-testid="public-rings">
        {summary.rings.map((ring) => {
          const line = ringLine(t, ring);
          return (
            <li key={ring.radiusM} data-radius={ring.radiusM} data-total={ring.total}>
              <strong>{line.label}</strong>
              {lang === 'zh' ? '：' : ': '}
              {line.text}
            </li>
          );
        })}
      </ul>

      {listed.length > 0 ? (
        <>
          <h3>{t('public.report.sites.heading', { km: maxKm })}</h3>
          <ol className="pa-sites" data-testid="public-sites">
            {listed.map(({ site, distanceM }) => (
              <li key={`${site.layer}-${site.id}`} className="pa-site">
                <LevelBadge level={site.riskLevel} short />
                <span className="pa-site-name">{site.name}</span>
                <span className="pa-site-kind">{t(`public.grade.${site.layer}`, { grade: site.grade })}</span>
                <span className="pa-distance">
                  {site.layer === 'chemical-parks' && distanceM === 0
                    ? t('public.report.inside')
                    : formatDistance(t, distanceM)}
                </span>
              </li>
            ))}
          </ol>
          {summary.sites.length > listed.length ? (
            <p className="pa-note">{t('public.report.sites.more', { n: summary.sites.length - listed.length })}</p>
          ) : null}
        </>
      ) : null}

      <h3>{t('public.report.nearest.heading')}</h3>
      <dl className="pa-nearest">
        <Nearest label={t('public.report.nearest.fire')} hit={nearestFire} testId="public-nearest-fire" />
        <Nearest label={t('public.report.nearest.shelter')} hit={nearestShelter} testId="public-nearest-shelter" />
      </dl>
      <p className="pa-note">
        {t('public.report.straightLine')} {t('public.report.generalised', { m: manifest.generalisation.precisionM })}
      </p>
      <p className="pa-print-only pa-note">{t('public.report.printed')}</p>
      <button type="button" className="pa-button pa-no-print" onClick={() => window.print()} data-testid="public-print">
        {t('public.report.print')}
      </button>
    </section>
  );
}
