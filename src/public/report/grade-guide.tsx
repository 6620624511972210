import { RISK_LEVELS } from '../../domain/layer-ids';
import { usePublicT } from '../i18n/public-t';
import { LevelBadge } from './level-badge';

/** What 红橙黄蓝 mean for someone who lives nearby, in plain words. */
export function GradeGuide() {
  const { t } = usePublicT();
  return (
    <section className="pa-card pa-grades" aria-labelledby="pa-grades-h" data-testid="public-grade-guide">
      <h2 id="pa-grades-h">{t('public.grades.heading')}</h2>
      <dl className="pa-grade-list">
        {RISK_LEVELS.map((level) => (
          <div key={level} className="pa-grade-item">
            <dt>
              <LevelBadge level={level} />
            </dt>
            <dd>{t(`public.grades.${level}`)}</dd>
          </div>
        ))}
      </dl>
      <p className="pa-note">{t('public.grades.note')}</p>
    </section>
  );
}
