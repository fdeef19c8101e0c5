import { useTranslate } from "@refinedev/core";
import type { TablePaginationConfig } from "antd";
import { currentLocale } from "../i18n";
import { formatCount } from "./format";

/**
 * A list's pagination with its total ("1–20 of 72"), the same words on every list page. `extra`
 * adds the page's own options (size changer). No pagination stays none.
 */
export function useListPagination(
  pagination: TablePaginationConfig | false | undefined,
  extra?: TablePaginationConfig,
): TablePaginationConfig | false | undefined {
  const t = useTranslate();
  if (!pagination) return pagination;
  const n = (v: number) => formatCount(v, currentLocale());
  return {
    ...pagination,
    ...extra,
    showTotal: (total, [from, to]) => t("table.range", { from: n(from), to: n(to), total: n(total) }),
  };
}
