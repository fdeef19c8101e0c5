import { defineConfig } from "vitest/config";

// Console output only for failed tests; cheap password hashing (src/testing-setup.ts).
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["./src/testing-setup.ts"],
    silent: "passed-only",
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
