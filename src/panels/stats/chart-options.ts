import type { CountyCounts } from '../../analysis/stats/count-by-county';
import { countAt } from '../../analysis/stats/count-by-county';
import type { ChartOption } from './echarts-loader';

export interface Category {
  key: string;
  label: string;
}

export interface SeriesSpec {
  value: string;
  label: string;
  fill: string;
  stroke: string;
}

/** Neutral greys for values without a theme colour (grades, types): order, not alarm. */
export const NEUTRAL = ['#263238', '#455A64', '#607D8B', '#90A4AE', '#B0BEC5', '#CFD8DC', '#ECEFF1', '#78909C'];

/**
 * A stacked horizontal bar per county: one series per value, in the given order (most severe first), categories
 * top to bottom in the given order. The selected county is marked with ▶ in its label (not by colour alone).
 */
export function stackedByCounty(
  counts: CountyCounts,
  categories: readonly Category[],
  series: readonly SeriesSpec[],
  selected: string | null,
): ChartOption {
  return {
    animation: false,
    grid: { left: 92, right: 16, top: 34, bottom: 22 },
    legend: { top: 0, left: 0, itemWidth: 10, itemHeight: 10, textStyle: { fontSize: 11 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 10 } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categories.map((c) => c.label),
      axisLabel: {
        fontSize: 11,
        formatter: (label: string) =>
          categories.find((c) => c.label === label)?.key === selected ? `▶ ${label}` : label,
      },
    },
    series: series.map((s) => ({
      name: s.label,
      type: 'bar',
      stack: 'n',
      barMaxWidth: 16,
      itemStyle: { color: s.fill, borderColor: s.stroke, borderWidth: 0.5 },
      emphasis: { focus: 'series' },
      data: categories.map((c) => countAt(counts, c.key, s.value)),
    })),
  };
}

export interface LineSeries {
  name: string;
  data: (number | null)[];
  dashed?: boolean;
}

/** Indicator time series: years on x, one line per series, targets dashed. */
export function indicatorLines(years: readonly string[], series: readonly LineSeries[], unit: string): ChartOption {
  return {
    animation: false,
    grid: { left: 48, right: 16, top: 30, bottom: 24 },
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 8, textStyle: { fontSize: 11 } },
    tooltip: { trigger: 'axis', confine: true, valueFormatter: (v: unknown) => (v == null ? '—' : `${v} ${unit}`) },
    xAxis: { type: 'category', data: [...years], axisLabel: { fontSize: 10 } },
    yAxis: { type: 'value', axisLabel: { fontSize: 10 } },
    series: series.map((s) => ({
      // the unit goes in the series name: an axis name would sit on top of the legend
      name: `${s.name}（${unit}）`,
      type: 'line',
      data: s.data,
      connectNulls: false,
      symbolSize: 6,
      lineStyle: s.dashed ? { type: 'dashed' } : {},
    })),
  };
}
