import type { z } from "zod";

/**
 * A z.object's `safeParse`, field by field, each field's outcome remembered for the distinct values it
 * has seen. An import checks millions of rows whose days, channels, countries and empty metric cells
 * repeat: parsing the object costed ~20 µs a row, the largest cost after SQLite itself, and a value seen
 * before costs a Map look-up. Same schema, same outcome: the data, and every issue with its path, code
 * and message, as the object's own `safeParse` gives them (test/fieldwise.test.ts holds them equal).
 *
 * Only for an object whose fields are checked each on its own: a rule across fields (`.refine` on the
 * object), a catch-all (strict or loose objects) or a field whose output is not a plain value would be
 * outcomes this cannot remember, so such a schema is refused when it is wrapped.
 */

type Issue = z.core.$ZodIssue;
type Outcome = { ok: true; data: unknown } | { ok: false; issues: Issue[] };
export type FieldwiseResult<T> = { success: true; data: T } | { success: false; error: { issues: Issue[] } };

/** Distinct values remembered per field; past it the field starts again (metrics rarely repeat). */
const REMEMBERED = 10_000;

const isPlain = (v: unknown) => v === null || (typeof v !== "object" && typeof v !== "function");

export function fieldwise<T extends z.ZodObject>(
  schema: T,
): { safeParse(input: unknown): FieldwiseResult<z.output<T>> } {
  const def = schema._zod.def;
  if (def.checks?.length || def.catchall)
    throw new Error("fieldwise: the object has rules across its fields or a catch-all");
  const fields = Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, field]) => ({
    key,
    field,
    seen: new Map<unknown, Outcome>(),
  }));

  function outcome(f: (typeof fields)[number], value: unknown): Outcome {
    // Strings are what repeats (days, codes) and what costs (patterns, refinements); a number or null
    // is checked faster than it is looked up.
    const text = typeof value === "string";
    const known = text ? f.seen.get(value) : undefined;
    if (known) return known;
    const r = f.field.safeParse(value);
    const out: Outcome = r.success ? { ok: true, data: r.data } : { ok: false, issues: r.error.issues };
    // A plain value out can be shared by every row that has it; an object could be changed by one.
    if (text && (!out.ok || isPlain(out.data))) {
      if (f.seen.size >= REMEMBERED) f.seen.clear();
      f.seen.set(value, out);
    }
    return out;
  }

  return {
    safeParse(input) {
      // Anything but a plain record is the object's own business (its "expected object" issue).
      if (typeof input !== "object" || input === null || Array.isArray(input))
        return schema.safeParse(input) as FieldwiseResult<z.output<T>>;
      const record = input as Record<string, unknown>;
      const data: Record<string, unknown> = {};
      let issues: Issue[] | null = null;
      for (const f of fields) {
        const value = record[f.key];
        const o = outcome(f, value);
        if (!o.ok) {
          issues ??= [];
          for (const issue of o.issues) issues.push({ ...issue, path: [f.key, ...issue.path] });
        } else if (o.data !== undefined || f.key in record) data[f.key] = o.data;
      }
      return issues ? { success: false, error: { issues } } : { success: true, data: data as z.output<T> };
    },
  };
}
