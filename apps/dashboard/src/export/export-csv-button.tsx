import { DownloadOutlined } from "@ant-design/icons";
import type { CrudFilter, CrudSort } from "@refinedev/core";
import { useGetLocale, useTranslate } from "@refinedev/core";
import type { CsvColumn } from "@tbc/types";
import { Button, Tooltip } from "antd";
import { useState } from "react";
import { useFeedback } from "../components/feedback";
import { saveBlob } from "./download";
import { fileNameOf, tableExportUrl } from "./table-url";

/**
 * "Export CSV" for a table: the server writes every row that matches the table's current filters
 * and sort (not just the page on screen), with the visible columns under their screen titles.
 * Fetched rather than navigated to, so that a refusal (403, 401) is a message, not a JSON file.
 */
export function ExportCsvButton({
  resource,
  filters,
  sorters,
  columns,
}: {
  resource: string;
  filters?: CrudFilter[];
  sorters?: CrudSort[];
  columns: readonly CsvColumn[];
}) {
  const t = useTranslate();
  const locale = useGetLocale()() ?? "en";
  const { message } = useFeedback();
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const response = await fetch(tableExportUrl(resource, { filters, sorters, columns, lang: locale }), {
        credentials: "same-origin",
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { message?: string } | null;
        throw new Error(body?.message ?? String(response.status));
      }
      const name = fileNameOf(response.headers.get("content-disposition"), `${resource}.csv`);
      saveBlob(await response.blob(), name);
    } catch (err) {
      void message.error(
        t("chartExport.tableFailed", { message: err instanceof Error ? err.message : String(err) }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Tooltip title={t("chartExport.tableCsvHint")}>
      <Button icon={<DownloadOutlined />} loading={busy} onClick={run} data-testid={`export-${resource}-csv`}>
        {t("chartExport.tableCsv")}
      </Button>
    </Tooltip>
  );
}
