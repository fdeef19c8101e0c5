import { execFileSync } from "node:child_process";
import { REPO_DIR } from "../scripts/build.mjs";
import { staleness } from "../scripts/built.mjs";

/**
 * The tests that start server processes run the built server (dist/main.mjs: it starts in about half
 * a second, tsx takes several). `pnpm test` builds it first (turbo); a vitest run of its own builds it
 * here, once, before any test file starts, when it is missing or older than the sources.
 */
export default function setup(): void {
  const why = staleness();
  if (!why) return;
  process.stdout.write(`Building the server for the tests that start it (${why})…\n`);
  execFileSync("pnpm", ["build"], { cwd: REPO_DIR, stdio: "inherit" });
}
