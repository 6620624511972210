import type { LayerId } from '../domain/layer-ids';
import { useLang } from '../i18n/use-t';
import { type AnyFeature, facetStyle, facetValueOf, gradeText } from './feature-utils';

/** `一级 · 重大风险` on the level's colour, text always present so colour is never the only signal. */
export function GradeBadge({ layer, feature }: { layer: LayerId; feature: AnyFeature }) {
  const lang = useLang();
  const style = facetStyle(layer, facetValueOf(layer, feature));
  const text = gradeText(layer, feature, lang);
  if (!text) return null;
  return (
    <span
      className="grade-badge"
      data-testid="detail-grade-badge"
      style={style ? { background: style.fill, color: style.text, borderColor: style.stroke } : undefined}
    >
      {text}
    </span>
  );
}
