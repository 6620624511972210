import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { type ChartOption, loadECharts } from './echarts-loader';

export interface ChartClick {
  name: string;
  seriesName?: string;
  value?: unknown;
}

/**
 * One ECharts chart in a div: loads ECharts on first mount, follows `option`, resizes with its box, disposes on
 * unmount. Charts are pictures for the eye: every chart sits next to a table with the same numbers (keyboard and
 * screen-reader users get the table), so `aria-hidden` here is deliberate.
 */
export function EChart({
  option,
  height,
  onClick,
  testId,
}: {
  option: ChartOption;
  height: number;
  onClick?: (e: ChartClick) => void;
  testId?: string;
}) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<import('echarts/core').ECharts | null>(null);
  const click = useRef(onClick);
  click.current = onClick;
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    loadECharts()
      .then((echarts) => {
        if (disposed || !box.current) return;
        const c = echarts.init(box.current, undefined, { renderer: 'canvas' });
        chart.current = c;
        c.on('click', (e) => click.current?.(e as unknown as ChartClick));
        if (typeof ResizeObserver !== 'undefined') {
          observer = new ResizeObserver(() => c.resize());
          observer.observe(box.current);
        }
        setState('ready');
      })
      .catch(() => setState('error'));
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (state === 'ready') chart.current?.setOption(option, { notMerge: true });
  }, [option, state]);

  return (
    <div className="echart" data-testid={testId} data-state={state}>
      <div ref={box} style={{ height }} aria-hidden="true" />
      {state === 'loading' && <p className="note">{t('stats.chartLoading')}</p>}
      {state === 'error' && <p className="note">{t('stats.chartError')}</p>}
    </div>
  );
}
