import type { CrudFilter } from "@refinedev/core";
import dayjs, { type Dayjs } from "dayjs";

/** The audit filter bar (named apart from the API fields, as on the other lists). */
export type AuditSearch = {
  userContains?: string;
  entityEq?: string;
  actionEq?: string;
  period?: [Dayjs | null, Dayjs | null];
};

/** Entities the audit log records (@tbc/types); exports record the exported list's resource. */
export { AUDIT_ENTITIES } from "@tbc/types";

/** A period of whole days → `at` between two ISO timestamps (start of the first, end of the last). */
export function periodToRange(period: AuditSearch["period"]): [string, string] | undefined {
  const [from, to] = period ?? [];
  if (!from || !to) return undefined;
  return [from.startOf("day").toISOString(), to.endOf("day").toISOString()];
}

export function toAuditFilters(search: AuditSearch): CrudFilter[] {
  const text = search.userContains?.trim();
  return [
    { field: "userEmail", operator: "contains", value: text || undefined },
    { field: "entity", operator: "eq", value: search.entityEq || undefined },
    { field: "action", operator: "eq", value: search.actionEq || undefined },
    { field: "at", operator: "between", value: periodToRange(search.period) },
  ];
}

/** The other way, for a URL opened directly or the back button. */
export function fromAuditFilters(filters: CrudFilter[]): AuditSearch {
  const find = (field: string, operator: string) =>
    filters.find((f) => "field" in f && f.field === field && f.operator === operator)?.value;
  const one = (v: unknown) => (v === undefined || v === null || v === "" ? undefined : String(v));
  const range = find("at", "between");
  const period =
    Array.isArray(range) && range.length === 2
      ? ([dayjs(String(range[0])), dayjs(String(range[1]))] as [Dayjs, Dayjs])
      : undefined;
  return {
    userContains: one(find("userEmail", "contains")),
    entityEq: one(find("entity", "eq")),
    actionEq: one(find("action", "eq")),
    period: period?.every((d) => d.isValid()) ? period : undefined,
  };
}
