import { defineConfig } from "vitest/config";

// The e2e test builds nothing itself: `pnpm test` runs `vite build` first (see package.json), and the
// test serves dist/ through the real server. Long timeouts because it drives a real browser.
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 120_000 },
});
