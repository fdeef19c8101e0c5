import { fileURLToPath } from "node:url";
import { constants } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { compression, defineAlgorithm } from "vite-plugin-compression2";
import { antdStyles } from "./antd-styles/plugin";
import { landingPreload } from "./landing-preload";

const api = "http://127.0.0.1:3000";

const SIDE_EFFECT_FREE =
  /\/packages\/types\/src\/|\/node_modules\/(rc-[^/]+|@rc-component\/[^/]+|@ant-design\/(colors|cssinjs|cssinjs-utils|fast-color|react-slick)|@trpc\/client|react-markdown|remark-gfm|papaparse)\//;

export default defineConfig({
  plugins: [
    react(),
    antdStyles(),
    landingPreload(),
    // Every text asset also as .br and .gz next to it, compressed once at build at the highest
    // levels: the server sends whichever the browser accepts (@fastify/static's preCompressed).
    compression({
      include: /\.(js|css|html|svg|json)$/,
      threshold: 1024,
      algorithms: [
        defineAlgorithm("brotliCompress", { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm("gzip", { level: 9 }),
      ],
    }),
  ],
  resolve: {
    // Packages without their polyfills for browsers the app does not run in (src/shims/ says why).
    alias: [
      {
        find: /^side-channel$/,
        replacement: fileURLToPath(new URL("./src/shims/side-channel.cjs", import.meta.url)),
      },
      {
        find: /^resize-observer-polyfill$/,
        replacement: fileURLToPath(new URL("./src/shims/resize-observer.ts", import.meta.url)),
      },
    ],
  },
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
    // dist/.vite/manifest.json: what the size budget test and the bench read (not served: a dotfile).
    manifest: true,
    // Pages are split (App.tsx); the shared antd + refine + react chunks are ~740 kB each unminified
    // gzip ~230 kB, which is expected for this stack, so warn only above that.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      treeshake: {
        // Packages that do nothing when imported but do not say so ("sideEffects": false): without
        // this, whatever any chunk imports from one of their barrels drags the whole barrel along
        // (all of rc-field-form's validators with antd's form context, react-markdown with
        // @refinedev/antd). dayjs is left out on purpose: its locales register themselves.
        moduleSideEffects: [{ test: SIDE_EFFECT_FREE, sideEffects: false }],
      },
    },
  },
});
