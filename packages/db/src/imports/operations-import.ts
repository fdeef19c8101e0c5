import {
  OPERATIONS_CSV_HEADER,
  type OperationsCsvColumn,
  type OperationValuesParsed,
  ZOperationValues,
} from "@tbc/types";
import { resolveCountryName } from "../countries/countries.data";

import type { Executor } from "../schema";
import { integerCell, quoted } from "./csv";
import type { FieldSource, ImportRules } from "./pipeline";

export type ValidRow = { line: number; values: OperationValuesParsed };

/** A stored operation as the import compares it: the imported columns, countries as "FR,US". */
export type StoredOperation = Record<string, unknown> & { id: number; countries: string };

/** A column read as a whole number: empty is unknown (null). */
const integer = (column: OperationsCsvColumn): FieldSource<unknown> => ({ column, read: integerCell });

/**
 * Each schema field from its column of operations.csv (errors name the column the user sees).
 * `month` is `YYYY-MM` or `YYYY-MM/YYYY-MM`; `countries` are `; `-separated names mapped to ISO codes.
 */
const FIELDS: Record<string, FieldSource<unknown>> = {
  name: { column: "operation" },
  editionYear: integer("edition_year"),
  periodStart: { column: "month", read: (cell, row) => monthsOf(cell, row)[0] },
  periodEnd: { column: "month", read: (cell) => monthsOf(cell)[1] },
  crimeArea: { column: "crime_area" },
  region: { column: "region" },
  countriesCount: integer("countries_count"),
  countryCodes: { column: "countries", read: countryCodesOf },
  raids: integer("raids"),
  arrests: integer("arrests"),
  underInvestigation: integer("under_investigation"),
  seizedValueUsd: integer("seized_value_usd"),
  seizureDescription: { column: "seizure_description" },
  sourceTitle: { column: "source_title" },
  sourceUrl: { column: "source_url" },
};

type Reporter = { report(column: string, message: string): void };

/**
 * `YYYY-MM` or `YYYY-MM/YYYY-MM` → [start, end]; more parts are reported (once: by the start's read),
 * never cut off to the first two.
 */
function monthsOf(cell: string, row?: Reporter): [string | null, string | null] {
  if (!cell) return [null, null];
  const parts = cell.split("/");
  if (parts.length > 2) {
    row?.report("month", `Use a month as YYYY-MM or a period as YYYY-MM/YYYY-MM, not ${quoted(cell)}`);
    return [null, null];
  }
  return [parts[0] || null, parts[1] ?? null];
}

/** More names than there are countries (the schema allows 250 codes): refused before any is looked up. */
export const MAX_COUNTRY_NAMES = 300;

/** Country names → ISO codes; a name that does not map is reported (the schema cannot see it). */
function countryCodesOf(cell: string, row: Reporter): string[] {
  const names = cell
    .split(";")
    .map((n) => n.trim())
    .filter(Boolean);
  if (names.length > MAX_COUNTRY_NAMES) {
    row.report(
      "countries",
      `At most ${MAX_COUNTRY_NAMES} countries in one cell; this one lists ${names.length.toLocaleString("en")}`,
    );
    return [];
  }
  const codes: string[] = [];
  for (const name of names) {
    const code = resolveCountryName(name);
    if (code) codes.push(code);
    else row.report("countries", `Unknown country ${quoted(name)}`);
  }
  return [...new Set(codes)];
}

const keyOf = (v: { name: string; editionYear: number }) => `${v.name}\u0000${v.editionYear}`;

/** Only the columns the CSV carries: an import never touches summary, grade or caveats. */
export const IMPORTED = [
  "periodStart",
  "periodEnd",
  "crimeArea",
  "region",
  "countriesCount",
  "raids",
  "arrests",
  "underInvestigation",
  "seizedValueUsd",
  "seizureDescription",
  "sourceTitle",
  "sourceUrl",
] as const;

export async function existingByKey(db: Executor, rows: ValidRow[]) {
  const names = [...new Set(rows.map((r) => r.values.name))];
  const found = new Map<string, StoredOperation>();
  for (let i = 0; i < names.length; i += 500) {
    const chunk = await db
      .selectFrom("operations as o")
      .select(["o.id", "o.name", "o.editionYear", ...IMPORTED.map((c) => `o.${c}` as const)])
      .where("o.name", "in", names.slice(i, i + 500))
      .execute();
    for (const r of chunk) found.set(keyOf(r), { ...r, countries: "" });
  }
  const ids = [...found.values()].map((r) => r.id);
  const byId = new Map([...found.values()].map((r) => [r.id, r]));
  for (let i = 0; i < ids.length; i += 500) {
    const links = await db
      .selectFrom("operationCountries")
      .select(["operationId", "countryCode"])
      .where("operationId", "in", ids.slice(i, i + 500))
      .orderBy("countryCode")
      .execute();
    for (const l of links) {
      const r = byId.get(l.operationId);
      if (r) r.countries = r.countries ? `${r.countries},${l.countryCode}` : l.countryCode;
    }
  }
  return found;
}

export function differs(
  existing: Record<string, unknown> & { countries: string },
  v: OperationValuesParsed,
): boolean {
  if (IMPORTED.some((c) => (existing[c] ?? null) !== (v[c] ?? null))) return true;
  return existing.countries !== [...v.countryCodes].sort().join(",");
}

/**
 * The operations import's rules (key: name + edition year): the shared schema, plus what only the
 * database knows (crime areas) and duplicate keys in the file. The writes are in operations-commit.ts.
 */
export const OPERATIONS_IMPORT: Omit<
  ImportRules<OperationValuesParsed, StoredOperation, Set<string>>,
  "writer"
> = {
  kind: "operations",
  header: OPERATIONS_CSV_HEADER,
  fields: FIELDS,
  schema: ZOperationValues,
  load: async (db) =>
    new Set((await db.selectFrom("crimeAreas").select("code").execute()).map((a) => a.code)),
  check(_input, value, { lookups: areas, report }) {
    if (value && !areas.has(value.crimeArea))
      report("crime_area", `Unknown crime area ${quoted(value.crimeArea)}`);
  },
  key: keyOf,
  duplicate: { column: "operation", message: (first) => `Same operation and year as line ${first}` },
  existing: (db, values) =>
    existingByKey(
      db,
      values.map((values) => ({ line: 0, values })),
    ),
  differs,
  describe: (v) => ({ name: v.name, editionYear: v.editionYear }),
};
