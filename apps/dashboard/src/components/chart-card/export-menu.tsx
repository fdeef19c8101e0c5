import { DownloadOutlined } from "@ant-design/icons";
import { useGetLocale, useTranslate } from "@refinedev/core";
import { Button, Tooltip } from "antd";
import { lazy, type RefObject, Suspense, useState } from "react";
import type { ChartImageRequest } from "../../export/chart-export";
import { useFeedback } from "../feedback";
import { dateFormat } from "../format";
import type { ChartCardProps } from "./chart-card";
import { useChartFrame } from "./context";

const ExportDropdown = lazy(() => import("./export-dropdown"));

export type ExportKind = "png" | "png-transparent" | "svg" | "csv";

/** "25 Nov 2026" in the dashboard's locale. */
function today(locale: string): string {
  return dateFormat(locale, { day: "numeric", month: "short", year: "numeric" }).format(new Date());
}

/** The exports of one card; the export code itself loads on first use. */
export function useChartExports(props: ChartCardProps, body: RefObject<HTMLDivElement | null>) {
  const t = useTranslate();
  const locale = useGetLocale()() ?? "en";
  const frame = useChartFrame();
  const { message } = useFeedback();
  const [busy, setBusy] = useState(false);
  const spec = props.exportSpec;
  const source = spec?.source ?? frame.source;

  const request = (background: "white" | "transparent"): ChartImageRequest | null => {
    if (!body.current) return null;
    return {
      root: body.current,
      title: props.title,
      ...(props.subtitle ? { subtitle: props.subtitle } : {}),
      ...(spec?.legend?.length ? { legend: spec.legend } : {}),
      ...(frame.caption ? { caption: t("chartExport.filters", { filters: frame.caption }) } : {}),
      footer: [
        ...(spec?.notes ?? []),
        t("chartExport.dataAsOf", { date: today(locale) }),
        ...(source ? [t("chartExport.source", { source })] : []),
      ],
      background,
      // The page's direction, which the i18n module keeps in step with the locale.
      dir: document.documentElement.dir === "rtl" ? "rtl" : "ltr",
    };
  };
  const drawable = spec?.image !== false && !props.loading && !props.error && !props.empty;

  const run = async (kind: ExportKind) => {
    if (!spec) return;
    setBusy(true);
    try {
      const exports = await import("../../export/chart-export");
      if (kind === "csv") exports.downloadCsv(props.title, spec.columns, spec.rows);
      else {
        const req = request(kind === "png-transparent" ? "transparent" : "white");
        if (!req) return;
        if (kind === "svg") exports.downloadSvg(req);
        else await exports.downloadPng(req);
      }
    } catch (err) {
      console.error(err);
      void message.error(t("chartExport.failed"));
    } finally {
      setBusy(false);
    }
  };

  const handle = {
    caption: () => frame.caption,
    image: async () => {
      const req = drawable ? request("white") : null;
      if (!req) return null;
      const exports = await import("../../export/chart-export");
      return exports.pngDataUrl(req);
    },
  };
  return { run, busy, drawable, image: spec?.image !== false, handle };
}

/** The card's Export menu: an icon button (the title keeps the room), its name on hover and for screen readers. */
export function ExportMenu({ id, exports }: { id: string; exports: ReturnType<typeof useChartExports> }) {
  const t = useTranslate();
  const images = exports.image
    ? [
        { key: "png", label: t("chartExport.png"), disabled: !exports.drawable },
        { key: "png-transparent", label: t("chartExport.pngTransparent"), disabled: !exports.drawable },
        { key: "svg", label: t("chartExport.svg"), disabled: !exports.drawable },
      ]
    : [];
  const items = [...images, { key: "csv", label: t("chartExport.csv") }];
  // null until the first click: the dropdown's code is loaded then, and opens once it has come.
  const [open, setOpen] = useState<boolean | null>(null);
  const button = (
    <Tooltip title={t("chartExport.menu")} placement="top">
      <Button
        type="text"
        icon={<DownloadOutlined />}
        loading={exports.busy}
        data-testid={`${id}-export`}
        aria-label={t("chartExport.menu")}
        onClick={open === null ? () => setOpen(true) : undefined}
      />
    </Tooltip>
  );
  if (open === null) return button;
  return (
    <Suspense fallback={button}>
      <ExportDropdown
        items={items}
        onSelect={(key) => void exports.run(key as ExportKind)}
        open={open}
        onOpenChange={setOpen}
      >
        {button}
      </ExportDropdown>
    </Suspense>
  );
}
