/**
 * `pnpm bench`: the list engine and the by-country aggregate on a large agencies table, on SQLite and
 * (when BENCH_DATABASE_URL or TEST_DATABASE_URL is set) PostgreSQL. Every figure is a median of
 * repeated runs and is quoted as a ratio against a hand-written Kysely query doing the same work,
 * run in the same process on the same data: the engine's cost is the ratio, not the milliseconds.
 */
import { performance } from "node:perf_hooks";
import { type ListInput, REGIONS } from "@tbc/types";
import { sql } from "kysely";
import { agenciesByCountry, agencyNameKey, listAgencies } from "../src/agencies/agencies.repository";
import type { DialectName } from "../src/database";
import type { Executor } from "../src/schema";
import { createTestDatabase } from "../src/testing";

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
  if (db.getExecutor().adapter.constructor.name.startsWith("Postgres")) await sql`analyze`.execute(db);
}

async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
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
    const baseline = await median(() => handWritten(t.db, dialect));
    const list = await median(() => listAgencies(t.db, LIST));
    const byCountry = await median(() => agenciesByCountry(t.db));
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

const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (pgUrl) process.env.TEST_DATABASE_URL = pgUrl;
const dialects: DialectName[] = pgUrl ? ["sqlite", "postgres"] : ["sqlite"];
const rows = [];
for (const d of dialects) rows.push(...(await benchDialect(d)));
console.table(
  rows.map((r) => ({
    dialect: r.dialect,
    figure: r.figure,
    "median ms": Number.isNaN(r.ms) ? "" : r.ms.toFixed(1),
    "vs baseline": r.ratio,
  })),
);
if (!pgUrl) console.log("PostgreSQL not measured: set BENCH_DATABASE_URL=postgres://… to include it.");
