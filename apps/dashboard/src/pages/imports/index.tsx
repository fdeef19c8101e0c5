import { CloudUploadOutlined, EyeOutlined, FileTextOutlined, InboxOutlined } from "@ant-design/icons";
import { List } from "@refinedev/antd";
import { CanAccess, useLink, useTranslate } from "@refinedev/core";
import { MAX_IMPORT_BYTES, OPERATIONS_CSV_HEADER } from "@tbc/types";
import { Alert, Button, Card, Progress, Result, Space, Tooltip, Typography, Upload } from "antd";
import { Fragment } from "react";
import { useNumberLocale } from "../../components/figure";
import { formatCount } from "../../components/format";
import { ImportHistory } from "./history";
import { PreviewResult } from "./preview";
import { formatBytes, type ImportProgress } from "./upload";
import { canCommit, type ImportState, useOperationsImport } from "./use-import";

const HEADER = OPERATIONS_CSV_HEADER.join(",");

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

function Outcome({ state }: { state: ImportState }) {
  const t = useTranslate();
  const Link = useLink();
  switch (state.step) {
    case "preview":
      return <PreviewResult preview={state.preview} />;
    case "rejected":
      return (
        <Space direction="vertical" size="middle" style={{ width: "100%" }}>
          <Alert type="error" showIcon message={t("imports.rejected")} />
          <PreviewResult preview={state.preview} />
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
            extra={<Link to="/operations">{t("imports.result.open")}</Link>}
          />
        </Card>
      );
    }
    case "failed": {
      const key = { 401: "notifications.signedOut", 403: "imports.forbidden", 0: "notifications.network" }[
        state.status
      ];
      return (
        <Alert
          type="error"
          showIcon
          data-testid="import-failed"
          message={t("imports.failed")}
          description={key ? t(key) : state.message}
        />
      );
    }
    default:
      return null;
  }
}

/** /operations/import: choose a CSV, preview what it would change, then import it (staff and above). */
export function OperationsImport() {
  const t = useTranslate();
  const locale = useNumberLocale();
  const { file, problem, state, choose, preview, commit } = useOperationsImport();
  const running = state.step === "running";
  const limit = formatBytes(MAX_IMPORT_BYTES, locale);
  const committable = canCommit(state);

  return (
    <CanAccess
      resource="imports"
      action="list"
      fallback={<Result status="403" title={t("imports.forbidden")} />}
    >
      <List title={t("imports.titles.list")} headerButtons={() => null}>
        <Space direction="vertical" size="large" style={{ width: "100%" }}>
          <Card data-testid="import-card">
            <Space direction="vertical" size="middle" style={{ width: "100%" }}>
              <Typography.Paragraph style={{ margin: 0 }}>{t("imports.intro")}</Typography.Paragraph>
              <div>
                <Typography.Text>{t("imports.limit", { limit })}</Typography.Text>
                {/* Breaks only after a comma, never inside a column name. */}
                <Typography.Paragraph code copyable={{ text: HEADER }} style={{ margin: "4px 0 0" }}>
                  {OPERATIONS_CSV_HEADER.map((column, i) => (
                    <Fragment key={column}>
                      {i > 0 && ","}
                      {i > 0 && <wbr />}
                      {column}
                    </Fragment>
                  ))}
                </Typography.Paragraph>
              </div>
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
          <Outcome state={state} />
          <ImportHistory />
        </Space>
      </List>
    </CanAccess>
  );
}
