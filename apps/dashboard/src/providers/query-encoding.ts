/**
 * Percent-encodes every string in a query object, keys untouched.
 *
 * @refinedev/react-router stringifies the query with `qs` and `encode: false`, so a filter value such
 * as "Asia & South Pacific" lands in the URL with a raw "&": the table still works until the page is
 * reloaded or the link is shared, and then the value is cut at the "&". Encoding the values before
 * they reach it gives a URL that refine's own parser (qs, which decodes) reads back exactly.
 */
export function encodeQueryValues<T>(value: T): T {
  if (typeof value === "string") return encodeURIComponent(value) as T;
  if (Array.isArray(value)) return value.map((v) => encodeQueryValues(v)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeQueryValues(v)])) as T;
  }
  return value;
}
