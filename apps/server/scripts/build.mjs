/**
 * `pnpm build` (turbo runs it after the dashboard's build): the server, its CLI and its two worker
 * threads bundled by esbuild into dist/, with everything they need beside them, so that dist/ runs
 * with plain `node` from any folder:
 *   dist/main.mjs, cli.mjs            the server and `tbc` (node dist/cli.mjs …)
 *   dist/import-worker-boot.mjs       the import worker (import-thread.ts starts it by this name)
 *   dist/read-worker.mjs              SQLite's read worker (read-pool.ts starts it by this name)
 *   dist/seed/                        the demo seed's CSVs (SEED_DIR's default in the bundle)
 *   dist/dashboard/                   the built dashboard (DASHBOARD_DIR's default in the bundle)
 *   dist/package.json                 the one dependency left outside: better-sqlite3 (native code)
 *   dist/BUILD                        written last: what `pnpm start` compares the sources with
 * Workspace packages and every pure-JS dependency are inside the bundle.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

export const SERVER_DIR = fileURLToPath(new URL("..", import.meta.url));
export const REPO_DIR = join(SERVER_DIR, "../..");
export const DIST_DIR = join(SERVER_DIR, "dist");
export const STAMP = join(DIST_DIR, "BUILD");

/** Native modules cannot be bundled; pg-native is an optional require of pg that we never use. */
const EXTERNAL = ["better-sqlite3", "pg-native"];

// The bundle is ESM, but bundled CommonJS packages call require() for Node's built-ins.
const BANNER = [
  'import { createRequire as __tbcCreateRequire } from "node:module";',
  "const require = __tbcCreateRequire(import.meta.url);",
].join("\n");

async function bundle() {
  await build({
    absWorkingDir: SERVER_DIR,
    entryPoints: {
      main: "src/main.ts",
      cli: "src/cli.ts",
      "import-worker-boot": "src/import-worker.ts",
      "read-worker": "../../packages/db/src/read-pool/read-worker.ts",
    },
    outdir: DIST_DIR,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: EXTERNAL,
    define: { __TBC_BUNDLE__: "true" },
    banner: { js: BANNER },
    sourcemap: "linked",
    logLevel: "warning",
  });
}

function copyAssets() {
  const seed = join(DIST_DIR, "seed");
  mkdirSync(seed, { recursive: true });
  for (const file of ["agencies.csv", "operations.csv", "operations_caveats.csv"]) {
    cpSync(join(REPO_DIR, "packages/db/seed", file), join(seed, file));
  }
  const dashboard = join(REPO_DIR, "apps/dashboard/dist");
  if (existsSync(join(dashboard, "index.html"))) {
    cpSync(dashboard, join(DIST_DIR, "dashboard"), { recursive: true });
  } else {
    process.stderr.write(
      "Note: apps/dashboard/dist is not built; the bundle has no dashboard (pnpm build).\n",
    );
  }
  const server = JSON.parse(readFileSync(join(SERVER_DIR, "package.json"), "utf8"));
  const dependencies = { "better-sqlite3": server.dependencies["better-sqlite3"] };
  const manifest = { name: "tbc-server", private: true, type: "module", dependencies };
  writeFileSync(join(DIST_DIR, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
}

export async function buildServer() {
  const started = Date.now();
  rmSync(DIST_DIR, { recursive: true, force: true });
  await bundle();
  copyAssets();
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
  process.stdout.write(`Server bundled into ${DIST_DIR} in ${Date.now() - started} ms\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildServer();
