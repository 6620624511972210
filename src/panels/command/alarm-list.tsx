import type { Feature, Geometry } from 'geojson';
import { useId, useMemo } from 'react';
import type { FeedStatus } from '../../data/alarm-feed';
import type { Alarm } from '../../data/alarm-schema';
import { useAlarmStore } from '../../data/alarm-store';
import { useLayerFeatures } from '../../data/layer-store';
import { useIdLookup } from '../../data/use-index-search';
import { type MessageKey, type Translate, useLang, useT } from '../../i18n/use-t';
import { RISK } from '../../theme/theme';
import { featureId, featureName } from '../feature-utils';
import { indexHitFeature } from '../search-features';
import { AlarmFeedForm } from './alarm-feed-form';
import { alarmTime } from './format';

// Newest first; a wall shows the latest; older alarms stay in the platform that raised them.
const MAX_SHOWN = 100;
const KNOWN_SENSORS = ['combustible-gas', 'toxic-gas', 'level', 'pressure', 'temperature'];

const sensorName = (type: string, t: Translate) =>
  KNOWN_SENSORS.includes(type) ? t(`command.sensor.${type}` as MessageKey) : type;

function statusText(s: FeedStatus | null, t: Translate): string {
  if (!s) return t('command.alarm.status.connecting');
  if (s.state === 'reconnecting' && s.retryInMs !== null)
    return t('command.alarm.status.retry', { s: Math.ceil(s.retryInMs / 1000), n: s.attempt });
  return t(`command.alarm.status.${s.state}` as MessageKey);
}

function AlarmItem({ a, hazard, acked }: { a: Alarm; hazard: Feature<Geometry | null> | undefined; acked: boolean }) {
  const t = useT();
  const lang = useLang();
  const level = RISK[a.level];
  return (
    <li
      className={acked ? 'alarm-item acked' : 'alarm-item'}
      data-testid="alarm-item"
      data-id={a.id}
      data-level={a.level}
    >
      <span className="level-badge" style={{ background: level.fill, color: level.text, borderColor: level.stroke }}>
        {t(`command.level.${a.level}` as MessageKey)}
      </span>
      <div className="alarm-body">
        <strong>{hazard ? featureName(hazard) : t('command.alarm.unknownHazard', { id: a.hazardId })}</strong>
        <span className="alarm-meta">
          {t('command.alarm.reading', {
            sensor: sensorName(a.sensorType, t),
            value: a.value,
            unit: a.unit,
            threshold: a.threshold,
          })}
        </span>
        <time dateTime={a.time} className="alarm-meta">
          {alarmTime(a.time, lang)} · {hazard ? featureId(hazard) : a.hazardId}
        </time>
      </div>
      {acked ? (
        <span className="acked-text">{t('command.alarm.acked')}</span>
      ) : (
        <button
          type="button"
          data-testid="alarm-ack"
          aria-label={t('command.alarm.ackLabel', { name: hazard ? featureName(hazard) : a.hazardId })}
          onClick={() => useAlarmStore.getState().acknowledge(a.id)}
        >
          {t('command.alarm.ack')}
        </button>
      )}
    </li>
  );
}

/**
 * 实时报警: alarms of the configured monitoring feed, newest first, each with 确认. Without a feed it says so and
 * offers the URL field: the app never shows an alarm it did not receive.
 */
export function AlarmList() {
  const t = useT();
  const id = useId();
  const feedUrl = useAlarmStore((s) => s.feedUrl);
  const status = useAlarmStore((s) => s.status);
  const alarms = useAlarmStore((s) => s.alarms);
  const acked = useAlarmStore((s) => s.acked);
  const invalid = useAlarmStore((s) => s.invalid);
  const hazards = useLayerFeatures('hazard-sources').features;
  const byId = useMemo(() => new Map(hazards.map((f) => [featureId(f), f])), [hazards]);
  // on data read by the view an alarm may name a source anywhere: the hazard layer's index names it
  const shown = alarms.slice(0, MAX_SHOWN);
  const indexed = useIdLookup(
    'hazard-sources',
    shown.map((a) => a.hazardId).filter((id) => !byId.has(id)),
  );
  const hazardOf = (id: string) => {
    const hit = indexed.get(id);
    return byId.get(id) ?? (hit ? indexHitFeature(hit) : undefined);
  };
  const active = alarms.filter((a) => !acked[a.id]).length;

  return (
    <section className="cmd-list alarm-list" aria-labelledby={`${id}-title`} data-testid="alarm-list">
      <div className="cmd-list-head">
        <h2 id={`${id}-title`}>{t('command.alarm.title')}</h2>
        {feedUrl && (
          <span className={`feed-status feed-${status?.state ?? 'connecting'}`} data-testid="feed-status" role="status">
            {statusText(status, t)}
          </span>
        )}
      </div>
      {!feedUrl ? (
        <div className="feed-empty" data-testid="feed-not-configured">
          <p className="empty-title">{t('command.alarm.notConfigured')}</p>
          <p className="note">{t('command.alarm.notConfiguredHint')}</p>
          <AlarmFeedForm />
        </div>
      ) : (
        <>
          <p className="note">
            {t('command.alarm.counts', { active, total: alarms.length })}
            {invalid > 0 && (
              <span className="invalid-count" data-testid="alarm-invalid" data-count={invalid}>
                {' · '}
                {t('command.alarm.invalid', { n: invalid })}
              </span>
            )}
          </p>
          {alarms.length === 0 ? (
            <p className="empty-note">{t('command.alarm.none')}</p>
          ) : (
            <ol className="alarm-items" aria-label={t('command.alarm.title')}>
              {shown.map((a) => (
                <AlarmItem key={a.id} a={a} hazard={hazardOf(a.hazardId)} acked={Boolean(acked[a.id])} />
              ))}
            </ol>
          )}
          <details className="feed-settings">
            <summary>{t('command.alarm.settings')}</summary>
            <p className="note">{t('command.alarm.source', { url: feedUrl })}</p>
            <AlarmFeedForm compact />
          </details>
        </>
      )}
    </section>
  );
}
