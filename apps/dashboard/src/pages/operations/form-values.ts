import { type OperationDetail, ZOperationValues } from "@tbc/types";

export type OperationField = keyof typeof ZOperationValues.shape;
export const OPERATION_FIELDS = Object.keys(ZOperationValues.shape) as OperationField[];

/** A loaded operation → the form's fields: its countries become `countryCodes`. */
export function toOperationFormValues(
  record: Partial<OperationDetail> | undefined,
): Record<string, unknown> | undefined {
  if (!record) return undefined;
  const { countries, ...rest } = record;
  return { ...rest, countryCodes: (countries ?? []).map((c) => c.code) };
}

/**
 * Only the schema's fields go to the server (a loaded record also carries id, audit, seizures…).
 * An empty input is unknown and goes as null — never 0 — and an empty country list as [].
 */
export function pickOperationValues(values: Record<string, unknown>): Record<OperationField, unknown> {
  const out = {} as Record<OperationField, unknown>;
  for (const field of OPERATION_FIELDS) out[field] = toSentValue(field, values[field]);
  return out;
}

/** One field's form value as it is sent (see pickOperationValues); the field rules check this. */
export function toSentValue(field: OperationField, v: unknown): unknown {
  if (field === "countryCodes") return Array.isArray(v) ? v : [];
  return v === undefined || v === "" ? null : v;
}

/** Cross-field checks (period order, listed countries vs count) that per-field rules cannot see. */
export function checkOperationValues(values: Record<OperationField, unknown>) {
  const result = ZOperationValues.safeParse(values);
  return result.success ? [] : result.error.issues;
}
