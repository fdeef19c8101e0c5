import { AimOutlined, DownloadOutlined } from "@ant-design/icons";
import { getDefaultSortOrder, useTable } from "@refinedev/antd";
import { type CrudFilter, type CrudSort, useLink, useTranslate } from "@refinedev/core";
import type { EngagementFilters, Post } from "@tbc/types";
import { Button, Card, Space, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useEffect, useRef } from "react";
import { Figure } from "../../components/figure";
import { SampleTag } from "./card";
import { channelColor } from "./chart-data";
import { toPostFilters } from "./search";

const FIGURES = ["impressions", "engagements", "shares", "videoViews"] as const;

/** The posts CSV with the table's filters, sort and column titles (GET /api/export/posts.csv). */
export function postsExportUrl(
  filters: CrudFilter[],
  sorters: CrudSort[],
  columns: { key: string; label: string }[],
) {
  const query = new URLSearchParams({
    filters: JSON.stringify(filters),
    sorters: JSON.stringify(sorters),
    columns: JSON.stringify(columns),
  });
  return `/api/export/posts.csv?${query}`;
}

export function ChannelTag({ code, label }: { code: string; label: string }) {
  return (
    <Tag
      data-channel={code}
      style={{ marginInlineEnd: 0, display: "inline-flex", alignItems: "center", gap: 6 }}
    >
      <span style={{ width: 8, height: 8, borderRadius: 2, background: channelColor(code), flex: "none" }} />
      {label}
    </Tag>
  );
}

/**
 * The posts of the period and channels, ranked on the server by any figure (impressions first).
 * Not synced to the URL: the page's own filters are there already and drive this table.
 */
// biome-ignore lint/complexity/noExcessiveLinesPerFunction: the table's columns are declared inline, as antd reads best
export function TopPosts({
  filters,
  countryChosen,
  channelLabel,
}: {
  filters: EngagementFilters;
  countryChosen: boolean;
  channelLabel: (code: string) => string;
}) {
  const t = useTranslate();
  const Link = useLink();
  const postFilters = toPostFilters(filters);
  const key = JSON.stringify(postFilters);
  const {
    tableProps,
    sorters,
    filters: current,
    setFilters,
    setCurrentPage,
  } = useTable<Post>({
    resource: "posts",
    syncWithLocation: false,
    sorters: { initial: [{ field: "impressions", order: "desc" }] },
    filters: { initial: postFilters },
    pagination: { pageSize: 10 },
  });
  // The page's period or channels changed: replace the filters (not merge: a cleared channel goes).
  const applied = useRef(key);
  useEffect(() => {
    if (applied.current === key) return;
    applied.current = key;
    setFilters(JSON.parse(key) as CrudFilter[], "replace");
    setCurrentPage(1);
  }, [key, setFilters, setCurrentPage]);

  const title = (field: string) => t(`engagement.posts.fields.${field}`);
  const sortable = (field: string) => ({
    sorter: true,
    defaultSortOrder: getDefaultSortOrder(field, sorters),
  });
  const columns = [
    { key: "postedAt", label: title("postedAt") },
    { key: "channel", label: title("channel") },
    { key: "text", label: title("text") },
    { key: "url", label: "URL" },
    { key: "operationName", label: title("operation") },
    ...FIGURES.map((f) => ({ key: f, label: title(f) })),
    { key: "isSample", label: t("engagement.sample.tag") },
  ];

  return (
    <Card
      title={t("engagement.posts.title")}
      extra={
        <Button
          icon={<DownloadOutlined />}
          href={postsExportUrl(current, sorters, columns)}
          data-testid="posts-export"
        >
          {t("engagement.posts.export")}
        </Button>
      }
      styles={{ body: { paddingTop: 8 } }}
      data-testid="top-posts"
    >
      <Space direction="vertical" size={4} style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{t("engagement.posts.hint")}</Typography.Text>
        {countryChosen && <Typography.Text type="warning">{t("engagement.posts.noCountry")}</Typography.Text>}
      </Space>
      <Table<Post>
        {...tableProps}
        rowKey="id"
        size="small"
        scroll={{ x: 1000 }}
        locale={{ emptyText: t("engagement.posts.empty") }}
      >
        <Table.Column<Post>
          dataIndex="postedAt"
          title={title("postedAt")}
          width={130}
          {...sortable("postedAt")}
          render={(_, r) => (
            <span style={{ whiteSpace: "nowrap" }}>{dayjs(r.postedAt).format("YYYY-MM-DD HH:mm")}</span>
          )}
        />
        <Table.Column<Post>
          dataIndex="channel"
          title={title("channel")}
          width={120}
          render={(_, r) => <ChannelTag code={r.channel} label={channelLabel(r.channel)} />}
        />
        {/* The linked operation under the text, so that the text keeps a readable width. */}
        <Table.Column<Post>
          dataIndex="text"
          title={`${title("text")} · ${title("operation")}`}
          render={(_, r) => (
            <div style={{ minWidth: 240 }}>
              {r.url ? (
                <a href={r.url} target="_blank" rel="noopener noreferrer" data-testid="post-link">
                  {r.text}
                </a>
              ) : (
                r.text
              )}
              {r.operationId && (
                <div>
                  <AimOutlined style={{ color: "var(--tbc-chart-tick)", marginInlineEnd: 4 }} />
                  <Link to={`/operations/show/${r.operationId}`} data-testid="post-operation">
                    {r.operationName}
                  </Link>
                </div>
              )}
            </div>
          )}
        />
        {FIGURES.map((field) => (
          <Table.Column<Post>
            key={field}
            dataIndex={field}
            title={title(field)}
            width={108}
            align="right"
            {...sortable(field)}
            render={(_, r) => <Figure value={r[field]} compact={false} />}
          />
        ))}
        <Table.Column<Post>
          dataIndex="isSample"
          title={title("source")}
          width={96}
          render={(_, r) =>
            r.isSample ? <SampleTag /> : <Tag color="green">{t("engagement.posts.real")}</Tag>
          }
        />
      </Table>
    </Card>
  );
}
