import { FilePdfOutlined } from "@ant-design/icons";
import { useCan, useTranslate } from "@refinedev/core";
import type { OverviewKpis } from "@tbc/types";
import { Button } from "antd";
import { lazy, Suspense, useState } from "react";
import type { ChartRegistry } from "../../components/chart-card";
import { useCrimeAreaLabel } from "../../components/crime-areas";
import { useNumberLocale } from "../../components/figure";
import { exportFileName } from "../../export/download";
import { fetchProcedure } from "../../providers/procedures";
import type { ReportItem } from "../../report/report-modal";
import { type OverviewView, toOutcomeFilters, toOverviewFilters } from "./search";

// The modal (and, from it, jspdf) loads on the first click; so do the report's tables.
const tables = () => import("./report-tables");
const ReportModal = lazy(() => import("../../report/report-modal").then((m) => ({ default: m.ReportModal })));

export const REPORT_CHARTS = [
  "overview-map",
  "overview-regions",
  "overview-outcomes",
  "overview-engagement",
] as const;

/** "Report": a PDF of the overview for leadership (viewer and above). */
export function ReportButton({
  registry,
  view,
  caption,
  kpis,
  sources,
}: {
  registry: ChartRegistry;
  view: OverviewView;
  caption: string;
  kpis: OverviewKpis | undefined;
  sources: string[];
}) {
  const t = useTranslate();
  const locale = useNumberLocale();
  const areaLabel = useCrimeAreaLabel();
  const { data: can } = useCan({ resource: "overview", action: "report" });
  const [open, setOpen] = useState(false);
  if (!can?.can) return null;

  const items: ReportItem[] = [
    {
      key: "kpis",
      label: t("overview.report.kpis"),
      kind: "table",
      build: async () => (await tables()).kpiTable(kpis, t, locale, toOverviewFilters(view)),
    },
    ...REPORT_CHARTS.map((key) => ({
      key,
      label: t(`overview.report.charts.${key}`),
      kind: "chart" as const,
    })),
    {
      key: "top-operations",
      label: t("overview.report.top"),
      kind: "table",
      build: async () => {
        const rows = await fetchProcedure("outcomes.topOperations", {
          ...toOutcomeFilters(view),
          figure: "arrests",
          limit: 50,
        });
        return (await tables()).topOperationsTable(rows, t, locale, areaLabel);
      },
    },
  ];
  const title = t("overview.report.defaultTitle");

  return (
    <>
      <Button
        type="primary"
        icon={<FilePdfOutlined />}
        onClick={() => setOpen(true)}
        data-testid="report-button"
      >
        {t("overview.report.button")}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <ReportModal
            open={open}
            onClose={() => setOpen(false)}
            registry={registry}
            items={items}
            defaultTitle={title}
            caption={caption}
            sources={sources}
            fileName={exportFileName(title, "pdf")}
          />
        </Suspense>
      )}
    </>
  );
}
