import { useT } from '../../i18n/use-t';
import type { IncidentAround } from './use-incident-analysis';

/**
 * What the incident's lists wait for on data streamed by the view (use-incident-analysis.ts): reading, failed
 * (with 重试), or read beyond the view (said once, so nobody wonders whether the map's position matters).
 */
export function AroundNotice({ around }: { around: IncidentAround }) {
  const t = useT();
  if (around.status === 'loading') {
    return (
      <p className="command-around" role="status" data-testid="command-around-loading">
        {t('command.around.loading')}
      </p>
    );
  }
  if (around.status === 'error') {
    return (
      <div className="command-data-error" role="alert" data-testid="command-around-error">
        {t('command.around.error', { error: around.errors.map((e) => `${e.layer}: ${e.error}`).join('; ') })}
        <button type="button" onClick={around.retry}>
          {t('command.retry')}
        </button>
      </div>
    );
  }
  if (around.beyondView.length === 0) return null;
  return (
    <p className="command-around" data-testid="command-around-note">
      {t('command.around.note')}
      {around.stationReachM !== null && ` ${t('command.around.stations', { km: around.stationReachM / 1000 })}`}
    </p>
  );
}
