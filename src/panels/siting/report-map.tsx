import type { SitingReport } from '../../analysis/siting';
import { translate } from '../../i18n/use-t';
import { RISK } from '../../theme/theme';
import type { MapSnapshot } from './report-view';
import { SITE_STYLE, ZONE_KEY, ZONE_OPACITY } from './verdict-style';

const z = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('zh', key, vars);

/** A round scale length (1, 2, 5 × 10ⁿ m) close to `target` metres. */
export function niceLength(target: number): number {
  if (!(target > 0)) return 0;
  const p = 10 ** Math.floor(Math.log10(target));
  const f = target / p;
  return (f >= 5 ? 5 : f >= 2 ? 2 : 1) * p;
}

const lengthText = (m: number) => (m >= 1000 ? `${m / 1000} 公里` : `${m} 米`);

/**
 * The report's map figure: the map picture with a scale bar (from the map's own metres per pixel) and a north arrow
 * (turned by the map bearing) over it, and the legend below. The zone colours follow each hazard's risk level.
 */
export function ReportMap({
  snapshot,
  mapState,
  report,
}: {
  snapshot: MapSnapshot | null;
  mapState: 'busy' | 'done' | 'failed';
  report: SitingReport;
}) {
  let scale: { len: number; pct: number } | null = null;
  if (snapshot && snapshot.metresPerPixel > 0) {
    const widthM = snapshot.metresPerPixel * snapshot.width;
    const len = niceLength(widthM / 4);
    scale = { len, pct: (len / widthM) * 100 };
  }
  const levels = report.hazards.length > 0;
  return (
    <figure className="report-map" data-testid="siting-report-map">
      <div className="report-map-frame">
        {snapshot ? (
          <img src={snapshot.dataUrl} alt={z('siting.report.mapAlt')} data-testid="siting-report-image" />
        ) : (
          <p className="report-map-missing">
            {mapState === 'busy' ? z('siting.report.mapBusy') : z('siting.report.mapFailed')}
          </p>
        )}
        {snapshot && (
          <span
            className="report-north"
            aria-label={z('siting.report.north')}
            role="img"
            style={{ transform: `rotate(${-snapshot.bearing}deg)` }}
          >
            <span aria-hidden="true">▲</span>
            <span aria-hidden="true">北</span>
          </span>
        )}
        {scale && (
          <span className="report-scale" data-testid="siting-report-scale">
            <span className="report-scale-bar" style={{ width: `${scale.pct}%` }} />
            <span>{lengthText(scale.len)}</span>
          </span>
        )}
      </div>
      <figcaption>
        <ul className="report-legend">
          <li>
            <span
              className="report-swatch"
              style={{ background: SITE_STYLE.fill, borderColor: SITE_STYLE.stroke, opacity: 0.8 }}
            />
            {z('siting.map.site')}
          </li>
          {(['inner', 'middle', 'outer'] as const).map((zone) => (
            <li key={zone}>
              <span
                className="report-swatch"
                style={{
                  background: `color-mix(in srgb, ${RISK.red.fill} ${ZONE_OPACITY[zone] * 100}%, white)`,
                  borderColor: RISK.red.stroke,
                }}
              />
              {z('siting.report.legendZone', { zone: z(ZONE_KEY[zone]), pct: ZONE_OPACITY[zone] * 100 })}
            </li>
          ))}
          <li>
            <span className="report-swatch dashed" style={{ borderColor: RISK.red.stroke }} />
            {z('siting.report.legendFixed')}
          </li>
          {levels && (
            <li>
              {z('siting.report.legendNote')}
              {(['red', 'orange', 'yellow', 'blue'] as const).map((l) => (
                <span key={l} className="report-level">
                  <span className="report-swatch" style={{ background: RISK[l].fill, borderColor: RISK[l].stroke }} />
                  {RISK[l].zh}
                </span>
              ))}
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
}
