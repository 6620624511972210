import type { Feature, Geometry } from 'geojson';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { representativePoint } from '../../analysis/representative-point';
import { useLayerFeatures } from '../../data/layer-store';
import { useT } from '../../i18n/use-t';
import { formatLonLat } from '../../lib/format';
import { parseCoordinates } from '../../lib/parse-coordinates';
import { useCommandStore } from '../../state/command-store';
import { featureId, featureName, propsOf } from '../feature-utils';
import { HazardPicker } from './hazard-picker';
import { firstErgSubstance } from './substances';

/**
 * 事件位置: three ways to place the incident — click the map, type coordinates, or pick a hazard source (which also
 * preselects the first substance of its inventory that the ERG2020 data covers).
 */
export function LocationSection() {
  const t = useT();
  const id = useId();
  const hazards = useLayerFeatures('hazard-sources');
  const point = useCommandStore((s) => s.point);
  const source = useCommandStore((s) => s.source);
  const placing = useCommandStore((s) => s.placing);
  const set = useCommandStore((s) => s.set);
  const [coordText, setCoordText] = useState('');
  const [coordError, setCoordError] = useState(false);

  const sourceFeature = source ? hazards.features.find((f) => featureId(f) === source.id) : undefined;

  const onCoords = (e: FormEvent) => {
    e.preventDefault();
    const c = parseCoordinates(coordText);
    setCoordError(!c);
    if (c) useCommandStore.getState().setPoint([c.lon, c.lat]);
  };

  // a source picked from the layer's index (not loaded: no inventory yet) gets its substance once the view's read
  // brings the feature, unless a substance was chosen meanwhile
  const pendingSubstance = useRef<string | null>(null);
  const onPick = (f: Feature<Geometry | null>) => {
    const p = representativePoint(f);
    if (!p) return;
    const inventory = propsOf(f).chemicals;
    const substance = firstErgSubstance(String(inventory ?? ''));
    const s = useCommandStore.getState();
    s.setPoint([p[0] as number, p[1] as number], { layer: 'hazard-sources', id: featureId(f) });
    if (substance) s.set({ substance });
    pendingSubstance.current = inventory === undefined ? featureId(f) : null;
  };
  useEffect(() => {
    if (!sourceFeature || pendingSubstance.current !== featureId(sourceFeature)) return;
    pendingSubstance.current = null;
    const substance = firstErgSubstance(String(propsOf(sourceFeature).chemicals ?? ''));
    const s = useCommandStore.getState();
    if (substance && !s.substance) s.set({ substance });
  }, [sourceFeature]);

  return (
    <section className="cmd-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('command.place.title')}</h3>
      <div className="button-row">
        <button
          type="button"
          data-testid="place-on-map"
          aria-pressed={placing}
          className={placing ? 'primary active' : 'primary'}
          onClick={() => set({ placing: !placing })}
        >
          {placing ? t('command.place.cancel') : t('command.place.click')}
        </button>
      </div>
      {placing && (
        <p className="placing-hint" role="status">
          {t('command.place.clicking')}
        </p>
      )}
      <form className="field inline" onSubmit={onCoords}>
        <label htmlFor={`${id}-coords`}>{t('command.place.coords')}</label>
        <div className="input-row">
          <input
            id={`${id}-coords`}
            data-testid="incident-coords"
            value={coordText}
            placeholder="113.12, 29.36"
            aria-invalid={coordError}
            aria-describedby={coordError ? `${id}-coords-err` : undefined}
            onChange={(e) => setCoordText(e.currentTarget.value)}
          />
          <button type="submit">{t('command.place.coordsApply')}</button>
        </div>
        {coordError && (
          <p id={`${id}-coords-err`} className="field-error" role="alert">
            {t('command.place.coordsInvalid')}
          </p>
        )}
      </form>
      {hazards.status === 'ready' ? (
        <HazardPicker hazards={hazards.features} onPick={onPick} />
      ) : (
        <p className="note">{hazards.status === 'error' ? (hazards.error ?? '') : t('command.loading')}</p>
      )}
      <p className="incident-at" data-testid="incident-at">
        {point ? t('command.place.at', { coord: formatLonLat(point[0], point[1], 5) }) : t('command.place.none')}
        {sourceFeature && (
          <>
            <br />
            {t('command.place.atSource', { name: featureName(sourceFeature), id: featureId(sourceFeature) })}
          </>
        )}
      </p>
    </section>
  );
}
