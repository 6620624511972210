import { type FormEvent, useId, useState } from 'react';
import { normaliseFeedUrl } from '../../data/alarm-feed';
import { useAlarmStore } from '../../data/alarm-store';
import { useT } from '../../i18n/use-t';

/** Enter, change or remove the monitoring feed URL (kept in localStorage 'riskatlas.alarmFeed'). */
export function AlarmFeedForm({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const id = useId();
  const feedUrl = useAlarmStore((s) => s.feedUrl);
  const feedFrom = useAlarmStore((s) => s.feedFrom);
  const [text, setText] = useState(feedUrl ?? '');
  const [invalid, setInvalid] = useState(false);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const url = normaliseFeedUrl(text);
    setInvalid(!url);
    if (url) {
      useAlarmStore.getState().setFeedUrl(url);
      setText(url);
    }
  };
  return (
    <form className={compact ? 'feed-form compact' : 'feed-form'} onSubmit={onSubmit} data-testid="feed-form">
      <label htmlFor={`${id}-url`}>{t('command.alarm.url')}</label>
      <div className="input-row">
        <input
          id={`${id}-url`}
          data-testid="feed-url"
          type="url"
          inputMode="url"
          placeholder="http://127.0.0.1:8787"
          value={text}
          aria-invalid={invalid}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" data-testid="feed-save">
          {t('command.alarm.save')}
        </button>
        {feedFrom === 'local' && (
          <button
            type="button"
            data-testid="feed-remove"
            onClick={() => {
              useAlarmStore.getState().setFeedUrl(null);
              setText(useAlarmStore.getState().feedUrl ?? '');
            }}
          >
            {t('command.alarm.remove')}
          </button>
        )}
      </div>
      <p id={`${id}-hint`} className={invalid ? 'field-error' : 'note'} role={invalid ? 'alert' : undefined}>
        {invalid ? t('command.alarm.urlInvalid') : t('command.alarm.urlHint')}
      </p>
    </form>
  );
}
