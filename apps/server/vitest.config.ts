import { defineConfig } from "vitest/config";

// Console output only for failed tests; cheap password hashing (@tbc/db/testing-setup). The
// timeouts only stop a hung test: nothing here waits for a fixed time.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["@tbc/db/testing-setup"],
    silent: "passed-only",
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
