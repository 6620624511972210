import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/**
 * ECharts as the panels use it: `echarts/core` with the bar and line charts, five components and the canvas
 * renderer, named one by one so the bundler keeps only these (the barrels `echarts/charts` and
 * `echarts/components` hold dozens more). Only ever imported dynamically, from echarts-loader.ts.
 */
echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  MarkLineComponent,
  TitleComponent,
  CanvasRenderer,
]);

export { echarts };
