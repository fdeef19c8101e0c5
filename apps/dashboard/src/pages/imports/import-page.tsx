import { CloudUploadOutlined, EyeOutlined, FileTextOutlined, InboxOutlined } from "@ant-design/icons";
import { CanAccess, useLink, useTranslate } from "@refinedev/core";
import { Alert, Button, Card, Progress, Result, Space, Tooltip, Typography, Upload } from "antd";
import { Fragment } from "react";
import { useNumberLocale } from "../../components/figure";
import { formatCount } from "../../components/format";
import { PageList } from "../../components/page-list";
import { ImportHistory } from "./history";
import { PreviewResult } from "./preview";
import { formatBytes, type ImportKind, type ImportProgress } from "./upload";
import { canCommit, type ImportState, useImport } from "./use-import";

/** What differs between the import pages (operations, engagement); the flow is the same. */
export type ImportPageProps = {
  kind: ImportKind;
  /** Access control: who may see the page (the server checks the upload on its own). */
  access: { resource: string; action: string };
  title: string;
  intro: string;
  /** The file rule, with {{limit}}; "imports.limit" names one exact header. */
  limitKey?: string;
  /** The accepted headers, each optionally named ("Daily metrics"). */
  headers: { label?: string; columns: readonly string[] }[];
  forbidden: string;
  /** Where to go after a successful import. */
  result: { to: string; label: string };
  /** The history's kinds (imports.list `kind`). */
  historyKinds: readonly string[];
  /** The preview's column naming each row, and whether edition years mean anything. */
  rowName?: string;
  editionYear?: boolean;
};

/** One accepted header as copyable code that breaks only after a comma, never inside a column name. */
function HeaderLine({ label, columns }: { label?: string; columns: readonly string[] }) {
  return (
    <div>
      {label && <Typography.Text strong>{label}</Typography.Text>}
      <Typography.Paragraph
        code
        copyable={{ text: columns.join(",") }}
        style={{ margin: "4px 0 0" }}
        data-testid="import-header"
      >
        {columns.map((column, i) => (
          <Fragment key={column}>
            {i > 0 && ","}
            {i > 0 && <wbr />}
            {column}
          </Fragment>
        ))}
      </Typography.Paragraph>
    </div>
  );
}

function ProgressLine({ progress }: { progress: ImportProgress | null }) {
  const t = useTranslate();
  const locale = useNumberLocale();
  const phase = progress?.phase ?? "upload";
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  const amount = (n: number) => (phase === "upload" ? formatBytes(n, locale) : formatCount(n, locale));
  return (
    <div data-testid="import-progress" data-phase={phase}>
      <Typography.Text>
        {progress
          ? t("imports.progress", {
              phase: t(`imports.phases.${phase}`),
              done: amount(progress.done),
              total: amount(progress.total),
            })
          : t(`imports.phases.${phase}`)}
      </Typography.Text>
      <Progress percent={percent} status="active" />
    </div>
  );
}

function Outcome({ state, page, again }: { state: ImportState; page: ImportPageProps; again: () => void }) {
  const t = useTranslate();
  const Link = useLink();
  const preview = (p: Parameters<typeof PreviewResult>[0]["preview"]) => (
    <PreviewResult
      preview={p}
      rowName={page.rowName}
      editionYear={page.editionYear ?? true}
      onMapped={again}
    />
  );
  switch (state.step) {
    case "preview":
      return preview(state.preview);
    case "rejected":
      return (
        <Space direction="vertical" size="middle" style={{ width: "100%" }}>
          <Alert type="error" showIcon message={t("imports.rejected")} />
          {preview(state.preview)}
        </Space>
      );
    case "done": {
      const c = state.result.counts;
      return (
        // In a card for the test id: antd's Result does not pass data-* attributes on.
        <Card data-testid="import-result">
          <Result
            status="success"
            title={t("imports.result.title")}
            subTitle={t("imports.result.description", {
              created: c.created,
              updated: c.updated,
              unchanged: c.unchanged,
            })}
            extra={<Link to={page.result.to}>{page.result.label}</Link>}
          />
        </Card>
      );
    }
    case "failed": {
      const key = { 401: "notifications.signedOut", 0: "notifications.network" }[state.status];
      return (
        <Alert
          type="error"
          showIcon
          data-testid="import-failed"
          message={t("imports.failed")}
          description={state.status === 403 ? page.forbidden : key ? t(key) : state.message}
        />
      );
    }
    default:
      return null;
  }
}

