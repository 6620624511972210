import { useT } from '../../i18n/use-t';
import type { Coverage } from './coverage';

/** Why a siting answer is withheld on data read by the view (./coverage.ts), and what the planner can do. */
export function CoverageNotice({ coverage, what }: { coverage: Exclude<Coverage, 'ok'>; what: string }) {
  const t = useT();
  return (
    <p className="note" role="status" data-testid="siting-coverage">
      {t(coverage === 'grid' ? 'siting.coverage.grid' : 'siting.coverage.outside', { what })}
    </p>
  );
}
