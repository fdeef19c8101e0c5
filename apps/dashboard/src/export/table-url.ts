import type { CrudFilter, CrudSort } from "@refinedev/core";
import type { CsvColumn } from "@tbc/types";

/**
 * `GET /api/export/<resource>.csv?filters=…&sorters=…&columns=…&lang=…`: the server's export of a
 * table's full filtered result (every page), each parameter JSON then percent-encoded. `columns` are
 * the table's visible columns with the screen's titles, so that the file reads like the screen;
 * `lang` (plain) names the file and heads any column sent without a title in the reader's language.
 */
export function tableExportUrl(
  resource: string,
  query: { filters?: CrudFilter[]; sorters?: CrudSort[]; columns: readonly CsvColumn[]; lang?: string },
): string {
  const params = [
    ["filters", query.filters?.length ? query.filters : undefined],
    [
      "sorters",
      query.sorters?.length ? query.sorters.map(({ field, order }) => ({ field, order })) : undefined,
    ],
    ["columns", query.columns.map(({ key, label }) => ({ key, label }))],
  ] as const;
  const search = params
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}=${encodeURIComponent(JSON.stringify(value))}`)
    .concat(query.lang ? [`lang=${encodeURIComponent(query.lang)}`] : [])
    .join("&");
  return `/api/export/${encodeURIComponent(resource)}.csv?${search}`;
}

/**
 * `attachment; filename="agencies-2026-11-25.csv"` → the name, else a fallback; the UTF-8 name of
 * `filename*=UTF-8''…` (RFC 6266: a name in the reader's language, Arabic included) wins.
 */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const extended = disposition ? /filename\*=UTF-8''([^;\s]+)/i.exec(disposition) : null;
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      // A malformed name: the plain one below.
    }
  }
  const match = disposition ? /filename="?([^";]+)"?/i.exec(disposition) : null;
  return match?.[1] ?? fallback;
}
