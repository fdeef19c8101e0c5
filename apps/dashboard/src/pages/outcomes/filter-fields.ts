import { useTranslate } from "@refinedev/core";
import { useCountrySelect } from "../../components/countries";
import { useCrimeAreaSelect } from "../../components/crime-areas";
import type { FilterField } from "../../components/filter-bar/filter-bar";
import { useVocabulary } from "../../components/labels";

/** The Outcomes page's filters; a typed year applies once it is a whole year (1990–2100). */
export function useOutcomeFilterFields(): FilterField[] {
  const t = useTranslate();
  const vocabulary = useVocabulary();
  const countries = useCountrySelect();
  const crimeAreas = useCrimeAreaSelect();
  return [
    {
      type: "numberRange",
      keys: ["yearFrom", "yearTo"],
      label: t("outcomes.filters.years"),
      placeholders: [t("outcomes.filters.from"), t("outcomes.filters.to")],
      min: 1990,
      max: 2100,
      debounce: 500,
      col: { xs: 24, md: 12, xl: 5 },
    },
    {
      type: "select",
      key: "region",
      label: t("outcomes.filters.region"),
      placeholder: t("outcomes.filters.anyRegion"),
      select: { options: vocabulary.regionOptions },
      testId: "outcome-region",
      col: { xs: 24, md: 12, xl: 5 },
    },
    {
      type: "select",
      key: "countryCode",
      label: t("outcomes.filters.country"),
      placeholder: t("outcomes.filters.anyCountry"),
      select: countries.selectProps,
      col: { xs: 24, md: 12, xl: 5 },
    },
    {
      type: "select",
      key: "crimeAreas",
      multiple: true,
      label: t("outcomes.filters.crimeAreas"),
      placeholder: t("outcomes.filters.anyCrimeArea"),
      select: crimeAreas.selectProps,
      testId: "outcome-crime-areas",
      col: { xs: 24, md: 12, xl: 7 },
    },
  ];
}
