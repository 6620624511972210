import { useManifest } from '../data/layer-store';
import { LAYER_IDS } from '../domain/layer-ids';
import { useLang, useT } from '../i18n/use-t';
import { layerName } from './feature-utils';
import { useAllLayers } from './use-layers';

/**
 * Badge in the status bar when records were dropped: features that failed validation in the browser
 * (useLayerFeatures().invalid) plus rows the build rejected (manifest `rejected`). Hidden when both are zero,
 * so its presence alone says "some data is not on the map".
 */
export function InvalidNotice() {
  const t = useT();
  const lang = useLang();
  const layers = useAllLayers();
  const { manifest } = useManifest();
  const rows = LAYER_IDS.map((layer) => ({
    layer,
    invalid: layers[layer].invalid ?? 0,
    rejected: manifest?.layers[layer]?.rejected ?? 0,
  })).filter((r) => r.invalid + r.rejected > 0);
  const total = rows.reduce((s, r) => s + r.invalid + r.rejected, 0);
  if (total === 0) return null;
  return (
    <details className="invalid-notice" data-testid="invalid-notice" data-count={total}>
      <summary>
        <span className="badge">{t('invalid.badge', { n: total })}</span>
      </summary>
      <div className="invalid-popup">
        <p>{t('invalid.title')}</p>
        <ul>
          {rows.map((r) => (
            <li key={r.layer} data-layer={r.layer}>
              {t('invalid.line', { layer: layerName(r.layer, lang), invalid: r.invalid, rejected: r.rejected })}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
