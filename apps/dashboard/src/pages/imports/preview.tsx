import { useTranslate } from "@refinedev/core";
import type { ImportChange, ImportPreview, ImportPreviewRow, ImportRowError } from "@tbc/types";
import { Alert, Card, Col, Row, Space, Statistic, Table, Tag, Typography, theme } from "antd";
import { useNumberLocale } from "../../components/figure";
import { formatCount } from "../../components/format";
import { messageText } from "../../providers/coded";
import { UnresolvedNames } from "./unresolved";

const ACTION_COLORS = { create: "green", update: "blue", unchanged: "default" } as const;

function Counts({ counts }: { counts: ImportPreview["counts"] }) {
  const t = useTranslate();
  const locale = useNumberLocale();
  const { token } = theme.useToken();
  const items = [
    ["total", counts.total, undefined],
    ["create", counts.create, token.colorSuccessText],
    ["update", counts.update, token.colorPrimaryText],
    ["unchanged", counts.unchanged, undefined],
    ["rejected", counts.rejected, counts.rejected > 0 ? token.colorErrorText : undefined],
  ] as const;
  return (
    <Row gutter={[16, 16]} data-testid="import-counts">
      {items.map(([key, value, color]) => (
        <Col key={key} flex="1 1 160px">
          <Card size="small" data-testid={`import-count-${key}`}>
            <Statistic
              title={t(`imports.counts.${key}`)}
              value={value}
              formatter={(v) => formatCount(Number(v), locale)}
              valueStyle={color ? { color } : undefined}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/**
 * Row errors, one line per row and column, in file order and highlighted. The server lists at most
 * the first 200 (`counts.errors` counts them all): the rest is one "and N more" line.
 */
function ErrorsTable({ errors, counts }: { errors: ImportRowError[]; counts: ImportPreview["counts"] }) {
  const t = useTranslate();
  const locale = useNumberLocale();
  const { token } = theme.useToken();
  const sorted = [...errors].sort((a, b) => a.line - b.line);
  const more = counts.errors - errors.length;
  return (
    <Card
      size="small"
      title={<Typography.Text type="danger">{t("imports.errors.title")}</Typography.Text>}
      extra={t("imports.errors.summary", {
        count: formatCount(counts.errors, locale),
        rows: formatCount(counts.rejected, locale),
      })}
      styles={{ body: { padding: 0 } }}
      data-testid="import-errors"
    >
      <Alert type="error" banner showIcon message={t("imports.errors.hint")} />
      <Table<ImportRowError & { key: number }>
        scroll={{ x: "max-content" }}
        dataSource={sorted.map((e, i) => ({ ...e, key: i }))}
        size="small"
        pagination={sorted.length > 20 ? { pageSize: 20, size: "small", showSizeChanger: false } : false}
        onRow={() => ({ style: { background: token.colorErrorBg } })}
      >
        <Table.Column key="line" dataIndex="line" width={80} title={t("imports.errors.line")} />
        <Table.Column
          key="column"
          dataIndex="column"
          width={200}
          title={t("imports.errors.column")}
          render={(column: string) => (
            <Tag color="red" style={{ fontFamily: "monospace" }}>
              {column}
            </Tag>
          )}
        />
        <Table.Column
          key="message"
          dataIndex="message"
          title={t("imports.errors.message")}
          render={(message: string, error: ImportRowError) => messageText(error, message)}
        />
      </Table>
      {more > 0 && (
        <Alert
          type="warning"
          banner
          data-testid="import-errors-more"
          message={t("imports.errors.more", {
            count: formatCount(more, locale),
            shown: formatCount(errors.length, locale),
          })}
        />
      )}
    </Card>
  );
}

/** An update's fields, one line each: `arrests: 12 → 14`. */
function Changes({ changes }: { changes: ImportChange[] | undefined }) {
  const t = useTranslate();
  if (!changes?.length)
    return <Typography.Text type="secondary">{t("imports.changes.none")}</Typography.Text>;
  const shown = (v: string | null) => v ?? t("imports.changes.empty");
  return (
    <Space direction="vertical" size={0} data-testid="import-changes">
      {changes.map((c) => (
        <Typography.Text key={c.column}>
          <Typography.Text code>{c.column}</Typography.Text>{" "}
          <Typography.Text delete>{shown(c.from)}</Typography.Text>
          {" → "}
          <Typography.Text strong>{shown(c.to)}</Typography.Text>
        </Typography.Text>
      ))}
    </Space>
  );
}

function RowsTable({
  rows,
  editionYear,
  rowName,
}: {
  rows: ImportPreviewRow[];
  editionYear: boolean;
  rowName: string;
}) {
  const t = useTranslate();
  return (
    <Card
      size="small"
      title={t("imports.rows.title")}
      styles={{ body: { padding: 0 } }}
      data-testid="import-rows"
    >
      <Table<ImportPreviewRow>
        scroll={{ x: "max-content" }}
        dataSource={rows}
        rowKey="line"
        size="small"
        pagination={rows.length > 20 ? { pageSize: 20, size: "small", showSizeChanger: false } : false}
      >
        <Table.Column key="line" dataIndex="line" width={80} title={t("imports.rows.line")} />
        <Table.Column key="name" dataIndex="name" title={rowName} />
        {editionYear && (
          <Table.Column
            key="editionYear"
            dataIndex="editionYear"
            width={120}
            title={t("imports.rows.editionYear")}
          />
        )}
        <Table.Column<ImportPreviewRow>
          key="action"
          dataIndex="action"
          width={130}
          title={t("imports.rows.action")}
          render={(_, r) => (
            <Tag color={ACTION_COLORS[r.action]} data-action={r.action}>
              {t(`imports.actions.${r.action}`)}
            </Tag>
          )}
        />
        {rows.some((r) => r.changes) && (
          <Table.Column<ImportPreviewRow>
            key="changes"
            title={t("imports.rows.changes")}
            render={(_, r) => (r.action === "update" ? <Changes changes={r.changes} /> : null)}
          />
        )}
      </Table>
    </Card>
  );
}

/**
 * What a preview (or a refused commit) found: a file-level error, or counts, errors and rows.
 * `rowName` titles the column that names each row ("Operation"; for engagement the row's key);
 * `editionYear` is only meaningful for operations. Names that resolve to nothing are listed to be
 * mapped; an "update" row lists the fields it changes.
 */
export function PreviewResult({
  preview,
  rowName,
  editionYear = true,
  onMapped,
}: {
  preview: ImportPreview;
  rowName?: string;
  editionYear?: boolean;
  /** After a name was mapped here: the preview runs again. */
  onMapped?: () => void;
}) {
  const t = useTranslate();
  if (preview.fileError) {
    return (
      <Alert
        type="error"
        showIcon
        data-testid="import-file-error"
        message={t("imports.fileError")}
        description={messageText(preview.fileErrorCoded, preview.fileError)}
      />
    );
  }
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Counts counts={preview.counts} />
      {preview.unresolved.length > 0 && onMapped && (
        <UnresolvedNames unresolved={preview.unresolved} onMapped={onMapped} />
      )}
      {preview.errors.length > 0 && <ErrorsTable errors={preview.errors} counts={preview.counts} />}
      {preview.rows.length > 0 && (
        <RowsTable
          rows={preview.rows}
          editionYear={editionYear}
          rowName={rowName ?? t("imports.rows.name")}
        />
      )}
    </Space>
  );
}
