/**
 * `pnpm bench`: the list engine and the by-country aggregate on a large agencies table, and the
 * operations CSV import at 10,000 rows, on SQLite and
 * (when BENCH_DATABASE_URL or TEST_DATABASE_URL is set) PostgreSQL. Every figure is a median of
 * repeated runs and is quoted as a ratio against a hand-written Kysely query doing the same work,
 * run in the same process on the same data: the engine's cost is the ratio, not the milliseconds.
 */
import { performance } from "node:perf_hooks";
import { DEFAULT_CRIME_AREAS, type ListInput, OPERATIONS_CSV_HEADER, REGIONS } from "@tbc/types";
import { sql } from "kysely";
import { agenciesByCountry } from "../src/agencies/agencies.by-country";
import { agencyNameKey, listAgencies } from "../src/agencies/agencies.repository";
import { refreshAgencyRollup } from "../src/agencies/agencies.rollup";
import type { DialectName } from "../src/database";
import { engagementSeries } from "../src/engagement/engagement.repository";
import { commitOperationsImport } from "../src/imports/operations-commit";
import type { Executor } from "../src/schema";
import { seedDemo } from "../src/seed/seed";
import { createTestDatabase } from "../src/testing";
import { median } from "./median";

const ROWS = Number(process.env.BENCH_ROWS ?? 200_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

async function fill(db: Executor): Promise<void> {
  const codes = (await db.selectFrom("countries").select("code").execute()).map((c) => c.code);
  const kinds = ["national_police", "customs", "coast_guard", "gendarmerie", "interpol_ncb"];
  const statuses = ["active", "active", "active", "pending", "withdrawn"];
  const now = new Date().toISOString();
  for (let i = 0; i < ROWS; i += 1000) {
    const batch = Array.from({ length: Math.min(1000, ROWS - i) }, (_, j) => {
      const n = i + j;
      const name = `${n % 7 === 0 ? "National Police" : "Agency"} ${n} of ${codes[n % codes.length]}`;
      return {
        name,
        nameKey: agencyNameKey(name),
        countryCode: codes[n % codes.length] ?? null,
        kind: kinds[n % kinds.length] ?? "other",
        status: statuses[n % statuses.length] ?? "active",
        createdAt: now,
        updatedAt: now,
      };
    });
    await db.insertInto("agencies").values(batch).execute();
  }
  // Rows inserted behind the repository's back: the rollup the by-country figure reads is rebuilt once.
  await refreshAgencyRollup(db);
  if (db.getExecutor().adapter.constructor.name.startsWith("Postgres")) await sql`analyze`.execute(db);
}

const LIST: ListInput = {
  pagination: { currentPage: 3, pageSize: 50 },
  sorters: [{ field: "name", order: "asc" }],
  filters: [
    { field: "name", operator: "contains", value: "police" },
    { field: "status", operator: "in", value: ["active", "pending"] },
    { field: "region", operator: "eq", value: "Europe" },
  ],
};

/** The same page and total written by hand, as a developer would without the engine. */
async function handWritten(db: Executor, dialect: DialectName) {
  const lowerName = dialect === "postgres" ? sql`lower(agencies.name)` : sql`ulower(agencies.name)`;
  const base = db
    .selectFrom("agencies")
    .leftJoin("countries", "countries.code", "agencies.countryCode")
    .where(sql<boolean>`${lowerName} like ${"%police%"}`)
    .where("agencies.status", "in", ["active", "pending"])
    .where("countries.region", "=", "Europe");
  const [page, count] = await Promise.all([
    base
      .select([
        "agencies.id",
        "agencies.name",
        "agencies.countryCode",
        "countries.name as countryName",
        "agencies.status",
      ])
      .orderBy("agencies.name")
      .orderBy("agencies.id")
      .limit(50)
      .offset(100)
      .execute(),
    base.select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { page, total: Number(count.n) };
}

async function benchDialect(dialect: DialectName) {
  const t = await createTestDatabase(dialect);
  try {
    const t0 = performance.now();
    await fill(t.db);
    const fillMs = performance.now() - t0;
    const engine = await listAgencies(t.db, LIST);
    const manual = await handWritten(t.db, dialect);
    if (engine.total !== manual.total) throw new Error(`totals differ: ${engine.total} vs ${manual.total}`);
    const baseline = await median(() => handWritten(t.db, dialect), RUNS);
    const list = await median(() => listAgencies(t.db, LIST), RUNS);
    const byCountry = await median(() => agenciesByCountry(t.db), RUNS);
    return [
      { dialect, figure: `insert ${ROWS.toLocaleString("en")} agencies`, ms: fillMs, ratio: "" },
      { dialect, figure: "hand-written filtered page + count (baseline)", ms: baseline, ratio: "1.00×" },
      {
        dialect,
        figure: "list engine, same query (agencies.list)",
        ms: list,
        ratio: `${(list / baseline).toFixed(2)}×`,
      },
      {
        dialect,
        figure: "agencies by country + by region (SQL aggregate)",
        ms: byCountry,
        ratio: `${(byCountry / baseline).toFixed(2)}×`,
      },
      {
        dialect,
        figure: `(${engine.total} matching rows, ${REGIONS.length} regions)`,
        ms: Number.NaN,
        ratio: "",
      },
    ];
  } finally {
    await t.drop();
  }
}

const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);

const BENCH_COUNTRIES = [
  ["France", "FR"],
  ["Brazil", "BR"],
  ["Kenya", "KE"],
  ["India", "IN"],
  ["Germany", "DE"],
  ["Viet Nam", "VN"],
] as const;

/** Row i of the import: its values, and its countries' names as the file gives them and their codes. */
function benchOperation(i: number, shift = 0) {
  const year = 2000 + (i % 25);
  const countries = BENCH_COUNTRIES.slice(i % 4, (i % 4) + 3);
  return {
    values: {
      name: `Operation Bench ${i}`,
      editionYear: year,
      periodStart: `${year}-0${1 + (i % 9)}`,
      crimeArea: DEFAULT_CRIME_AREAS[i % DEFAULT_CRIME_AREAS.length] ?? "food",
      region: "Global",
      countriesCount: 3,
      raids: i % 3 ? 100 + i + shift : null,
      arrests: i % 2 ? 10 + i : null,
      underInvestigation: null,
      seizureDescription: `Seized goods, item ${i}`,
      seizedValueUsd: i % 5 ? 1_000_000 + i : null,
      sourceTitle: "Bench source",
      sourceUrl: "https://example.org/bench",
    },
    names: countries.map(([name]) => name),
    codes: countries.map(([, code]) => code),
  };
}

function importCsv(shift = 0): string {
  const cell = (v: string | number | null) => (v === null ? "" : String(v));
  const lines = Array.from({ length: IMPORT_ROWS }, (_, i) => {
    const { values: v, names } = benchOperation(i, shift);
    return [
      v.name,
      v.editionYear,
      v.periodStart,
      v.crimeArea,
      v.region,
      v.countriesCount,
      `"${names.join("; ")}"`,
      cell(v.raids),
      cell(v.arrests),
      cell(v.underInvestigation),
      `"${v.seizureDescription}"`,
      cell(v.seizedValueUsd),
      v.sourceTitle,
      v.sourceUrl,
    ].join(",");
  });
  return `${OPERATIONS_CSV_HEADER.join(",")}\n${lines.join("\n")}\n`;
}

/** Imports timed: medians of this many rounds, each on new databases (the first round warms up). */
const IMPORT_ROUNDS = Number(process.env.BENCH_IMPORT_ROUNDS ?? 3);

/** One round: insert the rows bare, import the file, import it again, import it with figures changed; ms each. */
async function importRound(dialect: DialectName, file: string, changed: string) {
  const raw = await createTestDatabase(dialect);
  const imp = await createTestDatabase(dialect);
  try {
    const now = new Date().toISOString();
    const t0 = performance.now();
    await raw.db.transaction().execute(async (trx) => {
      for (let i = 0; i < IMPORT_ROWS; i += 500) {
        const batch = Array.from({ length: Math.min(500, IMPORT_ROWS - i) }, (_, j) => benchOperation(i + j));
        const ids = await trx
          .insertInto("operations")
          .values(batch.map(({ values }) => ({ ...values, createdAt: now, updatedAt: now })))
          .returning("id")
          .execute();
        await trx
          .insertInto("operationCountries")
          .values(
            ids.flatMap(({ id }, j) =>
              (batch[j]?.codes ?? []).map((countryCode) => ({ operationId: id, countryCode })),
            ),
          )
          .execute();
      }
    });
    const rawMs = performance.now() - t0;
    const opts = { fileName: "bench.csv", actor: { userId: null } };
    const t1 = performance.now();
    const first = await commitOperationsImport(imp.db, file, opts);
    const importMs = performance.now() - t1;
    const t2 = performance.now();
    const again = await commitOperationsImport(imp.db, file, opts);
    const againMs = performance.now() - t2;
    const t3 = performance.now();
    const third = await commitOperationsImport(imp.db, changed, opts);
    const changedMs = performance.now() - t3;
    if (first.counts.created !== IMPORT_ROWS || again.counts.unchanged !== IMPORT_ROWS)
      throw new Error("import miscounted");
    return { rawMs, importMs, againMs, changedMs, updated: third.counts.updated };
  } finally {
    await raw.drop();
    await imp.drop();
  }
}

/**
 * The 10,000-row operations import against inserting the same rows (every value of the file, and
 * their countries) with no parsing or checks; the ratio also as a share of the bare insert's rows/s.
 */
async function benchImport(dialect: DialectName) {
  const [file, changed] = [importCsv(), importCsv(1)];
  const rounds: Awaited<ReturnType<typeof importRound>>[] = [];
  for (let r = 0; r < IMPORT_ROUNDS; r++) rounds.push(await importRound(dialect, file, changed));
  const mid = (key: keyof (typeof rounds)[number]) => {
    const sorted = rounds.map((x) => x[key]).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  };
  const [rawMs, importMs, againMs, changedMs] = ["rawMs", "importMs", "againMs", "changedMs"].map((k) =>
    mid(k as keyof (typeof rounds)[number]),
  ) as [number, number, number, number];
  const updated = (rounds[0]?.updated ?? 0).toLocaleString("en");
  const ratio = (ms: number) =>
    `${(ms / rawMs).toFixed(2)}× (${Math.round((100 * rawMs) / ms)} % of its rows/s)`;
  const n = IMPORT_ROWS.toLocaleString("en");
  return [
    { dialect, figure: `bulk insert ${n} operations, no checks (baseline)`, ms: rawMs, ratio: "1.00×" },
    { dialect, figure: `import ${n}-row CSV: parse, validate, commit`, ms: importMs, ratio: ratio(importMs) },
    { dialect, figure: "re-import the same file (all unchanged)", ms: againMs, ratio: ratio(againMs) },
    {
      dialect,
      figure: `re-import with ${updated} rows' figures changed (updates)`,
      ms: changedMs,
      ratio: ratio(changedMs),
    },
  ];
}

/**
 * The engagement chart query on the demo's sample data (~100k rows from the 2014 launch): ten years
 * by month and one month by day, against a plain scan summing the same rows without bucketing.
 */
async function benchEngagement(dialect: DialectName) {
  const t = await createTestDatabase(dialect);
  try {
    const seeded = await seedDemo(t.db, { sampleEngagement: { seed: 1, to: "2024-12-31" } });
    const scan = () =>
      t.db
        .selectFrom("engagementDaily")
        .select((eb) => eb.fn.sum("impressions").as("s"))
        .where("countryCode", "=", "")
        .where("day", ">=", "2014-06-05")
        .where("day", "<=", "2024-12-31")
        .executeTakeFirstOrThrow();
    const baseline = await median(scan, RUNS);
    const tenYears = await median(
      () => engagementSeries(t.db, { from: "2014-06-05", to: "2024-12-31" }, "impressions"),
      RUNS,
    );
    const oneMonth = await median(
      () => engagementSeries(t.db, { from: "2024-03-01", to: "2024-03-31" }, "impressions"),
      RUNS,
    );
    const n = seeded.engagementRows.toLocaleString("en");
    return [
      {
        dialect,
        figure: `sum impressions over ${n} sample rows, no buckets (baseline)`,
        ms: baseline,
        ratio: "1.00×",
      },
      {
        dialect,
        figure: "engagement series, 10 years by month, 6 channels",
        ms: tenYears,
        ratio: `${(tenYears / baseline).toFixed(2)}×`,
      },
      {
        dialect,
        figure: "engagement series, 1 month by day, 6 channels",
        ms: oneMonth,
        ratio: `${(oneMonth / baseline).toFixed(2)}×`,
      },
    ];
  } finally {
    await t.drop();
  }
}

const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (pgUrl) process.env.TEST_DATABASE_URL = pgUrl;
const dialects: DialectName[] = pgUrl ? ["sqlite", "postgres"] : ["sqlite"];
// BENCH_ONLY=list|import|engagement measures one part (comma-separated for several).
const PARTS = { list: benchDialect, import: benchImport, engagement: benchEngagement };
const only = process.env.BENCH_ONLY?.split(",");
const rows = [];
for (const d of dialects) {
  for (const [part, bench] of Object.entries(PARTS))
    if (!only || only.includes(part)) rows.push(...(await bench(d)));
}
console.table(
  rows.map((r) => ({
    dialect: r.dialect,
    figure: r.figure,
    "median ms": Number.isNaN(r.ms) ? "" : r.ms.toFixed(1),
    "vs baseline": r.ratio,
  })),
);
if (!pgUrl) console.log("PostgreSQL not measured: set BENCH_DATABASE_URL=postgres://… to include it.");
