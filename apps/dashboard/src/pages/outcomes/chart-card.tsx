import { useTranslate } from "@refinedev/core";
import type { ReactNode } from "react";
import {
  type ChartExportSpec,
  ChartFrameProvider,
  ChartCard as SharedChartCard,
  useOutcomeCaption,
} from "../../components/chart-card";
import { useOutcomeView } from "./use-outcomes";

export { TooltipBox } from "../../components/chart-card";

/**
 * The frame every Outcomes chart shares: the shared ChartCard (title, hint, Export menu) with the
 * "View operations" drill-down, and the loading / error / empty states in place of the chart. The
 * exports carry the page's filters (from the URL) and the operations' source.
 */
export function ChartCard({
  title,
  hint,
  onDrill,
  loading,
  error,
  empty,
  emptyText,
  toolbar,
  children,
  testId,
  exportSpec,
}: {
  title: string;
  hint?: string;
  onDrill: () => void;
  loading: boolean;
  error: boolean;
  empty: boolean;
  emptyText: string;
  toolbar?: ReactNode;
  children: ReactNode;
  testId: string;
  exportSpec?: ChartExportSpec;
}) {
  const t = useTranslate();
  const caption = useOutcomeCaption(useOutcomeView().view.filters);
  return (
    <ChartFrameProvider caption={caption} source={t("chartExport.sources.operations")}>
      <SharedChartCard
        id={testId}
        title={title}
        {...(hint ? { hint } : {})}
        toolbar={toolbar}
        drill={{ label: t("outcomes.viewOperations"), onClick: onDrill }}
        loading={loading}
        error={error}
        errorText={t("outcomes.error")}
        empty={empty}
        emptyText={emptyText}
        {...(exportSpec ? { exportSpec } : {})}
      >
        {children}
      </SharedChartCard>
    </ChartFrameProvider>
  );
}
