/**
 * Whether dist/ (scripts/build.mjs) is missing or older than what it is built from: the newest
 * modification time among the sources of the server, the workspace packages, the dashboard and the
 * lockfile, against the time dist/BUILD was written. Shared by `pnpm start` and the tests and load
 * test that run the built server.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { REPO_DIR, STAMP } from "./build.mjs";

const INPUTS = [
  "apps/server/src",
  "apps/server/scripts/build.mjs",
  "apps/server/package.json",
  "packages/db/src",
  "packages/db/seed",
  "packages/db/package.json",
  "packages/types/src",
  "packages/types/package.json",
  "apps/dashboard/src",
  "apps/dashboard/public",
  "apps/dashboard/index.html",
  "apps/dashboard/vite.config.ts",
  "apps/dashboard/package.json",
  "pnpm-lock.yaml",
];

function newest(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0; // an optional input (public/) that is not there
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs; // a deleted file changes its folder's time
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/** Null when dist/ is up to date, else why it is not. */
export function staleness() {
  let built;
  try {
    built = statSync(STAMP).mtimeMs;
  } catch {
    return "no build yet";
  }
  for (const input of INPUTS) {
    if (newest(join(REPO_DIR, input)) > built) return `${input} changed since the last build`;
  }
  return null;
}
