import { useGetLocale, useTranslate } from "@refinedev/core";
import { Checkbox, Form, Input, Modal, Progress, Space, Typography } from "antd";
import { useState } from "react";
import type { ChartRegistry } from "../components/chart-card";
import { useFeedback } from "../components/feedback";
import { saveBlob } from "../export/download";
import type { ReportSection } from "./pdf";

export type ReportTable = { head: string[]; body: string[][]; numeric?: number[]; notes?: string[] };

/** One thing a report can hold: a chart card of the page (by its id) or a table built on demand. */
export type ReportItem =
  | { key: string; label: string; kind: "chart" }
  | { key: string; label: string; kind: "table"; build: () => Promise<ReportTable> };

export type ReportModalProps = {
  open: boolean;
  onClose: () => void;
  registry: ChartRegistry;
  items: ReportItem[];
  defaultTitle: string;
  /** The active filters in words (cover, and under every page's title). */
  caption: string;
  sources: string[];
  fileName: string;
};

/**
 * Choose what goes in, give a title → one PDF. Charts are drawn one by one from the page's cards
 * (a progress bar per chart), then jspdf (loaded now, not before) assembles the pages.
 */
// biome-ignore lint/complexity/noExcessiveLinesPerFunction: one modal: the options form and the progress of the PDF it builds
export function ReportModal(props: ReportModalProps) {
  const t = useTranslate();
  const locale = useGetLocale()() ?? "en";
  const { message } = useFeedback();
  const [title, setTitle] = useState(props.defaultTitle);
  const [chosen, setChosen] = useState<string[]>(props.items.map((i) => i.key));
  const [progress, setProgress] = useState<{ done: number; total: number; step: string } | null>(null);
  const all = chosen.length === props.items.length;

  const generate = async () => {
    const items = props.items.filter((i) => chosen.includes(i.key));
    const total = items.length + 1;
    try {
      const sections: ReportSection[] = [];
      for (const [index, item] of items.entries()) {
        setProgress({
          done: index,
          total,
          step: t("report.rendering", { item: item.label, n: index + 1, total: items.length }),
        });
        if (item.kind === "table") {
          sections.push({
            kind: "table",
            title: item.label,
            caption: props.caption,
            ...(await item.build()),
          });
          continue;
        }
        const handle = props.registry.get(item.key);
        const image = await handle?.image();
        if (handle && image)
          sections.push({ kind: "chart", title: handle.title, caption: props.caption, image });
      }
      setProgress({ done: items.length, total, step: t("report.assembling") });
      const [{ buildReportPdf }, { scriptFor }] = await Promise.all([import("./pdf"), import("./pdf-fonts")]);
      const reportTitle = title.trim() || props.defaultTitle;
      const script = await scriptFor(locale, [
        reportTitle,
        props.caption,
        ...props.sources,
        ...sections.flatMap((s) => [
          s.title,
          ...(s.notes ?? []),
          ...(s.kind === "table" ? [...s.head, ...s.body.flat()] : []),
        ]),
      ]);
      const now = new Date();
      const blob = buildReportPdf({
        title: reportTitle,
        filters: props.caption,
        generated: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" }).format(now),
        sources: props.sources,
        sections,
        labels: {
          filters: t("report.filters"),
          generated: t("report.generated"),
          sources: t("report.sources"),
          contents: t("report.contents"),
          continued: t("report.continued"),
          page: (page, pages) => t("report.page", { page, pages }),
          creator: t("exportText.pdfCreator"),
        },
        script,
      });
      setProgress({ done: total, total, step: t("report.done") });
      saveBlob(blob, props.fileName);
      props.onClose();
    } catch (err) {
      console.error(err);
      void message.error(t("report.failed"));
    } finally {
      setProgress(null);
    }
  };

  return (
    <Modal
      open={props.open}
      title={t("report.title")}
      okText={t("report.generate")}
      cancelText={t("buttons.cancel")}
      onOk={generate}
      onCancel={props.onClose}
      okButtonProps={{
        disabled: chosen.length === 0 || progress !== null,
        ...{ "data-testid": "report-generate" },
      }}
      cancelButtonProps={{ disabled: progress !== null }}
      closable={progress === null}
      maskClosable={false}
      destroyOnHidden
      data-testid="report-modal"
    >
      <Form layout="vertical" component="div">
        {/* No `name` (the title is not form state): the label is tied to its input by id. */}
        <Form.Item label={t("report.name")} htmlFor="report-title-input">
          <Input
            id="report-title-input"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={120}
            data-testid="report-title"
          />
        </Form.Item>
        <Form.Item label={t("report.contentsLabel")}>
          <Space direction="vertical">
            <Checkbox
              checked={all}
              indeterminate={!all && chosen.length > 0}
              onChange={(e) => setChosen(e.target.checked ? props.items.map((i) => i.key) : [])}
              data-testid="report-all"
            >
              {t("report.whole")}
            </Checkbox>
            <Checkbox.Group
              value={chosen}
              onChange={(v) => setChosen(v as string[])}
              style={{ display: "flex", flexDirection: "column", gap: 4, paddingInlineStart: 24 }}
              options={props.items.map((i) => ({ value: i.key, label: i.label }))}
            />
          </Space>
        </Form.Item>
        <Typography.Paragraph type="secondary">
          {t("report.filtersNote", { filters: props.caption })}
        </Typography.Paragraph>
      </Form>
      {progress && (
        <div data-testid="report-progress">
          <Progress percent={Math.round((progress.done / progress.total) * 100)} status="active" />
          <Typography.Text type="secondary">{progress.step}</Typography.Text>
        </div>
      )}
    </Modal>
  );
}
