import {
  type CodedMessage,
  coded,
  type ImportChange,
  OPERATIONS_CSV_HEADER,
  type OperationsCsvColumn,
  type OperationValuesParsed,
  ZOperationValues,
} from "@tbc/types";
import { OPERATION_COLUMNS } from "../operations/operations.rules";
import type { Executor } from "../schema";
import { integerCell, quoted } from "./csv";
import { loadNameLookups, type NameLookups } from "./name-lookups";
import type { FieldSource, ImportRules, RowContext } from "./pipeline";

export type ValidRow = { line: number; values: OperationValuesParsed };

/** A stored operation as the import compares it: the imported columns, countries as "FR,US". */
export type StoredOperation = Record<string, unknown> & { id: number; countries: string };

/** A column read as a whole number: empty is unknown (null). */
const integer = (column: OperationsCsvColumn): FieldSource<NameLookups> => ({ column, read: integerCell });

/**
 * Each schema field from its column of operations.csv (errors name the column the user sees).
 * `month` is `YYYY-MM` or `YYYY-MM/YYYY-MM`; `countries` are `; `-separated names mapped to ISO codes.
 */
const FIELDS: Record<string, FieldSource<NameLookups>> = {
  name: { column: "operation" },
  editionYear: integer("edition_year"),
  periodStart: { column: "month", read: (cell, row) => monthsOf(cell, row)[0] },
  periodEnd: { column: "month", read: (cell) => monthsOf(cell)[1] },
  // A name or alias of a crime area becomes its code; one that does not resolve is checked below.
  crimeArea: { column: "crime_area", read: (cell, row) => row.lookups.crime_area.resolve(cell) ?? cell },
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

type Reporter = { report(column: string, message: CodedMessage): void };

/**
 * `YYYY-MM` or `YYYY-MM/YYYY-MM` → [start, end]; more parts are reported (once: by the start's read),
 * never cut off to the first two.
 */
function monthsOf(cell: string, row?: Reporter): [string | null, string | null] {
  if (!cell) return [null, null];
  const parts = cell.split("/");
  if (parts.length > 2) {
    row?.report("month", coded("import.row.months", { value: quoted(cell) }));
    return [null, null];
  }
  return [parts[0] || null, parts[1] ?? null];
}

/** More names than there are countries (the schema allows 250 codes): refused before any is looked up. */
export const MAX_COUNTRY_NAMES = 300;

/** Country names → ISO codes; a name that does not map is reported (the schema cannot see it). */
function countryCodesOf(cell: string, row: RowContext<NameLookups>): string[] {
  const names = cell
    .split(";")
    .map((n) => n.trim())
    .filter(Boolean);
  if (names.length > MAX_COUNTRY_NAMES) {
    row.report(
      "countries",
      coded("import.row.too_many_countries", { maximum: MAX_COUNTRY_NAMES, listed: names.length }),
    );
    return [];
  }
  const codes: string[] = [];
  for (const name of names) {
    const code = row.lookups.country.resolve(name);
    if (code) codes.push(code);
    else row.unknownName("country", "countries", name, row.lookups.country);
  }
  return [...new Set(codes)];
}

const keyOf = (v: { name: string; editionYear: number }) => `${v.name}\u0000${v.editionYear}`;

/** The columns the CSV carries besides its key: an import never touches summary, grade or caveats. */
const NOT_IMPORTED: ReadonlySet<string> = new Set([
  "name",
  "editionYear",
  "summary",
  "reliability",
  "caveats",
]);
export const IMPORTED = OPERATION_COLUMNS.filter((c) => !NOT_IMPORTED.has(c));

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

const shown = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** What an "update" changes, by CSV column: stored → file. */
export function changes(existing: StoredOperation, v: OperationValuesParsed): ImportChange[] {
  const out: ImportChange[] = [];
  for (const field of IMPORTED) {
    const [from, to] = [shown(existing[field]), shown(v[field])];
    if (from === to) continue;
    const column = field === "periodEnd" ? "month (end)" : (FIELDS[field]?.column ?? field);
    out.push({ column, from, to });
  }
  const codes = [...v.countryCodes].sort().join(",");
  if (existing.countries !== codes) {
    const list = (s: string) => (s ? s.split(",").join("; ") : null);
    out.push({ column: "countries", from: list(existing.countries), to: list(codes) });
  }
  return out;
}

/**
 * The operations import's rules (key: name + edition year): the shared schema, plus what only the
 * database knows (crime areas) and duplicate keys in the file. The writes are in operations-commit.ts.
 */
export const OPERATIONS_IMPORT: Omit<
  ImportRules<OperationValuesParsed, StoredOperation, NameLookups>,
  "writer"
> = {
  kind: "operations",
  header: OPERATIONS_CSV_HEADER,
  fields: FIELDS,
  schema: ZOperationValues,
  load: loadNameLookups,
  check(_input, value, row) {
    const area = row.lookups.crime_area;
    if (value && area.resolve(value.crimeArea) === null)
      row.unknownName("crime_area", "crime_area", value.crimeArea, area);
  },
  key: keyOf,
  duplicate: { column: "operation", code: "import.row.duplicate_operation" },
  existing: (db, values) =>
    existingByKey(
      db,
      values.map((values) => ({ line: 0, values })),
    ),
  differs,
  changes,
  describe: (v) => ({ name: v.name, editionYear: v.editionYear }),
};
