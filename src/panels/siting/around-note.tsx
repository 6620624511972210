import type { AroundState } from '../../data/features-around';
import { useT } from '../../i18n/use-t';
import { reachKm } from './verdict-style';

/**
 * Under an answer whose data were read beyond the map's view (data/features-around.ts): says so, so a planner on
 * the national data knows the answer does not depend on where the map happens to be.
 */
export function AroundNote({ around, what, reachM }: { around: AroundState | null; what: string; reachM: number }) {
  const t = useT();
  if (around?.status !== 'ready' || around.readBeyondView.length === 0) return null;
  return (
    <p className="note" data-testid="siting-around-note">
      {t('siting.around.note', { what, km: reachKm(reachM) })}
    </p>
  );
}
