import { z } from "zod";
import { issueCode } from "./issue-codes";
import { formatMessage } from "./messages";

/**
 * The building blocks every schema uses, so that what reaches SQL always fits its column on both
 * databases: PostgreSQL refuses a NUL inside text and an integer above 2^31 − 1 in an `integer`
 * column with an internal error, and SQLite would store either silently.
 */

/** The largest value of an `integer` column (ids, versions, counts of rows). */
export const INT32_MAX = 2_147_483_647;
/** The largest figure a `bigint` column holds that a JavaScript number still represents exactly. */
export const MAX_FIGURE = 1e13;

/** NUL, or half of a surrogate pair (what a file cut inside a character, or a bad client, produces). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is this expression's purpose.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_MESSAGE = formatMessage("validation.unstorable");

/** True when a string holds a character no column can store. */
export function hasUnstorableCharacter(value: string): boolean {
  return UNSTORABLE.test(value);
}

/** Every string the API accepts: text a column can store. Chain `.trim()`, `.max()`… as on z.string(). */
export const zText = () => z.string().refine((v) => !hasUnstorableCharacter(v), UNSTORABLE_MESSAGE);

/** An id or a version: a positive `integer`. */
export const zId = () =>
  z.number().int("Must be a whole number").positive("Must be positive").max(INT32_MAX, "Is too large");

/** A real calendar day as YYYY-MM-DD: 2024-02-30 and 2024-13-01 match the pattern but are no day. */
export const zCalendarDay = () =>
  zText()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date as YYYY-MM-DD")
    .refine(isCalendarDay, "Not a real date");

export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  // Date.parse rolls 2014-02-31 over to March: a real date is one that reads back the same.
  const t = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
}

/** A month as YYYY-MM (01–12). */
export const zMonth = () => zText().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Use a month as YYYY-MM");

/**
 * PATCH values: only the fields given are validated and returned, each by its own rule. Not
 * `.partial()`: zod runs a field's default or `nullish → null` transform on a missing key, and a
 * PATCH would then blank every field it did not name.
 */
export function zPatch<T extends z.ZodObject>(
  schema: T,
): z.ZodType<Partial<z.output<T>>, Partial<z.input<T>>> {
  const shape: Record<string, z.ZodType> = schema.shape;
  return z.looseObject({}).transform((input, ctx) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(input)) {
      const field = shape[key];
      // Unknown keys are dropped, as z.object does.
      if (!field || value === undefined) continue;
      const parsed = field.safeParse(value);
      if (parsed.success) out[key] = parsed.data;
      // Re-raised as custom issues, which lose their kind: the code goes along (issue-codes.ts).
      else
        for (const issue of parsed.error.issues)
          ctx.addIssue({
            code: "custom",
            path: [key, ...issue.path],
            message: issue.message,
            params: issueCode(issue),
          });
    }
    return out as Partial<z.output<T>>;
  }) as unknown as z.ZodType<Partial<z.output<T>>, Partial<z.input<T>>>;
}
