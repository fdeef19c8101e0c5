import {
  countUsers,
  migrateToLatest,
  openDatabase,
  PRODUCTION_PASSWORD_COST,
  pendingMigrations,
  reapInterruptedImports,
  seedDemo,
  setPasswordCost,
  setSeedDirectory,
} from "@tbc/db";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@tbc/types";
import { pino } from "pino";
import { buildApp } from "./app";
import { type Env, EnvError, loadEnv } from "./env";
import { warmImportWorker } from "./import-thread";
import { DEMO_SEED, seedSummary } from "./seed";

function readEnv(): Env {
  try {
    return loadEnv();
  } catch (err) {
    if (err instanceof EnvError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}

const env = readEnv();
setPasswordCost(env.passwordHashCost);
setSeedDirectory(env.seedDir);
const log = pino({ level: env.logLevel });
const database = openDatabase(env.databaseUrl, {
  poolSize: env.poolSize,
  onConnectionError: (err) => log.warn({ err }, "A database connection was lost; the pool reconnects"),
});

// The last resort: an error nothing else handled is logged and the server keeps serving the requests
// it can (each request's own errors are answered and logged where they happen).
process.on("uncaughtException", (err) => log.error({ err }, "Uncaught exception; still serving"));
process.on("unhandledRejection", (err) => log.error({ err }, "Unhandled rejection; still serving"));

/** On start (several processes at once wait for each other: migrate.ts), or only checked. */
async function migrate(): Promise<void> {
  if (!env.migrateOnStart) {
    const pending = await pendingMigrations(database.db);
    if (pending.length > 0) {
      throw new Error(`Migrations pending (${pending.join(", ")}): run pnpm tbc migrate first`);
    }
    return;
  }
  const migrations = await migrateToLatest(database.db);
  const applied = migrations.results?.filter((r) => r.status === "Success").length ?? 0;
  if (applied > 0) log.info({ applied }, "Migrations applied");
}

async function start() {
  log.info({ database: database.describe, demo: env.demo, nodeEnv: env.nodeEnv }, "Starting");
  if (env.production && env.passwordHashCost < PRODUCTION_PASSWORD_COST) {
    log.warn(
      { passwordHashCost: env.passwordHashCost },
      "PASSWORD_HASH_COST is below 17: weak password hashes",
    );
  }
  if (env.publicOrigin?.startsWith("https:") && env.trustProxy === false) {
    log.warn(
      { publicUrl: env.publicOrigin },
      "PUBLIC_URL is https but TRUST_PROXY is off: requests look like http here, so the session cookie " +
        "is not Secure and there is no HSTS. Set TRUST_PROXY to the proxy's address.",
    );
  }
  await migrate();
  // Imports a previous run of this server (or a dead process beside it) left "running" read "failed".
  const reaped = await reapInterruptedImports(database.db).catch((err: unknown) => {
    log.warn({ err }, "Could not check for interrupted imports; the import history checks again");
    return 0;
  });
  if (reaped > 0) log.warn({ reaped }, "Imports interrupted by a stop of the server marked failed");
  let seededNow: string | null = null;
  if (env.demo) {
    const seeded = await seedDemo(database.db, DEMO_SEED);
    if (!seeded.skipped) {
      seededNow = seedSummary(seeded);
      log.info(seeded, `${seededNow} into the empty database`);
    }
  }
  const app = await buildApp({
    database,
    config: {
      demo: env.demo,
      dashboardDir: env.dashboardDir,
      trustProxy: env.trustProxy,
      publicOrigin: env.publicOrigin,
      importMaxBytes: env.importMaxBytes,
    },
    logger: log,
  });
  await app.listen({ port: env.port, host: env.host });
  // Not awaited: the first upload would otherwise wait for the worker's boot; a failure only means
  // that the first import boots one itself.
  warmImportWorker(database).catch((err: unknown) => log.warn({ err }, "The import worker did not start"));

  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : env.port;
  const host = env.host.includes(":") ? `[${env.host}]` : env.host;
  const lines = ["", `Turn Back Crime dashboard: http://${host}:${port}/`, `Database: ${database.describe}`];
  if (seededNow) lines.push(`${seededNow}.`);
  if (env.demo) {
    lines.push("", `Demo mode — demo accounts (password "${DEMO_PASSWORD}"):`);
    for (const a of DEMO_ACCOUNTS) lines.push(`  ${a.role.padEnd(8)} ${a.email}`);
  } else if ((await countUsers(database.db)) === 0) {
    lines.push(
      "",
      "Production mode: no users yet. Create the first admin with",
      "  pnpm tbc user create --email … --role admin",
    );
  }
  process.stdout.write(`${lines.join("\n")}\n\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      log.warn("Second signal: exiting now");
      process.exit(1);
    }
    stopping = true;
    log.info({ signal }, "Shutting down");
    try {
      await app.close();
      await database.close();
      process.exit(0);
    } catch (err) {
      log.error({ err }, "Error while shutting down");
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

start().catch(async (err) => {
  log.fatal({ err }, "The server could not start");
  await database.close().catch(() => {});
  process.exit(1);
});
