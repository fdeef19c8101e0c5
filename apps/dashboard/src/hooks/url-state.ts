import qs from "qs";
import type { z } from "zod";
import type { UrlFields } from "./url-fields";

/**
 * A page's state in the URL query, both ways, for `useUrlState`. The query is read with `qs`, the
 * parser refine and its router bindings use, so that the list pages keep their
 * `filters[0][field]=…` links (drill-downs, bookmarks) and the analytics pages their flat
 * `?region=Europe&crimeArea=a&crimeArea=b`.
 */
/** What zod's schemas and url-fields.ts's have in common, all that is read of a field here. */
type AnyField = {
  safeParse(value: unknown): { success: boolean; data?: unknown };
  def?: { type?: string };
};

export type UrlSchema = z.ZodObject<z.ZodRawShape> | { shape: Record<string, AnyField> };

/** The state a schema reads: zod's output, or the type a zod-free schema (url-fields.ts) declares. */
export type UrlState<S extends UrlSchema> =
  S extends z.ZodObject<z.ZodRawShape> ? z.infer<S> : S extends UrlFields<infer T> ? T : never;

/** How arrays are written: `a[0]=x&a[1]=y` (lists of objects need it) or `a=x&a=y`. */
export type ArrayFormat = "indices" | "repeat";

// Generous bounds for a hand-edited URL: qs turns an array past `arrayLimit` into an object, which
// the schema then drops.
const PARSE = { ignoreQueryPrefix: true, depth: 6, arrayLimit: 200, parameterLimit: 500 } as const;

/** qs reads `?a=x` as "x" and `?a=x&a=y` as ["x", "y"]: a list field takes either. */
function isListSchema(schema: AnyField): boolean {
  const def = (schema as { def?: { type?: string; innerType?: AnyField; in?: AnyField } }).def;
  if (!def) return false;
  if (def.type === "array") return true;
  // Through .optional()/.default() (innerType) and .transform()/.pipe() (in).
  const inner = def.innerType ?? (def.type === "pipe" ? def.in : undefined);
  return inner ? isListSchema(inner) : false;
}

/**
 * Each field of the schema is validated on its own: an invalid or missing value is dropped (the
 * schema's default, if it has one, takes its place), so that a mistyped URL still opens the page.
 */
export function parseQuery<S extends UrlSchema>(schema: S, search: string): UrlState<S> {
  const raw = qs.parse(search, PARSE) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape) as [string, AnyField][]) {
    let value = raw[key];
    if (value !== undefined && !Array.isArray(value) && isListSchema(field) && typeof value !== "object") {
      value = [value];
    }
    const parsed = field.safeParse(value);
    if (parsed.success) {
      if (parsed.data !== undefined) out[key] = parsed.data;
      continue;
    }
    const fallback = field.safeParse(undefined);
    if (fallback.success && fallback.data !== undefined) out[key] = fallback.data;
  }
  return out as UrlState<S>;
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);

/**
 * The state as a query string (no "?"). Empty values and values equal to the schema's default are
 * left out, so that the plain page has a plain URL; `order` puts the keys in a fixed order.
 */
export function serializeQuery<S extends UrlSchema>(
  schema: S,
  state: Partial<UrlState<S>>,
  options: { arrays?: ArrayFormat } = {},
): string {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape) as [string, AnyField][]) {
    const value = (state as Record<string, unknown>)[key];
    if (isEmpty(value)) continue;
    const fallback = field.safeParse(undefined);
    if (fallback.success && JSON.stringify(fallback.data) === JSON.stringify(value)) continue;
    out[key] = value;
  }
  return qs.stringify(out, {
    arrayFormat: options.arrays ?? "repeat",
    encodeValuesOnly: true,
    skipNulls: true,
  });
}
