import { defineConfig } from "vitest/config";

// Console output only for failed tests; cheap password hashing (@tbc/db/testing-setup). The
// timeouts only stop a hung test: nothing here waits for a fixed time.
// Test files share each worker's module graph (isolate: false): loading the modules again for every
// file cost more than most files' tests. Nothing of ours keeps state between files but the password
// cost, the same for all; stubbed variables are undone after each test.
// Two files at a time (vitest's default here is one: CPUs minus one): the long files (crash, fuzz,
// database faults) spend most of their time waiting on server processes and PostgreSQL.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["@tbc/db/testing-setup"],
    globalSetup: ["./test/global-setup.ts"],
    silent: "passed-only",
    isolate: false,
    unstubEnvs: true,
    maxWorkers: 2,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
