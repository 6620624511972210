import { useMemo, useState } from 'react';
import { representativePoint } from '../../analysis/representative-point';
import { downloadBlob } from '../../data/export/formats';
import { labelField, type StyleClass, styleByField } from '../../data/import/style-by-field';
import { type ImportedDataset, removeDataset, selectImported, updateDataset } from '../../data/import-store';
import { LAYERS } from '../../domain';
import { type Translate, useLang, useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { extentOf, flyBounds } from './extent';

/** Longer lists would stall the panel; the map and export cover the rest. */
export const FEATURE_LIST_CAP = 100;

export const classLabel = (c: StyleClass, t: Translate): string =>
  c.key === 'other' ? t('import.style.other') : c.label === '' ? t('import.style.empty') : c.label;

/**
 * One imported dataset in the panel. Generic layers: visibility, colour by field with one filter chip per class,
 * a feature list (keyboard path to the feature cards). Known-layer datasets show where they went (their features
 * are styled, filtered and listed with the built-in layer). Both: zoom, rejected-rows download, remove.
 */
export function DatasetItem({ ds }: { ds: ImportedDataset }) {
  const t = useT();
  const lang = useLang();
  const flyTo = useAppStore((s) => s.flyTo);
  const [confirming, setConfirming] = useState(false);
  const generic = ds.target === 'generic';
  const style = useMemo(
    () => (generic ? styleByField(ds.features, ds.styleField) : null),
    [generic, ds.features, ds.styleField],
  );
  const label = labelField(ds.fields);

  const zoom = () => {
    const b = flyBounds(extentOf(ds.features));
    if (b) flyTo({ bounds: b });
  };
  const toggleClass = (key: string) => {
    const hidden = ds.hidden.includes(key) ? ds.hidden.filter((k) => k !== key) : [...ds.hidden, key];
    void updateDataset(ds.id, { hidden });
  };
  const openFeature = (index: number) => {
    const f = ds.features[index];
    if (!f) return;
    selectImported({ datasetId: ds.id, index });
    const p = representativePoint(f);
    if (p) flyTo({ lon: p[0], lat: p[1] });
  };
  const def = ds.target === 'generic' ? null : LAYERS[ds.target];
  const layerText = def
    ? t('import.dataset.into', { layer: lang === 'zh' ? def.zh : def.en })
    : t('import.dataset.generic');

  return (
    <li
      className="import-dataset"
      data-testid="imported-dataset"
      data-id={ds.id}
      data-target={ds.target}
      data-count={ds.features.length}
    >
      <div className="layer-row-head">
        {generic ? (
          <input
            id={`imported-${ds.id}`}
            type="checkbox"
            checked={ds.visible}
            aria-label={t('import.dataset.show', { name: ds.name })}
            onChange={(e) => void updateDataset(ds.id, { visible: e.currentTarget.checked })}
          />
        ) : (
          <span className="import-badge" aria-hidden="true">
            ⇪
          </span>
        )}
        <span className="layer-name">{ds.name}</span>
        <button
          type="button"
          className="icon-button"
          onClick={zoom}
          aria-label={t('import.dataset.zoom', { name: ds.name })}
        >
          ⤢
        </button>
        <button
          type="button"
          className="icon-button"
          data-testid="imported-remove"
          aria-label={t('import.dataset.remove', { name: ds.name })}
          onClick={() => setConfirming(true)}
        >
          ✕
        </button>
      </div>
      <p className="note">
        {layerText} · {t('import.dataset.count', { n: ds.features.length })}
        {ds.counts.rejected > 0 && <> · {t('import.dataset.rejected', { n: ds.counts.rejected })}</>}
        {ds.rejectedFile && (
          <>
            {' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                const f = ds.rejectedFile;
                if (f) downloadBlob(new Blob([f.bytes as unknown as BlobPart]), f.name);
              }}
            >
              ⤓<span className="visually-hidden">{t('import.downloadRejected')}</span>
            </button>
          </>
        )}
      </p>
      {ds.invalidOnLoad > 0 && (
        <p className="note warn">{t('import.dataset.invalidOnLoad', { n: ds.invalidOnLoad })}</p>
      )}
      {confirming && (
        <div
          className="import-confirm-remove"
          role="alertdialog"
          aria-label={t('import.dataset.remove', { name: ds.name })}
        >
          <span>{t('import.dataset.removeConfirm', { name: ds.name })}</span>
          <button type="button" data-testid="imported-remove-confirm" onClick={() => void removeDataset(ds.id)}>
            {t('import.dataset.removeShort')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('import.cancel')}
          </button>
        </div>
      )}

      {generic && style && (
        <>
          <div className="import-field">
            <label htmlFor={`style-${ds.id}`}>{t('import.style')}</label>
            <select
              id={`style-${ds.id}`}
              data-testid="imported-style-select"
              value={ds.styleField ?? ''}
              onChange={(e) => void updateDataset(ds.id, { styleField: e.currentTarget.value || null, hidden: [] })}
            >
              <option value="">{t('import.style.none')}</option>
              {ds.fields.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </select>
          </div>
          {style.kind !== 'single' && (
            <ul
              className="facet-chips"
              aria-label={t('import.style.chips', { name: ds.name, field: ds.styleField ?? '' })}
            >
              {style.classes.map((c) => (
                <li key={c.key}>
                  <button
                    type="button"
                    className="facet-chip"
                    data-testid="imported-chip"
                    data-key={c.key}
                    aria-pressed={!ds.hidden.includes(c.key)}
                    onClick={() => toggleClass(c.key)}
                  >
                    <span
                      className="swatch"
                      style={{ background: c.colour, borderColor: c.colour }}
                      aria-hidden="true"
                    />
                    <span className="chip-label">{classLabel(c, t)}</span> <span className="chip-count">{c.count}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <details className="import-feature-list">
            <summary>{t('import.dataset.features')}</summary>
            <ul>
              {ds.features.slice(0, FEATURE_LIST_CAP).map((f, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: generic features are identified by position
                <li key={i}>
                  <button type="button" className="link-button" onClick={() => openFeature(i)}>
                    {String((label && f.properties?.[label]) ?? '') || `#${i + 1}`}
                  </button>
                </li>
              ))}
            </ul>
            {ds.features.length > FEATURE_LIST_CAP && (
              <p className="note">{t('import.dataset.featuresMore', { n: FEATURE_LIST_CAP })}</p>
            )}
          </details>
        </>
      )}
    </li>
  );
}
