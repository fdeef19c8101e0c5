export { ChartCard, type ChartCardProps, type ChartExportSpec } from "./chart-card";
export { ChartFrameProvider, type ChartHandle, ChartRegistry, useChartFrame } from "./context";
export { useOutcomeCaption } from "./outcome-caption";
export { TooltipBox } from "./tooltip-box";
