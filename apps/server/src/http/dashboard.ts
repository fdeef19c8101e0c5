/**
 * The built dashboard at `/`: its files (fingerprinted assets cached for good, index.html revalidated,
 * precompressed brotli or gzip when the browser accepts it) and the history fallback. Not an encapsulated plugin: the not-found handler is the whole app's.
 */
import { existsSync } from "node:fs";
import { join, sep } from "node:path";
import fastifyStatic from "@fastify/static";
import { coded } from "@tbc/types";
import type { FastifyInstance } from "fastify";
import { assetRoutes } from "./assets";
import { isApiPath } from "./request";

export const DASHBOARD_MISSING =
  "The dashboard has not been built yet.\n" +
  "Run `pnpm --filter @tbc/dashboard build` (or `pnpm start`, which builds it), then restart the server.\n" +
  "The API is available at /trpc and the health check at /healthz.\n";

export async function dashboardRoutes(app: FastifyInstance, dashboardDir: string): Promise<void> {
  const hasDashboard = existsSync(join(dashboardDir, "index.html"));
  if (hasDashboard) {
    await app.register(fastifyStatic, {
      root: dashboardDir,
      prefix: "/",
      wildcard: true,
      dotfiles: "ignore",
      cacheControl: false,
      // The build writes .br and .gz beside every text asset (vite-plugin-compression2): the file the
      // browser accepts is sent as it is, with Content-Encoding and Vary, nothing compressed per request.
      preCompressed: true,
      setHeaders(reply, path) {
        // Vite fingerprints everything under assets/; everything else (index.html) is revalidated.
        const immutable = path.includes(`${sep}assets${sep}`);
        reply.header("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
      },
    });
    // The fingerprinted files, the bulk of a cold load, from memory (./assets.ts says why).
    assetRoutes(app, dashboardDir);
  } else {
    app.log.warn({ dashboardDir }, "Dashboard not built: / answers 503");
  }

  // History fallback: a GET for a dashboard route (/agencies/show/3) gets index.html; API paths,
  // other methods and missing files (a name with an extension) get a real 404.
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split("?")[0] ?? "/";
    const isPage = (req.method === "GET" || req.method === "HEAD") && !isApiPath(path);
    if (!isPage) {
      const body = { statusCode: 404, error: "Not Found", message: "Not found" };
      return reply.code(404).send({ ...body, coded: coded("not_found.page") });
    }
    if (/\.[A-Za-z0-9]+$/.test(path)) return reply.code(404).type("text/plain").send("Not found\n");
    if (!hasDashboard) return reply.code(503).type("text/plain; charset=utf-8").send(DASHBOARD_MISSING);
    return reply.header("cache-control", "no-cache").sendFile("index.html");
  });
}
