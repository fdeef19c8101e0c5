/**
 * `pnpm start`: the built server (dist/main.mjs) run by this very `node` process; built first, with
 * `pnpm build`, only when the build is missing or older than its sources (built.mjs). Relative paths
 * in the environment are taken from the folder `pnpm start` was typed in (the repository's root).
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DIST_DIR, REPO_DIR } from "./build.mjs";
import { staleness } from "./built.mjs";

const why = staleness();
if (why) {
  process.stdout.write(`Building the server and the dashboard (${why})…\n`);
  execFileSync("pnpm", ["build"], { cwd: REPO_DIR, stdio: "inherit" });
}
await import(pathToFileURL(join(DIST_DIR, "main.mjs")).href);
