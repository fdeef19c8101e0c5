import { defineConfig } from "vitest/config";

// The browser tests serve the built dashboard (dist/): turbo runs `build` before this package's
// `test` (turbo.json). Console output (the server's log) only for failed tests; cheap password
// hashing (@tbc/db/testing-setup). Timeouts only bound a hang: nothing waits for a fixed time, and
// a long browser test on a machine with four times more work than cores (seen: load 27 on 2 cores)
// took four minutes while making progress all along, so the bound is ten.
// Two test files at a time (each starts a server and a chromium): the browser tests spend much of
// their time waiting on each other's halves, so two overlap well even on 2 cores.
// Files share a worker's module graph (isolate: false), as in the server and db packages.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["@tbc/db/testing-setup"],
    silent: "passed-only",
    isolate: false,
    unstubEnvs: true,
    maxWorkers: 2,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
