import { useSelect, useTranslate } from "@refinedev/core";
import type { RouterOutputs } from "@tbc/server";
import { DEFAULT_CRIME_AREAS } from "@tbc/types";
import { Tag } from "antd";
import { useCallback, useMemo } from "react";

type CrimeArea = RouterOutputs["crimeAreas"]["list"]["data"][number];

/**
 * One colour per crime area, the same in every chart, tag and legend. The nine published areas
 * have fixed colours (Tableau 10, distinguishable for the common colour-vision deficiencies);
 * areas managers add later get one of the spare colours, chosen by their code so it never changes.
 */
const FIXED: Record<string, string> = {
  "illicit goods/counterfeiting": "#4e79a7",
  pharmaceuticals: "#f28e2b",
  food: "#edc948",
  "wildlife/environment": "#59a14f",
  drugs: "#e15759",
  firearms: "#9c755f",
  "financial crime/fraud": "#76b7b2",
  cybercrime: "#b07aa1",
  "human trafficking": "#ff9da7",
};
const SPARE = ["#bab0ac", "#86bcb6", "#d37295", "#a0cbe8", "#ffbe7d", "#8cd17d", "#d4a6c8", "#79706e"];

export function crimeAreaColor(code: string): string {
  const fixed = FIXED[code];
  if (fixed) return fixed;
  let hash = 0;
  for (const ch of code) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return SPARE[hash % SPARE.length] as string;
}

/** Published areas first, in their usual order, then any added ones alphabetically. */
export function sortCrimeAreas(codes: Iterable<string>): string[] {
  const order = DEFAULT_CRIME_AREAS as readonly string[];
  const rank = (c: string) => (order.includes(c) ? order.indexOf(c) : order.length);
  return [...new Set(codes)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The translated name of a crime area; an added one without a translation shows its code. */
export function useCrimeAreaLabel(): (code: string) => string {
  const t = useTranslate();
  return useCallback((code: string) => t(`operations.crimeAreas.${code}`, code), [t]);
}

export function CrimeAreaTag({ code }: { code: string }) {
  const label = useCrimeAreaLabel();
  return (
    // A neutral tag with a colour swatch: readable on every palette colour, still matching the charts.
    // Flex, so that a long name wraps beside its swatch instead of under it.
    <Tag
      data-crime-area={code}
      style={{
        marginInlineEnd: 0,
        whiteSpace: "normal",
        maxWidth: "100%",
        display: "inline-flex",
        alignItems: "center",
      }}
    >
      <span
        aria-hidden="true"
        style={{
          flex: "none",
          width: 8,
          height: 8,
          borderRadius: 2,
          marginInlineEnd: 6,
          background: crimeAreaColor(code),
        }}
      />
      <span>{label(code)}</span>
    </Tag>
  );
}

/** Every crime area of the reference list, as select options (searchable in the browser). */
export function useCrimeAreaSelect() {
  const label = useCrimeAreaLabel();
  const { query } = useSelect<CrimeArea>({
    resource: "crimeAreas",
    optionLabel: "code",
    optionValue: "code",
    pagination: { mode: "off" },
    queryOptions: { staleTime: 5 * 60 * 1000 },
  });
  const options = useMemo(
    () =>
      sortCrimeAreas((query.data?.data ?? []).map((a) => a.code)).map((code) => ({
        value: code,
        label: label(code),
      })),
    [query.data, label],
  );
  return {
    selectProps: {
      options,
      loading: query.isLoading,
      showSearch: true,
      optionFilterProp: "label",
      filterOption: true,
    },
    refetch: query.refetch,
  };
}
