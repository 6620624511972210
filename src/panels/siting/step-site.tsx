import { bbox } from '@turf/bbox';
import { type ChangeEvent, type FormEvent, useEffect, useId, useState } from 'react';
import { geodesicAreaHa } from '../../analysis/siting/geodesic-area';
import { geometryParts } from '../../analysis/siting/geometry-parts';
import { useT } from '../../i18n/use-t';
import { formatLonLat } from '../../lib/format';
import { type Site, type SiteOrigin, useSitingStore } from '../../state/siting-store';
import { useAppStore } from '../../state/store';
import { type SiteParse, type SiteParseError, siteFromFile, siteFromText } from './parse-site';

/** a site is shown with a few kilometres around it, where the hazards that matter to it are */
const SITE_ZOOM = 14;

/** The file as UTF-8 text (FileReader: the one reader every browser and jsdom share). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result ?? ''));
    r.onerror = () => reject(r.error);
    r.readAsText(file, 'utf-8');
  });
}

/**
 * Step 1 选址: draw a point or a polygon on the map (terra-draw, src/map/siting), upload a GeoJSON / KML / CSV file,
 * or type coordinates. Whatever way, the site becomes one geometry in the siting store.
 */
export function StepSite() {
  const t = useT();
  const site = useSitingStore((s) => s.site);
  const draw = useSitingStore((s) => s.draw);
  const setDraw = useSitingStore((s) => s.setDraw);
  const setSite = useSitingStore((s) => s.setSite);
  const [error, setError] = useState<SiteParseError | null>(null);
  const [note, setNote] = useState<SiteParseError | null>(null);
  const [coords, setCoords] = useState('');
  const ids = { file: useId(), coords: useId(), help: useId() };

  // Esc ends drawing from anywhere on the page (terra-draw itself only drops the unfinished shape)
  useEffect(() => {
    if (!draw) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape') setDraw(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [draw, setDraw]);

  const accept = (r: SiteParse, origin: SiteOrigin, label: string) => {
    if (!r.ok) {
      setError(r.error);
      setNote(null);
      return;
    }
    setError(null);
    setNote(r.note ?? null);
    setSite({ geometry: r.geometry, origin, label });
    const b = bbox(r.geometry);
    if (r.geometry.type === 'Point') useAppStore.getState().flyTo({ lon: b[0], lat: b[1], zoom: SITE_ZOOM });
    else useAppStore.getState().flyTo({ bounds: [b[0], b[1], b[2], b[3]], zoom: SITE_ZOOM });
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    try {
      accept(siteFromFile(file.name, await readText(file)), 'file', file.name);
    } catch {
      setError({ key: 'siting.err.emptyFile' });
    }
    e.target.value = ''; // the same file picked again is a new upload
  };

  const onCoords = (e: FormEvent) => {
    e.preventDefault();
    accept(siteFromText(coords), 'typed', coords.trim());
  };

  const toggleDraw = (mode: 'point' | 'polygon') => {
    setError(null);
    setDraw(draw === mode ? null : mode);
  };

  return (
    <section aria-labelledby="siting-step1">
      <h3 id="siting-step1" className="step-title">
        <span className="step-no" aria-hidden="true">
          1
        </span>
        {t('siting.step1')}
      </h3>
      <p className="note">{t('siting.step1.help')}</p>
      <div className="siting-row">
        <button
          type="button"
          data-testid="siting-draw-point"
          aria-pressed={draw === 'point'}
          onClick={() => toggleDraw('point')}
        >
          {t('siting.drawPoint')}
        </button>
        <button
          type="button"
          data-testid="siting-draw-polygon"
          aria-pressed={draw === 'polygon'}
          onClick={() => toggleDraw('polygon')}
        >
          {t('siting.drawPolygon')}
        </button>
      </div>
      {draw && (
        <p className="siting-drawing" role="status" data-testid="siting-drawing">
          {t(draw === 'point' ? 'siting.drawing.point' : 'siting.drawing.polygon')}{' '}
          <button type="button" className="icon-button" onClick={() => setDraw(null)}>
            {t('siting.cancel')}
          </button>
        </p>
      )}
      <div className="siting-field">
        <label htmlFor={ids.file}>{t('siting.upload')}</label>
        <input
          id={ids.file}
          type="file"
          accept=".geojson,.json,.kml,.csv,.txt"
          data-testid="siting-file-input"
          aria-describedby={ids.help}
          onChange={(e) => void onFile(e)}
        />
        <p id={ids.help} className="note">
          {t('siting.upload.help')}
        </p>
      </div>
      <form className="siting-field" onSubmit={onCoords}>
        <label htmlFor={ids.coords}>{t('siting.coords')}</label>
        <div className="siting-row">
          <input
            id={ids.coords}
            type="text"
            value={coords}
            placeholder={t('siting.coords.placeholder')}
            data-testid="siting-coords-input"
            onChange={(e) => setCoords(e.target.value)}
          />
          <button type="submit" data-testid="siting-coords-apply">
            {t('siting.apply')}
          </button>
        </div>
      </form>
      {error && (
        <p className="siting-error" role="alert" data-testid="siting-site-error">
          {t(error.key, error.vars)}
        </p>
      )}
      {note && <p className="note">{t(note.key, note.vars)}</p>}
      {site ? <SiteSummary site={site} onClear={() => setSite(null)} /> : <p className="note">{t('siting.noSite')}</p>}
    </section>
  );
}

function SiteSummary({ site, onClear }: { site: Site; onClear: () => void }) {
  const t = useT();
  const g = site.geometry;
  const origin = t(
    site.origin === 'draw'
      ? 'siting.origin.draw'
      : site.origin === 'file'
        ? 'siting.origin.file'
        : 'siting.origin.typed',
    { label: site.label },
  );
  let what: string;
  if (g.type === 'Point') {
    what = t('siting.site.point', { coords: formatLonLat(g.coordinates[0] as number, g.coordinates[1] as number, 5) });
  } else {
    const ha = geodesicAreaHa(geometryParts(g)) ?? 0;
    const vertices = (g.type === 'Polygon' ? g.coordinates[0] : g.coordinates[0]?.[0])?.length ?? 1;
    what = t('siting.site.polygon', { n: vertices - 1, ha: ha.toFixed(2) });
  }
  const locate = () => {
    const b = bbox(g);
    if (g.type === 'Point') useAppStore.getState().flyTo({ lon: b[0], lat: b[1], zoom: SITE_ZOOM });
    else useAppStore.getState().flyTo({ bounds: [b[0], b[1], b[2], b[3]], zoom: SITE_ZOOM });
  };
  return (
    <div className="siting-site" data-testid="siting-site-summary">
      <p>
        <strong>{what}</strong>
        <br />
        <span className="note">{origin}</span>
      </p>
      <div className="siting-row">
        <button type="button" className="icon-button" onClick={locate}>
          {t('siting.locate')}
        </button>
        <button type="button" className="icon-button" onClick={onClear}>
          {t('siting.clearSite')}
        </button>
      </div>
    </div>
  );
}
