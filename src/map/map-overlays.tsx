import type { LayerId } from '../domain/layer-ids';
import type { Lang } from '../state/store';
import type { MapMode } from '../theme/map-theme';
import { CHROME, RISK } from '../theme/theme';
import { tooltipText } from './tooltip-text';

export interface HoverInfo {
  x: number;
  y: number;
  layer: LayerId;
  props: Record<string, unknown>;
}

/** Name and grade of the feature under the pointer. A React element, never an HTML string from data. */
export function HoverTooltip({ hover, lang, mode }: { hover: HoverInfo; lang: Lang; mode: MapMode }) {
  const c = CHROME[mode];
  const t = tooltipText(hover.layer, hover.props, lang);
  const level = RISK[hover.props.riskLevel as keyof typeof RISK];
  return (
    <div
      role="tooltip"
      data-testid="map-tooltip"
      style={{
        position: 'absolute',
        left: hover.x + 14,
        top: hover.y + 14,
        pointerEvents: 'none',
        background: c.bg,
        color: c.text,
        border: `1px solid ${c.border}`,
        borderLeft: `4px solid ${level?.fill ?? c.border}`,
        borderRadius: 4,
        padding: '4px 8px',
        font: '13px/1.4 "Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif',
        boxShadow: '0 2px 6px rgba(0,0,0,.2)',
        maxWidth: 280,
        zIndex: 2,
      }}
    >
      <div style={{ fontWeight: 600 }}>{t.name}</div>
      <div style={{ color: c.muted }}>{[t.layerName, t.grade].filter(Boolean).join(' · ')}</div>
    </div>
  );
}

/** Says that the chosen basemap is not shown, and why, with a way back to the offline basemap. */
export function BasemapNotice({
  message,
  mode,
  lang,
  onOffline,
}: {
  message: string;
  mode: MapMode;
  lang: Lang;
  onOffline: () => void;
}) {
  const c = CHROME[mode];
  return (
    <div
      role="alert"
      data-testid="basemap-notice"
      style={{
        position: 'absolute',
        top: 8,
        left: '50%',
        transform: 'translateX(-50%)',
        background: c.bg,
        color: c.text,
        border: `1px solid ${RISK.orange.fill}`,
        borderRadius: 4,
        padding: '6px 10px',
        font: '13px/1.4 "Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif',
        zIndex: 3,
        display: 'flex',
        gap: 8,
        alignItems: 'center',
        maxWidth: '80%',
      }}
    >
      <span>{message}</span>
      <button type="button" onClick={onOffline}>
        {lang === 'zh' ? '改用离线底图' : 'Use offline basemap'}
      </button>
    </div>
  );
}
