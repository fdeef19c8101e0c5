import { useTranslate } from "@refinedev/core";
import type { OutcomeFilters } from "@tbc/types";
import { useCountryNames } from "../countries";
import { useCrimeAreaLabel } from "../crime-areas";
import { useVocabulary } from "../labels";

/** The Outcomes page's filters in words, for the caption of its exports ("Years: 2010–2015 · …"). */
export function useOutcomeCaption(filters: OutcomeFilters): string {
  const t = useTranslate();
  const vocabulary = useVocabulary();
  const countryName = useCountryNames();
  const area = useCrimeAreaLabel();
  const parts: string[] = [];
  const { yearFrom, yearTo } = filters;
  if (yearFrom !== undefined || yearTo !== undefined) {
    parts.push(t("chartExport.caption.years", { from: yearFrom ?? "…", to: yearTo ?? "…" }));
  }
  if (filters.region)
    parts.push(t("chartExport.caption.region", { value: vocabulary.region(filters.region) }));
  if (filters.countryCode) {
    parts.push(t("chartExport.caption.country", { value: countryName(filters.countryCode) }));
  }
  if (filters.crimeAreas?.length) {
    parts.push(t("chartExport.caption.crimeAreas", { value: filters.crimeAreas.map(area).join(", ") }));
  }
  return parts.length ? parts.join(" · ") : t("chartExport.caption.none");
}
