/**
 * Zod-free URL schemas for `useUrlState` (url-state.ts reads a schema only through `shape`, each
 * field's `safeParse` and, for a list, `def.type`). The overview, the landing page, parses its URL
 * with these so that zod (≈25 kB gzip) is not among what it loads before its charts are drawn; the
 * other pages keep their zod schemas. Each field answers as the zod schema it stands for would:
 * `.optional()` accepts a missing value, `.default(d)` answers `d` for it, anything else invalid fails.
 */
type Parsed<T> = { success: true; data: T } | { success: false; data?: undefined };

export type UrlField<T> = { safeParse(value: unknown): Parsed<T>; def?: { type: string } };

/** A schema of fields, typed by the state it reads (`T`, each key's field answering `T[key]`). */
export type UrlFields<T> = { shape: { [K in keyof T]-?: UrlField<T[K]> } };

export function urlFields<T>(shape: { [K in keyof T]-?: UrlField<T[K]> }): UrlFields<T> {
  return { shape };
}

const FAIL = { success: false } as const;

/** A required field, with `.optional()` and `.default()` as in zod. */
class Field<T> implements UrlField<T> {
  constructor(
    private readonly check: (value: unknown) => Parsed<T>,
    readonly def?: { type: string },
  ) {}

  safeParse(value: unknown): Parsed<T> {
    return value === undefined ? FAIL : this.check(value);
  }

  optional(): UrlField<T | undefined> {
    return {
      def: this.def,
      safeParse: (value) => (value === undefined ? { success: true, data: undefined } : this.check(value)),
    };
  }

  default(fallback: T): UrlField<T> {
    return {
      def: this.def,
      safeParse: (value) => (value === undefined ? { success: true, data: fallback } : this.check(value)),
    };
  }
}

/** One of `values` (z.enum). */
export function oneOf<const V extends readonly string[]>(values: V): Field<V[number]> {
  return new Field((value) =>
    typeof value === "string" && values.includes(value) ? { success: true, data: value } : FAIL,
  );
}

/** A string that passes `test` (z.string().refine(test)). */
export function text(test: (value: string) => boolean): Field<string> {
  return new Field((value) =>
    typeof value === "string" && test(value) ? { success: true, data: value } : FAIL,
  );
}

/** A list of strings, made what `clean` makes of it (z.array(z.string()).transform(clean)). */
export function stringList(clean: (values: string[]) => string[]): Field<string[]> {
  return new Field(
    (value) =>
      Array.isArray(value) && value.every((v) => typeof v === "string")
        ? { success: true, data: clean(value) }
        : FAIL,
    { type: "array" },
  );
}
