import { UnorderedListOutlined } from "@ant-design/icons";
import { useTranslate } from "@refinedev/core";
import { Alert, Button, Card, Empty, Skeleton, Space, Typography } from "antd";
import type { ReactNode } from "react";

/**
 * The frame every Outcomes chart shares: title, a hint on how to interact, the "View operations"
 * drill-down, and the loading / error / empty states in place of the chart.
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
}) {
  const t = useTranslate();
  return (
    <Card
      title={title}
      extra={
        <Button
          type="link"
          icon={<UnorderedListOutlined />}
          onClick={onDrill}
          data-testid={`${testId}-drill`}
        >
          {t("outcomes.viewOperations")}
        </Button>
      }
      style={{ height: "100%" }}
      data-testid={testId}
    >
      <Space direction="vertical" size="small" style={{ width: "100%" }}>
        {(toolbar || hint) && (
          <Space wrap style={{ width: "100%", justifyContent: "space-between" }}>
            {toolbar}
            {hint && <Typography.Text type="secondary">{hint}</Typography.Text>}
          </Space>
        )}
        {loading ? (
          <Skeleton active paragraph={{ rows: 8 }} />
        ) : error ? (
          <Alert type="error" showIcon message={t("outcomes.error")} />
        ) : empty ? (
          <Empty description={emptyText} />
        ) : (
          children
        )}
      </Space>
    </Card>
  );
}

/** The box of a custom chart tooltip, looking like recharts' default one. */
export function TooltipBox({ children }: { children: ReactNode }) {
  return (
    <div
      style={{
        background: "#fff",
        border: "1px solid #d9d9d9",
        borderRadius: 6,
        boxShadow: "0 6px 16px rgba(0, 0, 0, 0.08)",
        padding: "8px 12px",
        maxWidth: 380,
        fontSize: 13,
      }}
    >
      {children}
    </div>
  );
}
