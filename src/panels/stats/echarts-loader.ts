/**
 * ECharts, tree-shaken (echarts-setup.ts names each chart and component) and loaded on demand: the import is
 * dynamic, so the first load of the app never ships it; the statistics and indicator panels call loadECharts()
 * when they first draw a chart.
 */
export type ECharts = typeof import('echarts/core');
export type ChartOption = import('echarts/core').EChartsCoreOption;

let loading: Promise<ECharts> | null = null;

export function loadECharts(): Promise<ECharts> {
  loading ??= import('./echarts-setup').then((m) => m.echarts);
  return loading;
}
