import { ReloadOutlined } from "@ant-design/icons";
import { useSubscription, useTranslate } from "@refinedev/core";
import { Button, Space, Tag, theme } from "antd";
import { useEffect, useRef, useState } from "react";
import { useNumberLocale } from "../../components/figure";
import { LIVE_ALL } from "../../providers/live-provider";

/** How long "updated just now" stays after a live refresh. */
const JUST_NOW_MS = 10_000;

type Refreshable = { refetch: () => Promise<unknown>; updatedAt: number; fetching: boolean };

/**
 * The overview follows every committed change (live updates, providers/live-provider.ts): its
 * figures are aggregates over all resources, so any change refetches every query of the page (the
 * server answers an unchanged figure from its cache). Also the Refresh button's action, and the
 * time of the last answer for the page header.
 */
export function useOverviewRefresh(queries: Refreshable[]) {
  const latest = useRef(queries);
  latest.current = queries;
  const [liveAt, setLiveAt] = useState<number | null>(null);
  const refresh = () => Promise.all(latest.current.map((q) => q.refetch()));
  useSubscription({
    channel: LIVE_ALL,
    onLiveEvent: () => {
      setLiveAt(Date.now());
      void refresh();
    },
  });
  useEffect(() => {
    if (liveAt === null) return;
    const timer = setTimeout(() => setLiveAt(null), JUST_NOW_MS);
    return () => clearTimeout(timer);
  }, [liveAt]);
  const updatedAt = Math.max(0, ...queries.map((q) => q.updatedAt));
  const fetching = queries.some((q) => q.fetching);
  return { refresh, updatedAt, fetching, justUpdated: liveAt !== null && !fetching };
}

/** "Last refreshed 14:02:31" and the Refresh button, for the page header. */
export function RefreshControl({
  updatedAt,
  fetching,
  onRefresh,
}: {
  updatedAt: number;
  fetching: boolean;
  onRefresh: () => void;
}) {
  const t = useTranslate();
  const locale = useNumberLocale();
  const { token } = theme.useToken();
  const time = updatedAt ? new Date(updatedAt).toLocaleTimeString(locale) : "—";
  // A plain span rather than antd's Typography, which stays out of the overview's first drawing.
  return (
    <Space size="small">
      <span style={{ color: token.colorTextSecondary }} data-testid="overview-last-refreshed">
        {t("overview.live.lastRefreshed", { time })}
      </span>
      <Button icon={<ReloadOutlined />} loading={fetching} onClick={onRefresh} data-testid="overview-refresh">
        {t("overview.live.refresh")}
      </Button>
    </Space>
  );
}

/** The small sign beside the figures that a change somewhere just updated them. */
export function JustUpdated({ visible }: { visible: boolean }) {
  const t = useTranslate();
  if (!visible) return null;
  return (
    <Tag color="green" role="status" data-testid="overview-just-updated" style={{ marginInlineEnd: 0 }}>
      {t("overview.live.justUpdated")}
    </Tag>
  );
}
