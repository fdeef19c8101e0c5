export { ChartCard, type ChartCardProps, type ChartExportSpec } from "./chart-card";
export { ChartLegend, type LegendEntry } from "./chart-legend";
export { ChartFrameProvider, type ChartHandle, ChartRegistry, useChartFrame } from "./context";
export { useOutcomeCaption } from "./outcome-caption";
export { TooltipBox } from "./tooltip-box";
