import type { Geometry } from 'geojson';
import { useCallback, useMemo } from 'react';
import { estimateDriveMinutes } from '../analysis/estimate-drive-minutes';
import { representativePoint } from '../analysis/representative-point';
import { targetsWithinRadii } from '../analysis/targets-within-radii';
import type { LayerId } from '../domain/layer-ids';
import { type Translate, useLang, useT } from '../i18n/use-t';
import { splitDistance } from '../lib/format';
import { FACETS } from '../theme/theme';
import { type AnyFeature, featureId, featureName } from './feature-utils';
import { useAllLayers } from './use-layers';
import { useNearestStation } from './use-nearest-station';

export const formatDistance = (meters: number, t: Translate): string => {
  const d = splitDistance(meters);
  return t(d.unit === 'm' ? 'unit.m' : 'unit.km', { n: d.value });
};

const RADII = [500, 1000];

/**
 * 周边: nearest existing fire station (straight-line geodesic distance and an estimated drive time, labelled as an
 * estimate) and protected targets within 500 m / 1 km by GB 36894 class. Uses all loaded data, not only what is
 * shown, because the answer must not change when a chip is toggled; on data read by the view the stations are read
 * around the feature until the nearest is certain (use-nearest-station.ts). The targets within 1 km are loaded
 * with the feature: the view's read reaches at least 2 km beyond it (read-plan.ts MIN_PAD_M).
 */
export function DetailNearby({ layer, feature }: { layer: LayerId; feature: AnyFeature }) {
  const t = useT();
  const lang = useLang();
  const layers = useAllLayers();
  const targets = layers['protected-targets'];
  const origin = useMemo(() => representativePoint(feature), [feature]);
  const selfId = featureId(feature);

  // a planned station cannot respond; a station is not its own nearest
  const accept = useCallback(
    (s: AnyFeature) =>
      s.properties?.status !== '规划' && !(layer === 'fire-stations' && String(s.properties?.id) === selfId),
    [layer, selfId],
  );
  const station = useNearestStation(origin, `${layer}:${selfId}`, accept);
  const nearest = station.nearest;

  const rings = useMemo(() => {
    if (!origin) return null;
    const others = (targets.features as AnyFeature[]).filter(
      (f) => !(layer === 'protected-targets' && featureId(f) === selfId),
    );
    return targetsWithinRadii(origin, others, { radiiMeters: RADII, classKey: 'targetClass' });
  }, [origin, targets.features, layer, selfId]);

  const isArea = (feature.geometry as Geometry | null)?.type !== 'Point';

  return (
    <div className="detail-nearby">
      <h4>{t('detail.nearestStation')}</h4>
      {station.status === 'loading' ? (
        <p>{t('detail.stationsLoading')}</p>
      ) : station.status === 'error' ? (
        <p role="alert">
          {t('detail.stationsError', { error: station.error ?? '' })}{' '}
          {station.reachM !== null && (
            <button type="button" onClick={station.retry}>
              {t('layer.retry')}
            </button>
          )}
        </p>
      ) : nearest ? (
        <div className="nearest-station" data-testid="detail-nearest-station">
          <p className="nearest-name">{featureName(nearest as AnyFeature)}</p>
          <p>
            {t('detail.distance', { d: formatDistance(nearest.properties.distanceMeters, t) })}
            {' · '}
            <span title={t('detail.etaNote')}>
              {t('detail.eta', {
                n: Math.max(1, Math.round(estimateDriveMinutes(nearest.properties.distanceMeters))),
              })}
            </span>
          </p>
          <p className="note">{t('detail.etaNote')}</p>
        </div>
      ) : station.reachM !== null ? (
        <p>{t('detail.noStationWithin', { d: formatDistance(station.reachM, t) })}</p>
      ) : (
        <p>{t('detail.noStation')}</p>
      )}
      {rings?.map((ring) => (
        <div key={ring.radiusMeters} className="ring-count" data-radius={ring.radiusMeters}>
          <h4>
            {t('detail.targetsWithin', {
              r: formatDistance(ring.radiusMeters, t),
              count: ring.total === 0 ? t('detail.none') : t('detail.targetsTotal', { n: ring.total }),
            })}
          </h4>
          {ring.total > 0 && (
            <ul>
              {FACETS['protected-targets'].values
                .filter((v) => (ring.byClass[v.value] ?? 0) > 0)
                .map((v) => (
                  <li key={v.value}>
                    <span className="swatch" style={{ background: v.fill, borderColor: v.stroke }} aria-hidden="true" />
                    {v[lang]} {ring.byClass[v.value]}
                  </li>
                ))}
            </ul>
          )}
        </div>
      ))}
      {isArea && <p className="note">{t('detail.fromCentroid')}</p>}
    </div>
  );
}
