import { useTranslate } from "@refinedev/core";
import { Space, Tag, Tooltip } from "antd";
import type { ReactNode } from "react";
import { ChartCard, type ChartExportSpec } from "../../components/chart-card";

export { TooltipBox } from "../../components/chart-card";

/** The small "Sample" tag on a card whose figures are (partly) generated sample data. */
export function SampleTag({ spaced = true }: { spaced?: boolean }) {
  const t = useTranslate();
  return (
    <Tooltip title={t("engagement.sample.tagHint")}>
      <Tag
        color="orange"
        data-testid="sample-tag"
        style={{ ...(spaced ? { marginInlineStart: 8 } : { marginInlineEnd: 0 }), fontWeight: "normal" }}
      >
        {t("engagement.sample.tag")}
      </Tag>
    </Tooltip>
  );
}

/**
 * The frame every Engagement chart shares: the shared ChartCard (title, subtitle, Export menu: PNG,
 * SVG, CSV) with a "Sample" tag in the toolbar when its data is sample data, and the loading /
 * error / empty states in place of the chart. The page's ChartFrameProvider gives the exports their
 * caption (the filters) and source line.
 */
export function EngagementCard({
  title,
  subtitle,
  sample,
  loading,
  error,
  empty,
  emptyText,
  toolbar,
  hint,
  children,
  testId,
  exportSpec,
}: {
  title: string;
  subtitle?: string;
  sample: boolean;
  loading: boolean;
  error: boolean;
  empty: boolean;
  emptyText: string;
  toolbar?: ReactNode;
  hint?: string;
  children: ReactNode;
  testId: string;
  exportSpec: ChartExportSpec;
}) {
  const t = useTranslate();
  const tag = sample && !loading;
  return (
    <ChartCard
      id={testId}
      title={title}
      {...(subtitle ? { subtitle } : {})}
      {...(hint ? { hint } : {})}
      toolbar={
        toolbar || tag ? (
          <Space size={8} wrap>
            {toolbar}
            {tag && <SampleTag spaced={false} />}
          </Space>
        ) : undefined
      }
      loading={loading}
      error={error}
      errorText={t("engagement.error")}
      empty={empty}
      emptyText={emptyText}
      exportSpec={exportSpec}
      // Its legend entries filter by channel: controls an image role would hide.
      figureRole="figure"
    >
      {children}
    </ChartCard>
  );
}
