import { useT } from '../../i18n/use-t';
import type { DataState } from './use-siting-results';

/**
 * Loading and error states of the layers a siting answer needs (ux.md "States"): no verdict is shown on partial
 * data, the panel says what is missing and offers 重试.
 */
export function DataNotice({ state, what }: { state: DataState; what: string }) {
  const t = useT();
  if (state.status === 'loading') {
    return (
      <p className="note" role="status" data-testid="siting-data-loading">
        {t('siting.data.loading', { what })}
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <div className="siting-error" role="alert" data-testid="siting-data-error">
        <p>{t('siting.data.error', { what, error: state.errors.map((e) => `${e.layer}: ${e.error}`).join('; ') })}</p>
        <button type="button" onClick={state.retry}>
          {t('layer.retry')}
        </button>
      </div>
    );
  }
  return null;
}
