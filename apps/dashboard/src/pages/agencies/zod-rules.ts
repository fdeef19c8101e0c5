import { ZAgencyValues } from "@tbc/types";
import type { Rule } from "antd/es/form";
import { type Translate, zodRules } from "../../components/zod-rules";

export type AgencyField = keyof typeof ZAgencyValues.shape;
export const AGENCY_FIELDS = Object.keys(ZAgencyValues.shape) as AgencyField[];

const agencyRule = zodRules(ZAgencyValues.shape, "agencies.validation");

/**
 * An antd rule that checks one field with the very schema the server uses (@tbc/types), so that
 * the browser and the API can never disagree on what is valid. The message is translated by field
 * and zod issue code (agencies.validation.<field>.<code>), falling back to the schema's English.
 */
export function zodRule(field: AgencyField, t: Translate): Rule {
  return agencyRule(field, t);
}

/** Only the schema's fields go to the server (a loaded record also carries id, status, audit...). */
export function pickAgencyValues(values: Record<string, unknown>): Record<AgencyField, unknown> {
  const out = {} as Record<AgencyField, unknown>;
  for (const field of AGENCY_FIELDS) {
    const v = values[field];
    out[field] = v === undefined || v === "" ? null : v;
  }
  return out;
}
