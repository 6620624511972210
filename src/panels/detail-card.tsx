import { bbox } from '@turf/bbox';
import type { Geometry } from 'geojson';
import { useEffect, useMemo, useState } from 'react';
import { representativePoint } from '../analysis/representative-point';
import { useManifest } from '../data/layer-store';
import type { LayerId } from '../domain/layer-ids';
import { useLang, useT } from '../i18n/use-t';
import { useAppStore } from '../state/store';
import { currentShareUrl } from '../state/url-sync';
import { DetailFields } from './detail-fields';
import { DetailNearby } from './detail-nearby';
import { type AnyFeature, featureId, featureName, layerName, propsOf } from './feature-utils';
import { GradeBadge } from './grade-badge';
import { useAllLayers } from './use-layers';

/** Declared vs computed grade per layer, where the ledger may declare one (hazard 申报等级, tailings 等别). */
const MISMATCH: Partial<Record<LayerId, { flag: string; declared: string; computed: string }>> = {
  'hazard-sources': { flag: 'gradeMismatch', declared: 'declaredGrade', computed: 'grade' },
  'tailings-ponds': { flag: 'classMismatch', declared: 'declaredClass', computed: 'class' },
};

/**
 * The detail card ("一张表", ux.md): header with name, grade badge and layer; then 分级依据, 基本信息, 周边,
 * 数据来源; actions 定位 and 复制链接. Esc or the close button clears the selection.
 */
export function DetailCard() {
  const t = useT();
  const lang = useLang();
  const selected = useAppStore((s) => s.selected);
  const select = useAppStore((s) => s.select);
  const flyTo = useAppStore((s) => s.flyTo);
  const zoom = useAppStore((s) => s.view.zoom);
  const layers = useAllLayers();
  const { manifest } = useManifest();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  const feature = useMemo(() => {
    if (!selected) return null;
    return (layers[selected.layer].features as AnyFeature[]).find((f) => featureId(f) === selected.id) ?? null;
  }, [selected, layers]);

  useEffect(() => {
    if (!selected) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) select(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selected, select]);

  // a new selection resets the copy message; focus stays where the user is (map, list or search)
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on selection change only
  useEffect(() => setCopyState('idle'), [selected?.layer, selected?.id]);

  if (!selected) return null;
  if (!feature) {
    return (
      <section className="detail-card" data-testid="detail-card" aria-live="polite">
        <p>{t('detail.notFound', { id: `${selected.layer}:${selected.id}` })}</p>
        <button type="button" onClick={() => select(null)}>
          {t('detail.close')}
        </button>
      </section>
    );
  }

  const layer = selected.layer;
  const p = propsOf(feature);
  const mm = MISMATCH[layer];
  const mismatch =
    mm && p[mm.flag] === true
      ? { declared: String(p[mm.declared] ?? ''), computed: String(p[mm.computed] ?? '') }
      : null;

  const locate = () => {
    const g = feature.geometry as Geometry | null;
    if (g && g.type !== 'Point') {
      const b = bbox(g);
      flyTo({ bounds: [b[0], b[1], b[2], b[3]] });
      return;
    }
    const c = representativePoint(feature);
    if (c) flyTo({ lon: c[0] as number, lat: c[1] as number, zoom: Math.max(zoom, 13) });
  };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(currentShareUrl());
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  const headingId = 'detail-card-title';
  return (
    <section
      className="detail-card"
      data-testid="detail-card"
      aria-labelledby={headingId}
      data-layer={layer}
      data-id={selected.id}
    >
      <header className="detail-head">
        <div>
          <h2 id={headingId}>{featureName(feature)}</h2>
          <p className="detail-sub">
            <GradeBadge layer={layer} feature={feature} />{' '}
            <span className="detail-layer">{layerName(layer, lang)}</span>
          </p>
        </div>
        <button
          type="button"
          className="icon-button close"
          onClick={() => select(null)}
          aria-label={t('detail.close')}
          title={t('detail.close')}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="detail-actions">
        <button type="button" onClick={locate}>
          {t('detail.locate')}
        </button>
        <button type="button" onClick={copyLink}>
          {t('detail.copyLink')}
        </button>
        <span role="status" className="copy-status">
          {copyState === 'copied' ? t('detail.copied') : copyState === 'failed' ? t('detail.copyFailed') : ''}
        </span>
      </div>

      <section className="detail-section" aria-labelledby="detail-basis-title">
        <h3 id="detail-basis-title">{t('detail.gradeBasis')}</h3>
        <div data-testid="detail-grade-basis">
          <p className="grade-basis">{String(p.gradeBasis ?? '') || t('value.empty')}</p>
          {mismatch && (
            <p className="mismatch-note" role="note">
              {t('detail.mismatch', mismatch)}
            </p>
          )}
        </div>
      </section>

      <section className="detail-section" aria-labelledby="detail-basic-title">
        <h3 id="detail-basic-title">{t('detail.basic')}</h3>
        <DetailFields layer={layer} props={p} />
      </section>

      <section className="detail-section" aria-labelledby="detail-nearby-title">
        <h3 id="detail-nearby-title">{t('detail.nearby')}</h3>
        <DetailNearby layer={layer} feature={feature} />
      </section>

      <section className="detail-section" aria-labelledby="detail-source-title">
        <h3 id="detail-source-title">{t('detail.source')}</h3>
        <dl className="detail-fields">
          <div className="detail-field">
            <dt>{t('detail.sourceName')}</dt>
            <dd>{String(p.source ?? '') || t('value.empty')}</dd>
          </div>
          <div className="detail-field">
            <dt>{t('detail.updated')}</dt>
            <dd>{String(p.updated ?? '') || t('value.empty')}</dd>
          </div>
        </dl>
        {manifest?.synthetic && <p className="synthetic-note">{t('detail.synthetic')}</p>}
      </section>
    </section>
  );
}
