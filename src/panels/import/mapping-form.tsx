import { crsLabel } from '../../data/import/crs';
import type { ImportPreview } from '../../data/import/engine';
import type { ImportSettings, ImportTarget } from '../../data/import/types';
import { LAYERS } from '../../domain';
import { useLang, useT } from '../../i18n/use-t';
import { CrsSelect } from './crs-select';

interface Props {
  preview: ImportPreview;
  settings: ImportSettings;
  name: string;
  onChange: (patch: Partial<ImportSettings>) => void;
  onName: (name: string) => void;
}

/**
 * What the file is and how to read it: target layer (detected from the headers, or generic), the coordinate
 * columns (auto-detected: 经度/纬度, lon/lat, lng, x/y, 东坐标/北坐标), the coordinate system and a name.
 * Every change re-validates at once.
 */
export function MappingForm({ preview, settings, name, onChange, onName }: Props) {
  const t = useT();
  const lang = useLang();
  const { mapping } = settings;
  const columnOptions = (
    <>
      <option value="">{preview.hasGeometry ? t('import.useGeometry') : t('import.none')}</option>
      {preview.headers.map((h, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: headers may repeat; the position is their identity
        <option key={`${i}:${h}`} value={h}>
          {h || `#${i + 1}`}
        </option>
      ))}
    </>
  );
  const declared = preview.declaredCrs;
  return (
    <div className="import-mapping">
      <div className="import-field">
        <label htmlFor="import-target">{t('import.target')}</label>
        <select
          id="import-target"
          data-testid="import-target-select"
          value={settings.target}
          onChange={(e) => onChange({ target: e.currentTarget.value as ImportTarget })}
        >
          <option value="generic">{t('import.target.generic')}</option>
          {preview.layerMatches.map((m) => {
            const def = LAYERS[m.layer];
            const note =
              m.layer === preview.detected.target
                ? ` ${t('import.target.detected')}`
                : m.missing.length > 0
                  ? ` — ${t('import.target.missing', { cols: m.missing.join('、') })}`
                  : '';
            return (
              <option key={m.layer} value={m.layer}>
                {(lang === 'zh' ? def.zh : def.en) + note}
              </option>
            );
          })}
        </select>
      </div>

      <fieldset className="import-columns">
        <legend>{t('import.columns')}</legend>
        <div className="import-field">
          <label htmlFor="import-lon">{t('import.lon')}</label>
          <select
            id="import-lon"
            data-testid="import-lon-select"
            value={mapping.lon}
            onChange={(e) => onChange({ mapping: { ...mapping, lon: e.currentTarget.value } })}
          >
            {columnOptions}
          </select>
        </div>
        <div className="import-field">
          <label htmlFor="import-lat">{t('import.lat')}</label>
          <select
            id="import-lat"
            data-testid="import-lat-select"
            value={mapping.lat}
            onChange={(e) => onChange({ mapping: { ...mapping, lat: e.currentTarget.value } })}
          >
            {columnOptions}
          </select>
        </div>
        {!preview.hasGeometry && (
          <div className="import-field">
            <label htmlFor="import-wkt">{t('import.wkt')}</label>
            <select
              id="import-wkt"
              value={mapping.geometry}
              onChange={(e) => onChange({ mapping: { ...mapping, geometry: e.currentTarget.value } })}
            >
              {columnOptions}
            </select>
          </div>
        )}
        <button
          type="button"
          className="icon-button"
          data-testid="import-swap"
          disabled={!mapping.lon && !mapping.lat}
          onClick={() => onChange({ mapping: { ...mapping, lon: mapping.lat, lat: mapping.lon } })}
        >
          ⇄ {t('import.swap')}
        </button>
      </fieldset>

      <div className="import-field">
        <label htmlFor="import-crs">{t('import.crs')}</label>
        <CrsSelect id="import-crs" value={settings.crs} onChange={(crs) => onChange({ crs })} />
      </div>
      {declared && preview.detected.crsBasis === 'declared' && (
        <p className="note">{t('import.crs.declared', { basis: `${declared.basis} → ${crsLabel(declared.crs)}` })}</p>
      )}
      {preview.detected.crsBasis === 'values' && preview.detected.crsGuess && (
        <p className="note warn">{t('import.crs.guessed', { crs: crsLabel(preview.detected.crs) })}</p>
      )}
      <p className="note" data-testid="import-gcj-note">
        {t('import.crs.gcjNote')}
      </p>

      <div className="import-field">
        <label htmlFor="import-name">{t('import.name')}</label>
        <input id="import-name" type="text" value={name} onChange={(e) => onName(e.currentTarget.value)} />
      </div>
    </div>
  );
}
