import { coded, issueCode, type OperationValuesParsed, ZOperationValues } from "@tbc/types";
import { FieldError } from "../errors";
import type { Executor } from "../schema";

/** An operation as its audit entries record it: every value a form or a file can set, and what is derived. */
export type OperationRecord = OperationValuesParsed & { announcedOn: string | null };

/** The columns of an operation's values: what a form or a file can set (one list for every read of them). */
export const OPERATION_COLUMNS = [
  "name",
  "editionYear",
  "periodStart",
  "periodEnd",
  "crimeArea",
  "region",
  "countriesCount",
  "summary",
  "raids",
  "arrests",
  "underInvestigation",
  "seizedValueUsd",
  "seizureDescription",
  "sourceTitle",
  "sourceUrl",
  "reliability",
  "caveats",
] as const;

/** The rules across fields (period, country count) hold for the merged record, not only for a patch. */
export function validated(merged: Record<string, unknown>): OperationValuesParsed {
  const parsed = ZOperationValues.safeParse(merged);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const { code, params } = issue ? issueCode(issue) : coded("validation.invalid");
  throw new FieldError(String(issue?.path[0] ?? "name"), code, params);
}

/**
 * Codes already found to exist in this transaction: a file's thousand rows check "pharmaceuticals" and
 * "FR" once, not a thousand times. Reference tables only grow inside an import's transaction.
 */
export type KnownReferences = { crimeAreas: Set<string>; countries: Set<string> };
export const knownReferences = (): KnownReferences => ({ crimeAreas: new Set(), countries: new Set() });

/** Throws a FieldError when a crime area or a country code does not exist. */
export async function assertOperationReferences(
  db: Executor,
  values: OperationValuesParsed,
  known: KnownReferences = knownReferences(),
): Promise<void> {
  if (!known.crimeAreas.has(values.crimeArea)) {
    const area = await db
      .selectFrom("crimeAreas")
      .select("code")
      .where("code", "=", values.crimeArea)
      .executeTakeFirst();
    if (!area) throw new FieldError("crimeArea", "reference.unknown_crime_area", { code: values.crimeArea });
    known.crimeAreas.add(values.crimeArea);
  }
  const unchecked = values.countryCodes.filter((c) => !known.countries.has(c));
  if (unchecked.length) {
    const found = await db.selectFrom("countries").select("code").where("code", "in", unchecked).execute();
    const missing = unchecked.filter((c) => !found.some((f) => f.code === c));
    if (missing.length)
      throw new FieldError("countryCodes", "reference.unknown_country", { code: missing.join(", ") });
    for (const c of unchecked) known.countries.add(c);
  }
}
