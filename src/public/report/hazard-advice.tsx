import { usePublicT } from '../i18n/public-t';
import type { NearbySummary } from '../near-me/summarise-nearby';

export const ADVICE_TOPICS = ['leak', 'explosion', 'dam', 'fire'] as const;
export type AdviceTopic = (typeof ADVICE_TOPICS)[number];

/**
 * Which advice cards concern the searched place: leaks and explosions come from hazard sources and chemical parks,
 * dam failures from tailings ponds, all within the largest radius. Fire concerns everyone and is never flagged.
 */
export function nearbyTopics(summary: NearbySummary | null): Set<AdviceTopic> {
  const out = new Set<AdviceTopic>();
  const ring = summary?.rings[summary.rings.length - 1];
  if (!ring) return out;
  if (ring.byLayer['hazard-sources'] + ring.byLayer['chemical-parks'] > 0) {
    out.add('leak');
    out.add('explosion');
  }
  if (ring.byLayer['tailings-ponds'] > 0) out.add('dam');
  return out;
}

/** "遇到紧急情况怎么做": one card per hazard type, the ones that concern the place marked. */
export function HazardAdvice({ summary }: { summary: NearbySummary | null }) {
  const { t } = usePublicT();
  const near = nearbyTopics(summary);
  return (
    <section className="pa-card pa-advice" aria-labelledby="pa-advice-h">
      <h2 id="pa-advice-h">{t('public.advice.heading')}</h2>
      <p className="pa-phones">
        <strong>{t('public.phones')}</strong>
      </p>
      <div className="pa-advice-grid">
        {ADVICE_TOPICS.map((topic) => (
          <article
            key={topic}
            className={`pa-advice-card${near.has(topic) ? ' pa-advice-near' : ''}`}
            aria-labelledby={`pa-advice-${topic}`}
            data-testid={`public-advice-${topic}`}
            data-near={near.has(topic)}
          >
            <h3 id={`pa-advice-${topic}`}>{t(`public.advice.${topic}.title`)}</h3>
            {near.has(topic) ? <p className="pa-advice-flag">{t('public.advice.nearby')}</p> : null}
            <ul>
              {([1, 2, 3, 4] as const).map((n) => (
                <li key={n}>{t(`public.advice.${topic}.${n}`)}</li>
              ))}
            </ul>
          </article>
        ))}
      </div>
    </section>
  );
}
