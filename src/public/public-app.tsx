import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PublicData } from './data/load-public-data';
import { usePublicData } from './data/use-public-data';
import { htmlLangOf, LangContext, type PublicLang, usePublicT } from './i18n/public-t';
import { MapLegend } from './legend/map-legend';
import { PublicMap } from './map/public-map';
import { nearestFacility } from './near-me/nearest-facility';
import { summariseNearby } from './near-me/summarise-nearby';
import type { Place } from './place';
import { GradeGuide } from './report/grade-guide';
import { HazardAdvice } from './report/hazard-advice';
import { NearbyReport } from './report/nearby-report';
import { PlaceSearch } from './search/place-search';

function Header({ onToggleLang }: { onToggleLang: () => void }) {
  const { t } = usePublicT();
  return (
    <header className="pa-header">
      <div className="pa-header-text">
        <h1>{t('public.appTitle')}</h1>
        <p className="pa-subtitle">{t('public.appSubtitle')}</p>
      </div>
      <p className="pa-sample" data-testid="public-sample">
        {t('public.sample')}
      </p>
      {/* the visible text starts the accessible name (WCAG 2.5.3), the hidden part says what it does */}
      <button type="button" className="pa-button pa-lang" onClick={onToggleLang} data-testid="public-lang">
        {t('public.lang.button')}
        <span className="pa-visually-hidden">{t('public.lang.label')}</span>
      </button>
    </header>
  );
}

function Footer({ data }: { data: PublicData | null }) {
  const { t } = usePublicT();
  return (
    <footer className="pa-footer">
      <p>{t('public.footer.privacy')}</p>
      {data ? <p>{t('public.footer.data', { v: data.manifest.dataVersion ?? '—' })}</p> : null}
      {data?.manifest.sheltersDerived ? <p>{t('public.footer.shelters')}</p> : null}
      <p>{t('public.footer.basemap')}</p>
    </footer>
  );
}

function Body({ load }: { load: ReturnType<typeof usePublicData> }) {
  const { t } = usePublicT();
  const data = load.status === 'ready' ? load.data : null;
  const [place, setPlace] = useState<Place | null>(null);

  const onPlace = useCallback((p: Omit<Place, 'seq'>) => setPlace((prev) => ({ ...p, seq: (prev?.seq ?? 0) + 1 })), []);
  const onPick = useCallback((lon: number, lat: number) => onPlace({ source: 'map', lon, lat }), [onPlace]);

  const answer = useMemo(() => {
    if (!data || !place) return null;
    const origin = [place.lon, place.lat];
    return {
      summary: summariseNearby(origin, data.sites),
      fire: nearestFacility(origin, data.fireStations),
      shelter: nearestFacility(origin, data.shelters),
    };
  }, [data, place]);

  return (
    <main className="pa-main" id="pa-main">
      <PlaceSearch places={data?.gazetteer.places ?? []} ready={data !== null} onPlace={onPlace} />
      {load.status === 'loading' ? (
        <p className="pa-card pa-message" role="status">
          {t('public.data.loading')}
        </p>
      ) : null}
      {load.status === 'error' ? (
        <p className="pa-card pa-message pa-message-problem" role="alert">
          {t('public.data.error', { error: load.error })}
        </p>
      ) : null}
      {data && data.invalid > 0 ? (
        <p className="pa-card pa-note">{t('public.data.invalid', { n: data.invalid })}</p>
      ) : null}
      <div id="pa-results" className="pa-results">
        {data && place && answer ? (
          <NearbyReport
            place={place}
            summary={answer.summary}
            nearestFire={answer.fire}
            nearestShelter={answer.shelter}
            manifest={data.manifest}
            focusOnShow={place.source !== 'map'}
          />
        ) : null}
      </div>
      <section className="pa-map-section" aria-labelledby="pa-map-h">
        <h2 id="pa-map-h" className="pa-visually-hidden">
          {t('public.map.section')}
        </h2>
        {/* MapLibre names its canvas with Map.Title (public.map.label); no second landmark around it */}
        <div className="pa-map" data-testid="public-map">
          <PublicMap data={data} place={place} onPick={onPick} />
        </div>
        <MapLegend />
      </section>
      <GradeGuide />
      <HazardAdvice summary={answer?.summary ?? null} />
    </main>
  );
}

/** The public site (公众版): search first, then the plain-language answer, the map, what the colours mean, what to do. */
export function PublicApp() {
  const [lang, setLang] = useState<PublicLang>('zh');
  const load = usePublicData();
  useEffect(() => {
    document.documentElement.lang = htmlLangOf(lang);
  }, [lang]);
  return (
    <LangContext.Provider value={lang}>
      <TitleSync />
      <a className="pa-skip" href="#pa-main">
        <SkipText />
      </a>
      <Header onToggleLang={() => setLang((l) => (l === 'zh' ? 'en' : 'zh'))} />
      <Body load={load} />
      <Footer data={load.status === 'ready' ? load.data : null} />
    </LangContext.Provider>
  );
}

function SkipText() {
  return <>{usePublicT().t('public.skip')}</>;
}

function TitleSync() {
  const { t } = usePublicT();
  useEffect(() => {
    document.title = `${t('public.appTitle')} · ${t('public.title')}`;
  }, [t]);
  return null;
}
