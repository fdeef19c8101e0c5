import { useGetLocale, useTranslate } from "@refinedev/core";
import type { TablePaginationConfig } from "antd";

/**
 * A list's pagination with its total ("1–20 of 72"), the same words on every list page. `extra`
 * adds the page's own options (size changer). No pagination stays none. The locale comes through
 * refine (not ../i18n or ./format): importing those here would split them out of the shell's chunk.
 */
export function useListPagination(
  pagination: TablePaginationConfig | false | undefined,
  extra?: TablePaginationConfig,
): TablePaginationConfig | false | undefined {
  const t = useTranslate();
  const locale = useGetLocale()();
  if (!pagination) return pagination;
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const n = (v: number) => format.format(v);
  return {
    ...pagination,
    ...extra,
    showTotal: (total, [from, to]) => t("table.range", { from: n(from), to: n(to), total: n(total) }),
  };
}
