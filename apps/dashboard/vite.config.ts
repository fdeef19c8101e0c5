import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const api = "http://127.0.0.1:3000";

export default defineConfig({
  plugins: [react()],
  server: {
    // Same-origin in development too, so the session cookie and the server's Origin check just work.
    // Not the string shorthand: it sets changeOrigin, which rewrites Host to the API's address, and
    // the server then refuses every mutation (the Origin no longer matches Host) with 403.
    proxy: Object.fromEntries(
      ["/trpc", "/api", "/healthz"].map((path) => [path, { target: api, changeOrigin: false }]),
    ),
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Pages are split (App.tsx); the shared antd + refine + react chunks are ~740 kB each unminified
    // gzip ~230 kB, which is expected for this stack, so warn only above that.
    chunkSizeWarningLimit: 800,
  },
});
