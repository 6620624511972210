import { useManifest } from '../data/layer-store';
import { useT } from '../i18n/use-t';
import { formatLonLat } from '../lib/format';
import { useCursor } from '../map/cursor-store';
import { InvalidNotice } from '../panels/invalid-notice';
import { useViewFeatures } from '../panels/use-layers';

/**
 * 示例数据（模拟） · 数据版本 · cursor lon/lat · 图面要素 N · invalid-record badge. The scale is the map's own
 * control. The synthetic notice is always shown when the manifest says so: nobody may mistake samples for facts.
 */
export function StatusBar() {
  const t = useT();
  const { status, manifest, error } = useManifest();
  const lon = useCursor((s) => s.lon);
  const lat = useCursor((s) => s.lat);
  const inView = useViewFeatures().length;
  return (
    <footer className="status-bar" data-testid="status-bar">
      {status === 'loading' && <span role="status">{t('status.loading')}</span>}
      {status === 'error' && (
        <span className="error" role="alert">
          {t('status.manifestError', { error: error ?? '' })}
        </span>
      )}
      {manifest?.synthetic && <span className="synthetic">{t('status.synthetic')}</span>}
      {manifest?.dataVersion && <span>{t('status.dataVersion', { v: manifest.dataVersion })}</span>}
      <span className="cursor-coords" data-testid="cursor-coords" title={t('status.cursor')}>
        <span className="visually-hidden">{t('status.cursor')} </span>
        {lon !== null && lat !== null ? formatLonLat(lon, lat) : '—, —'}
      </span>
      <span className="in-view">{t('status.inView', { n: inView })}</span>
      <InvalidNotice />
    </footer>
  );
}
