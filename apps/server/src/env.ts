import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  DEFAULT_DATABASE_URL,
  type DialectName,
  dialectOfUrl,
  MIN_PASSWORD_COST,
  PRODUCTION_PASSWORD_COST,
} from "@tbc/db";
import { MAX_IMPORT_BYTES } from "@tbc/types";
import { z } from "zod";

/**
 * The one place that reads the environment (ARCHITECTURE.md §6). Everything else receives an
 * `Env`. From sources, relative paths are resolved against the repository root, not the working
 * directory: pnpm runs package scripts with cwd = apps/server, while people type commands at the
 * root. The bundle (build.mjs) may be copied anywhere: there they are resolved against the working
 * directory, and the files it ships (the dashboard, the seed CSVs) are found next to it.
 */

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

// Defined as true by build.mjs (esbuild's `define`); a plain identifier nobody declares from sources.
declare const __TBC_BUNDLE__: boolean | undefined;
export const BUNDLED = typeof __TBC_BUNDLE__ === "boolean" && __TBC_BUNDLE__;
const BUNDLE_DIR = fileURLToPath(new URL(".", import.meta.url));

/** What relative paths (DATABASE_URL, DASHBOARD_DIR, SEED_DIR) are resolved against. */
export const baseDir = (): string => (BUNDLED ? process.cwd() : REPO_ROOT);
const DEFAULT_DASHBOARD_DIR = BUNDLED
  ? join(BUNDLE_DIR, "dashboard")
  : join(REPO_ROOT, "apps/dashboard/dist");
const DEFAULT_SEED_DIR = BUNDLED ? join(BUNDLE_DIR, "seed") : join(REPO_ROOT, "packages/db/seed");

const FLAGS: Record<string, boolean> = {
  "1": true,
  true: true,
  on: true,
  "0": false,
  false: false,
  off: false,
};
const MIB = 1024 * 1024;
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const ZFlag = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => v in FLAGS, "use one of 1, 0, true, false, on, off")
  .transform((v) => FLAGS[v] === true);

/**
 * TRUST_PROXY: whether to believe X-Forwarded-For/-Proto (Fastify's trustProxy), for a server behind
 * a reverse proxy that terminates TLS: `true`/`false` (also on/off), a number of proxy hops (1 = the
 * proxy right in front; 0 = none), or a
 * comma-separated list of proxy addresses/CIDRs (or proxy-addr's names loopback, linklocal,
 * uniquelocal). With it, `X-Forwarded-Proto: https` makes the session cookie Secure and turns HSTS on.
 */
export type TrustProxy = boolean | number | string[];
const PROXY_ADDRESS = /^(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?)$/;
const ZTrustProxy = z
  .string()
  .trim()
  .transform((v, ctx): TrustProxy => {
    // Digits are a number of hops (1 = only the proxy in front), so "1" is not "trust everyone".
    if (/^\d{1,2}$/.test(v)) return Number(v) || false;
    const flag = FLAGS[v.toLowerCase()];
    if (flag !== undefined) return flag;
    const list = v.split(",").map((a) => a.trim());
    if (list.every((a) => PROXY_ADDRESS.test(a))) return list;
    ctx.addIssue({
      code: "custom",
      message: "use true/false, a number of proxy hops, or a comma-separated list of proxy addresses",
    });
    return z.NEVER;
  });

/** PUBLIC_URL: the address people type (`https://dashboard.example.org`) → its origin. */
const ZPublicUrl = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const url = URL.canParse(v) ? new URL(v) : null;
    if (url && /^https?:$/.test(url.protocol) && url.pathname === "/" && !url.search && !url.username) {
      return url.origin;
    }
    ctx.addIssue({
      code: "custom",
      message:
        "use the dashboard's address: http(s)://host[:port], with no path, such as https://tbc.example.org",
    });
    return z.NEVER;
  });

const ZRawEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().trim().min(1).default(DEFAULT_DATABASE_URL),
  PORT: z
    .string()
    .trim()
    .regex(/^\d{1,5}$/, "use a port number from 0 to 65535")
    .transform(Number)
    .refine((n) => n <= 65535, "use a port number from 0 to 65535")
    .default(3000),
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  TBC_DEMO: ZFlag.optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, `use one of ${LOG_LEVELS.join(", ")}`).default("info"),
  DASHBOARD_DIR: z.string().trim().min(1).optional(),
  SEED_DIR: z.string().trim().min(1).optional(),
  TRUST_PROXY: ZTrustProxy.optional(),
  PUBLIC_URL: ZPublicUrl.optional(),
  DATABASE_POOL_SIZE: z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, "use a number of connections from 1 to 100")
    .transform(Number)
    .refine((n) => n >= 1 && n <= 100, "use a number of connections from 1 to 100")
    .optional(),
  MIGRATE_ON_START: ZFlag.optional(),
  PASSWORD_HASH_COST: z
    .string()
    .trim()
    .regex(/^\d{1,2}$/, "use log2 of scrypt's N, a whole number such as 17")
    .transform(Number)
    .refine((n) => n >= MIN_PASSWORD_COST && n <= 20, `use a number from ${MIN_PASSWORD_COST} to 20`)
    .optional(),
  IMPORT_MAX_BYTES: z
    .string()
    .trim()
    .regex(/^\d{1,15}$/, "use a number of bytes, such as 268435456 (256 MiB)")
    .transform(Number)
    .refine((n) => n >= MIB, `use at least ${MIB} (1 MiB)`)
    .optional(),
});

