/**
 * The server under test, in its own process as in production, so that the load generator does not
 * share its event loop: `buildApp` on the bench database, plus one bare Fastify route (the floor of
 * what an HTTP answer costs here). Reports its port to the parent over IPC.
 */
import { openDatabase } from "@tbc/db";
import { pino } from "pino";
import { buildApp } from "../src/app";
import { warmImportWorker } from "../src/import-thread";
import { BARE_PATH } from "./serve-path";

const url = process.env.BENCH_SERVE_URL ?? "";
const searchPath = process.env.BENCH_SERVE_SCHEMA;
const database = openDatabase(url, { poolSize: 10, ...(searchPath ? { searchPath } : {}) });
const app = await buildApp({
  database,
  config: {
    demo: false,
    dashboardDir: "/nonexistent/dashboard",
    signInLimits: { perAddress: 1e9, perAccount: 1e9, windowMs: 60_000, delayBaseMs: 0, maxDelayMs: 0 },
  },
  logger: pino({ level: "silent" }),
});
app.get(BARE_PATH, async () => ({ ok: true }));
// As the server does at its start (main.ts): the import figures measure imports, not a thread's boot.
await warmImportWorker(database);
await app.listen({ host: "127.0.0.1", port: 0 });
const address = app.server.address();
process.send?.({ port: typeof address === "object" && address ? address.port : 0 });
// Profiled (BENCH_CPU_PROFILES, load.ts): an orderly exit, on which V8 writes the profiles.
if (process.env.BENCH_CPU_PROFILES) process.on("SIGTERM", () => process.exit(0));
