import type { ReadProgress } from '../../data/import/types';
import { useT } from '../../i18n/use-t';

/** Progress of a read/validation with its cancel button (the worker is stopped at once). */
export function ImportProgress({ progress, onCancel }: { progress: ReadProgress | null; onCancel: () => void }) {
  const t = useT();
  const pct = Math.round((progress?.fraction ?? 0) * 100);
  const label =
    progress?.stage === 'validate'
      ? t('import.progress.validate', { pct })
      : progress?.stage === 'parse'
        ? t('import.progress.parse')
        : t('import.progress.read');
  return (
    <div className="import-progress" data-testid="import-progress" data-stage={progress?.stage ?? 'read'}>
      {/* indeterminate while reading/parsing: one call with no intermediate steps */}
      <progress
        aria-label={t('import.progress.label')}
        max={1}
        value={progress?.stage === 'validate' ? progress.fraction : undefined}
      />
      <span role="status">{label}</span>
      <button type="button" data-testid="import-cancel" onClick={onCancel}>
        {t('import.cancel')}
      </button>
    </div>
  );
}
