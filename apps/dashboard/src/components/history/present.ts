import { useTranslate } from "@refinedev/core";
import { useMemo } from "react";

/** Fields whose values are codes with translated names, per resource dictionary. */
const VOCABULARIES: Record<string, Record<string, string>> = {
  agencies: { kind: "agencies.kinds", status: "agencies.statuses", region: "regions" },
  users: { role: "roles" },
};

/** Fields whose form label would be ambiguous next to another one in a list of changes. */
const LABELS: Record<string, Record<string, string>> = {
  agencies: { countryCode: "history.fields.countryCode" },
  operations: { importId: "history.fields.importId" },
};

export type FieldPresenter = {
  label: (field: string) => string;
  value: (field: string, value: unknown) => unknown;
};

/**
 * How a record's fields read in a history: labels from `<prefix>.fields.*` (the forms' own words),
 * coded values through their vocabularies ("national_police" → "National police"). Without a prefix
 * (an entity the dashboard has no screens for) names and values show as stored.
 */
export function useFieldPresenter(prefix: string | undefined): FieldPresenter {
  const t = useTranslate();
  return useMemo(
    () => ({
      label: (field) => (prefix ? t(LABELS[prefix]?.[field] ?? `${prefix}.fields.${field}`, field) : field),
      value: (field, value) => {
        const vocabulary = prefix ? VOCABULARIES[prefix]?.[field] : undefined;
        return vocabulary && typeof value === "string" ? t(`${vocabulary}.${value}`, value) : value;
      },
    }),
    [prefix, t],
  );
}
