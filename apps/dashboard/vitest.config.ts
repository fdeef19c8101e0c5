import { defineConfig } from "vitest/config";

// The browser tests serve the built dashboard (dist/): turbo runs `build` before this package's
// `test` (turbo.json). Console output (the server's log) only for failed tests; cheap password
// hashing (@tbc/db/testing-setup). Timeouts only bound a hang: nothing waits for a fixed time.
// One test file at a time: each starts a server and a chromium, which a 2-core machine runs better
// one after the other than side by side.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["@tbc/db/testing-setup"],
    silent: "passed-only",
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
