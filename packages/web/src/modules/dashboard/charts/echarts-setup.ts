import { LineChart, MapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only the parts of ECharts the dashboard draws, loaded by a dynamic import so the rest of the
// staff app never downloads them (shared/DESIGN.md section 3). SVG keeps lines and text sharp
// at any zoom and in screenshots; the province's hundred-odd polygons are light for it.
echarts.use([
  LineChart,
  MapChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);

export { echarts };
