/** `GET /healthz`: 200 when the database answers within 3 s, 503 otherwise (the process keeps running). */
import type { Database } from "@tbc/db";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function healthRoutes(app: FastifyInstance, { database }: { database: Database }) {
  app.get("/healthz", async (req, reply) => {
    try {
      await withTimeout(sql`select 1`.execute(database.db), 3000);
      return { status: "ok", database: database.dialect };
    } catch (err) {
      req.log.warn({ err }, "Health check: the database does not answer");
      return reply.code(503).send({ status: "unavailable", database: database.dialect });
    }
  });
}
