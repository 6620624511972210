import type { Geometry } from 'geojson';
import { useMemo } from 'react';
import { estimateDriveMinutes } from '../analysis/estimate-drive-minutes';
import { nearestFireStation } from '../analysis/nearest-fire-station';
import { representativePoint } from '../analysis/representative-point';
import { targetsWithinRadii } from '../analysis/targets-within-radii';
import type { LayerId } from '../domain/layer-ids';
import { type Translate, useLang, useT } from '../i18n/use-t';
import { splitDistance } from '../lib/format';
import { FACETS } from '../theme/theme';
import { type AnyFeature, featureId, featureName } from './feature-utils';
import { useAllLayers } from './use-layers';

export const formatDistance = (meters: number, t: Translate): string => {
  const d = splitDistance(meters);
  return t(d.unit === 'm' ? 'unit.m' : 'unit.km', { n: d.value });
};

const RADII = [500, 1000];

/**
 * 周边: nearest existing fire station (straight-line geodesic distance and an estimated drive time, labelled as an
 * estimate) and protected targets within 500 m / 1 km by GB 36894 class. Uses all loaded data, not only what is
 * shown, because the answer must not change when a chip is toggled.
 */
export function DetailNearby({ layer, feature }: { layer: LayerId; feature: AnyFeature }) {
  const t = useT();
  const lang = useLang();
  const layers = useAllLayers();
  const stations = layers['fire-stations'];
  const targets = layers['protected-targets'];
  const origin = useMemo(() => representativePoint(feature), [feature]);
  const selfId = featureId(feature);

  const nearest = useMemo(() => {
    if (!origin) return null;
    return nearestFireStation(origin, stations.features as AnyFeature[], {
      // a planned station cannot respond; a station is not its own nearest
      filter: (s) =>
        s.properties?.status !== '规划' && !(layer === 'fire-stations' && String(s.properties?.id) === selfId),
    });
  }, [origin, stations.features, layer, selfId]);

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
      {stations.status === 'loading' ? (
        <p>{t('detail.stationsLoading')}</p>
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
