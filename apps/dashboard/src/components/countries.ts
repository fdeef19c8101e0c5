import { useSelect } from "@refinedev/core";
import type { Country } from "@tbc/types";
import { useMemo } from "react";

/**
 * All 249 countries for a searchable Select. The server returns the whole list in one go (pagination
 * "off"), so the search runs in the browser on the label (`optionFilterProp`) instead of refine's
 * default server-side search, and nothing is fetched per keystroke.
 */
export function useCountrySelect() {
  const { options, query } = useSelect<Country>({
    resource: "countries",
    optionLabel: "name",
    optionValue: "code",
    pagination: { mode: "off" },
    sorters: [{ field: "name", order: "asc" }],
    queryOptions: { staleTime: 60 * 60 * 1000 },
  });
  const names = useMemo(
    () => new Map((query.data?.data ?? []).map((c) => [c.code, c.name] as const)),
    [query.data],
  );
  return {
    selectProps: {
      options,
      loading: query.isLoading,
      showSearch: true,
      allowClear: true,
      optionFilterProp: "label",
      filterOption: true,
    },
    countryName: (code: string | null | undefined) => (code ? (names.get(code) ?? code) : undefined),
  };
}
