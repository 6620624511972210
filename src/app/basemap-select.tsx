import { useId, useState } from 'react';
import { useLang, useT } from '../i18n/use-t';
import { basemapOptions, basemapValue, parseBasemap } from '../map/basemaps';
import { useAppStore } from '../state/store';

/**
 * Basemap switcher (`basemap-select`). Disabled choices stay listed with their reason (e.g. no 天地图 key, AMap's
 * GCJ-02 offset) so the user learns why; style-URL / PMTiles choices ask for a URL before switching.
 */
export function BasemapSelect() {
  const t = useT();
  const lang = useLang();
  const basemap = useAppStore((s) => s.basemap);
  const setBasemap = useAppStore((s) => s.setBasemap);
  const current = parseBasemap(basemap);
  const options = basemapOptions();
  const [pending, setPending] = useState<{ id: string; url: string } | null>(null);
  const id = useId();
  const shownId = pending?.id ?? current.id;
  const shown = options.find((o) => o.id === shownId);

  return (
    <div className="basemap-select">
      <label htmlFor={id}>{t('basemap.label')}</label>
      <select
        id={id}
        data-testid="basemap-select"
        value={shownId}
        title={shown?.reason?.[lang]}
        aria-describedby={shown?.reason ? `${id}-note` : undefined}
        onChange={(e) => {
          const opt = options.find((o) => o.id === e.currentTarget.value);
          if (!opt) return;
          if (opt.needsUrl) setPending({ id: opt.id, url: current.id === opt.id ? (current.url ?? '') : '' });
          else {
            setPending(null);
            setBasemap(opt.id);
          }
        }}
      >
        {options.map((o) => (
          <option key={o.id} value={o.id} disabled={!o.enabled} title={o.reason?.[lang]}>
            {o.label[lang]}
            {o.enabled ? '' : ` (${t('basemap.unavailable')})`}
          </option>
        ))}
      </select>
      {pending && shown?.needsUrl && (
        <form
          className="basemap-url"
          onSubmit={(e) => {
            e.preventDefault();
            const url = pending.url.trim();
            if (url === '') return;
            setBasemap(basemapValue({ id: shown.id, url }));
            setPending(null);
          }}
        >
          <label htmlFor={`${id}-url`} className="visually-hidden">
            {t('basemap.url')}
          </label>
          <input
            id={`${id}-url`}
            type="url"
            placeholder={shown.needsUrl.placeholder}
            value={pending.url}
            onChange={(e) => setPending({ ...pending, url: e.currentTarget.value })}
          />
          <button type="submit">{t('basemap.apply')}</button>
          <button type="button" onClick={() => setPending(null)}>
            {t('basemap.cancel')}
          </button>
        </form>
      )}
      {/* the caveat is long for a top bar: a tooltip for the mouse, a description for screen readers */}
      {shown?.reason && (
        <span id={`${id}-note`} className="visually-hidden">
          {shown.reason[lang]}
        </span>
      )}
    </div>
  );
}