export type Env = {
  nodeEnv: "development" | "production" | "test";
  production: boolean;
  /** A PostgreSQL URL, `:memory:`, or an absolute SQLite file path. */
  databaseUrl: string;
  dialect: DialectName;
  port: number;
  host: string;
  /**
   * PostgreSQL connections this process may open (DATABASE_POOL_SIZE, default 10). With several
   * processes, their sum must stay below the server's max_connections.
   */
  poolSize: number;
  /**
   * Apply pending migrations on start (MIGRATE_ON_START, default on). Off: `pnpm tbc migrate` does it
   * and a server that finds migrations pending refuses to start.
   */
  migrateOnStart: boolean;
  /** Demo data and demo accounts; on unless NODE_ENV=production, overridable with TBC_DEMO. */
  demo: boolean;
  logLevel: LogLevel;
  /** Absolute path of the built dashboard (apps/dashboard/dist, or the bundle's dashboard/, by default). */
  dashboardDir: string;
  /** Absolute path of the demo seed's CSVs (packages/db/seed, or the bundle's seed/, by default). */
  seedDir: string;
  /** Fastify's trustProxy (TRUST_PROXY); false by default. */
  trustProxy: TrustProxy;
  /**
   * PUBLIC_URL's origin: the only Origin an API write may come from. Null (unset): each request's own
   * scheme and host, which behind a proxy needs TRUST_PROXY to see the browser's scheme.
   */
  publicOrigin: string | null;
  /**
   * log2 of scrypt's N for new password hashes (PASSWORD_HASH_COST): 17, as OWASP ASVS asks, unless
   * lowered for a test machine (the server warns when that happens in production).
   */
  passwordHashCost: number;
  /** The largest CSV an upload may stream (IMPORT_MAX_BYTES): 256 MiB (MAX_IMPORT_BYTES) by default. */
  importMaxBytes: number;
};

export class EnvError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join("\n")}\n` +
        "Fix the environment variable(s) above and start again.",
    );
    this.name = "EnvError";
  }
}

/** `./x.sqlite` → `<repo>/x.sqlite` (the bundle: `<cwd>/x.sqlite`); PostgreSQL URLs and `:memory:` are left alone. */
export function resolveDatabaseUrl(url: string): string {
  if (dialectOfUrl(url) === "postgres") return url;
  const file = url.replace(/^sqlite:(\/\/)?/, "");
  if (file === ":memory:" || isAbsolute(file)) return file;
  return resolve(baseDir(), file);
}

/** Parses the environment; throws EnvError naming every bad variable. Empty values count as unset. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const present = Object.fromEntries(
    Object.keys(ZRawEnv.shape)
      .map((k) => [k, source[k]] as const)
      .filter(([, v]) => v !== undefined && v.trim() !== ""),
  );
  const parsed = ZRawEnv.safeParse(present);
  if (!parsed.success) {
    throw new EnvError(
      parsed.error.issues.map((issue) => {
        const variable = String(issue.path[0] ?? "environment");
        // Never echo DATABASE_URL: it may hold a password.
        const got = variable !== "DATABASE_URL" && present[variable] ? ` (got "${present[variable]}")` : "";
        return { variable, message: `${issue.message}${got}` };
      }),
    );
  }
  const raw = parsed.data;
  const production = raw.NODE_ENV === "production";
  const databaseUrl = resolveDatabaseUrl(raw.DATABASE_URL);
  return {
    nodeEnv: raw.NODE_ENV,
    production,
    databaseUrl,
    dialect: dialectOfUrl(databaseUrl),
    poolSize: raw.DATABASE_POOL_SIZE ?? 10,
    migrateOnStart: raw.MIGRATE_ON_START ?? true,
    port: raw.PORT,
    host: raw.HOST,
    demo: raw.TBC_DEMO ?? !production,
    logLevel: raw.LOG_LEVEL,
    dashboardDir: raw.DASHBOARD_DIR ? resolve(baseDir(), raw.DASHBOARD_DIR) : DEFAULT_DASHBOARD_DIR,
    seedDir: raw.SEED_DIR ? resolve(baseDir(), raw.SEED_DIR) : DEFAULT_SEED_DIR,
    trustProxy: raw.TRUST_PROXY ?? false,
    publicOrigin: raw.PUBLIC_URL ?? null,
    passwordHashCost: raw.PASSWORD_HASH_COST ?? PRODUCTION_PASSWORD_COST,
    importMaxBytes: raw.IMPORT_MAX_BYTES ?? MAX_IMPORT_BYTES,
  };
}

/** `pnpm tbc user create`: the new user's password, when given through the environment. */
export function passwordFromEnv(source: NodeJS.ProcessEnv = process.env): string | undefined {
  return source.TBC_PASSWORD || undefined;
}
