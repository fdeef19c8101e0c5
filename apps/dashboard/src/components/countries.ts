import { useGetLocale, useList, useSelect } from "@refinedev/core";
import type { Country } from "@tbc/types";
import { useMemo } from "react";
import { countryName as localName } from "../i18n";

/**
 * All 249 countries for a searchable Select. The server returns the whole list in one go (pagination
 * "off"), so the search runs in the browser on the label (`optionFilterProp`) instead of refine's
 * default server-side search, and nothing is fetched per keystroke. Names are in the current
 * language (i18n-iso-countries' locale data, see i18n/locale-data.ts), sorted and searched as shown.
 */
// The same list, the same query (one request, one cache entry) for the select and for names alone.
const LIST = {
  resource: "countries",
  pagination: { mode: "off" as const },
  sorters: [{ field: "name", order: "asc" as const }],
  queryOptions: { staleTime: 60 * 60 * 1000 },
};

export function useCountrySelect() {
  const locale = useGetLocale()() ?? "en";
  const { query } = useSelect<Country>({ ...LIST, optionLabel: "name", optionValue: "code" });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the names change with the locale
  const names = useMemo(
    () => new Map((query.data?.data ?? []).map((c) => [c.code, localName(c.code, c.name)] as const)),
    [query.data, locale],
  );
  const options = useMemo(() => {
    const collator = new Intl.Collator(locale);
    return [...names]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [names, locale]);
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

/**
 * A row's country as shown: its name in the current language for its code (i18n-iso-countries'
 * locale data), else the name the server sent. Re-renders the caller when the language changes.
 */
export function useCountryName(): (
  code: string | null | undefined,
  name: string | null | undefined,
) => string | undefined {
  useGetLocale()();
  return (code, name) => (code ? localName(code, name ?? code) : (name ?? undefined));
}

/**
 * A country's name for its code, in the current language (the server's name when the language has
 * none of its own), without the select's options: the countries sorted for a Select cost the
 * overview's first drawing ~40 ms of main thread for a caption that names one country.
 */
export function useCountryNames(): (code: string | null | undefined) => string | undefined {
  useGetLocale()();
  const { result } = useList<Country>(LIST);
  const names = useMemo(
    () => new Map((result.data ?? []).map((c) => [c.code, c.name] as const)),
    [result.data],
  );
  return (code) => (code ? localName(code, names.get(code) ?? code) : undefined);
}
