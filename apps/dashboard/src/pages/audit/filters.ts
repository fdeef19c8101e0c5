import type { CrudFilter } from "@refinedev/core";
import dayjs from "dayjs";
import { type Binding, bind } from "../../components/filter-bar/list-filters";

/** Entities the audit log records (@tbc/types); exports record the exported list's resource. */
export { AUDIT_ENTITIES } from "@tbc/types";

/** A period of whole days (YYYY-MM-DD) → `at` between two ISO timestamps (start of the first, end of the last). */
export function periodToRange(period: [string, string] | undefined): [string, string] | undefined {
  const [from, to] = period ?? [];
  if (!from || !to) return undefined;
  return [dayjs(from).startOf("day").toISOString(), dayjs(to).endOf("day").toISOString()];
}

const isPeriod = (f: CrudFilter) => "field" in f && f.field === "at" && f.operator === "between";

/** The audit filter bar ↔ refine filters. */
export const AUDIT_BINDINGS: Binding[] = [
  bind("userEmail", "userEmail", "contains"),
  bind("entity", "entity", "eq"),
  bind("action", "action", "eq"),
  {
    owns: isPeriod,
    read: (filters) => {
      const range = filters.find(isPeriod)?.value;
      if (!Array.isArray(range) || range.length !== 2) return {};
      const days = range.map((d) => dayjs(String(d)));
      return days.every((d) => d.isValid()) ? { period: days.map((d) => d.format("YYYY-MM-DD")) } : {};
    },
    write: ({ period }) => {
      const range = periodToRange(period as [string, string] | undefined);
      return range ? [{ field: "at", operator: "between", value: range }] : [];
    },
  },
];