/**
 * An import page: choose a CSV, preview what it would change, then import it (staff and above).
 * /operations/import and /engagement/import are this page with their own texts and kind.
 */
export function ImportPage(page: ImportPageProps) {
  const t = useTranslate();
  const locale = useNumberLocale();
  const { file, problem, state, choose, preview, commit, maxBytes } = useImport(page.kind);
  const running = state.step === "running";
  // "…" for the moment the server has not said its limit yet.
  const limit = maxBytes === undefined ? "…" : formatBytes(maxBytes, locale);
  const committable = canCommit(state);

  return (
    <CanAccess
      resource={page.access.resource}
      action={page.access.action}
      fallback={<Result status="403" title={page.forbidden} />}
    >
      <PageList title={page.title} headerButtons={() => null}>
        <Space direction="vertical" size="large" style={{ width: "100%" }}>
          <Card data-testid="import-card">
            <Space direction="vertical" size="middle" style={{ width: "100%" }}>
              <Typography.Paragraph style={{ margin: 0 }}>{page.intro}</Typography.Paragraph>
              <Space direction="vertical" size="small" style={{ width: "100%" }}>
                <Typography.Text data-testid="import-limit">
                  {t(page.limitKey ?? "imports.limit", { limit })}
                </Typography.Text>
                {page.headers.map((header) => (
                  <HeaderLine key={header.columns.join(",")} label={header.label} columns={header.columns} />
                ))}
              </Space>
              <Upload.Dragger
                accept=".csv,text/csv"
                aria-label={t("imports.drop")}
                multiple={false}
                showUploadList={false}
                disabled={running}
                // Nothing is uploaded here: the file is kept until Preview or Import sends it.
                beforeUpload={(f) => {
                  choose(f);
                  return false;
                }}
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{t("imports.drop")}</p>
                {file && (
                  <p className="ant-upload-hint" data-testid="import-chosen">
                    <FileTextOutlined />{" "}
                    {t("imports.chosen", { name: file.name, size: formatBytes(file.size, locale) })}
                  </p>
                )}
              </Upload.Dragger>
              {problem && (
                <Alert
                  type="error"
                  showIcon
                  data-testid="import-file-problem"
                  message={t(`imports.fileErrors.${problem.key}`, {
                    name: problem.name,
                    size: formatBytes(problem.size, locale),
                    limit,
                  })}
                />
              )}
              <Space wrap>
                <Button
                  icon={<EyeOutlined />}
                  onClick={preview}
                  disabled={!file || running}
                  loading={running && state.mode === "preview"}
                  data-testid="import-preview"
                >
                  {t("imports.preview")}
                </Button>
                <Tooltip title={committable || state.step === "done" ? undefined : t("imports.commitHint")}>
                  <Button
                    type="primary"
                    icon={<CloudUploadOutlined />}
                    onClick={commit}
                    disabled={!committable || running}
                    loading={running && state.mode === "commit"}
                    data-testid="import-commit"
                  >
                    {t("imports.commit")}
                  </Button>
                </Tooltip>
              </Space>
              {running && <ProgressLine progress={state.progress} />}
            </Space>
          </Card>
          <Outcome state={state} page={page} again={preview} />
          <ImportHistory kinds={page.historyKinds} />
        </Space>
      </PageList>
    </CanAccess>
  );
}
