import { BarChart, GraphChart, LineChart, LinesChart, ScatterChart } from "echarts/charts";
import { AriaComponent, GeoComponent, GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";

// Only the parts the app draws: bar and line charts, the map with partner lines, the relation graph.
echarts.use([
  BarChart,
  LineChart,
  LinesChart,
  ScatterChart,
  GraphChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  GeoComponent,
  AriaComponent,
  CanvasRenderer,
]);

export type { ECElementEvent, EChartsCoreOption } from "echarts/core";
export { echarts };

export const FONT_FAMILY = 'system-ui, "Noto Sans Thai", "Noto Sans JP", "Segoe UI", sans-serif';
export const PALETTE = ["#1f5f99", "#c2410c", "#15803d", "#7c3aed", "#b45309", "#0e7490", "#be123c", "#4d7c0f"];
