import type { TestDatabase } from "@tbc/db/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { App } from "../src/app";
import { appFor, capturingLogger, loginCookie, seededDatabase } from "./helpers";
import { streamGet as get } from "./http-client";

/**
 * What happens once the rows are streaming, on a real database with a real failure: the export of
 * 100,000 agencies (100 batches) loses its table after the first rows reach the client, or the client
 * hangs up half-way. A failure cuts the connection, a hang-up stops the export, and both leave an
 * audit entry marked incomplete. The server logic is dialect-independent, so SQLite only.
 */
// ≈ 8 MB of CSV. With 60,000 (≈ 4.8 MB) a starved client on a busy machine read its first bytes only
// after the server had written the whole file into loopback's socket buffers (the send buffer alone
// grows to 4 MB), so its hang-up came after a complete export.
const EXTRA_AGENCIES = 100_000;

describe("sqlite: an export stream that stops early", () => {
  let database: TestDatabase;
  let app: App;
  let url: string;
  let cookie: string;
  const { logger, lines } = capturingLogger();

  beforeAll(async () => {
    database = await seededDatabase("sqlite");
    const now = new Date().toISOString();
    for (let i = 0; i < EXTRA_AGENCIES; i += 1000) {
      await database.db
        .insertInto("agencies")
        .values(
          Array.from({ length: 1000 }, (_, j) => ({
            name: `Bulk agency ${i + j}`,
            nameKey: `bulk agency ${i + j}`,
            countryCode: "FR",
            kind: "other",
            status: "active",
            createdAt: now,
            updatedAt: now,
          })),
        )
        .execute();
    }
    app = await appFor(database, { logger });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/api/export/agencies.csv`;
    cookie = await loginCookie(app, "viewer");
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  /** vi.waitFor's own default (1 s) is a timing assumption a busy machine breaks: wait for the condition. */
  const UNTIL = { timeout: 300_000, interval: 50 };

  /** The `after` of the nth export entry, once it is written (it may follow the client's end). */
  async function auditOf(nth: number) {
    await vi.waitFor(async () => {
      const n = await database.db
        .selectFrom("auditLog")
        .select("id")
        .where("action", "=", "export")
        .execute();
      expect(n.length).toBe(nth);
    }, UNTIL);
    const row = await database.db
      .selectFrom("auditLog")
      .select("after")
      .where("action", "=", "export")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    return JSON.parse(String(row.after));
  }

  it("the export over a real connection ends normally, every row counted", async () => {
    const res = await get(url, cookie);
    expect([res.status, res.error]).toEqual([200, null]);
    expect(res.body.startsWith("\uFEFFName,")).toBe(true);
    expect(await auditOf(1)).toEqual({ filters: [], rows: 17 + EXTRA_AGENCIES });
  });

  it("a client that hangs up stops the export; what it got is audited", async () => {
    const res = await get(url, cookie, { abortAfter: 200 * 1024 });
    expect(res.error).toBe("aborted by the client");
    await vi.waitFor(
      () => expect(lines.some((l) => l.includes("CSV export ended by the client"))).toBe(true),
      UNTIL,
    );
    const after = await auditOf(2);
    expect(after).toMatchObject({ filters: [], complete: false });
    expect(after.rows).toBeGreaterThanOrEqual(1);
    expect(after.rows).toBeLessThan(17 + EXTRA_AGENCIES);
  });

  it("a database failure after the first rows cuts the connection: no truncated file that looks complete", async () => {
    // The table goes away between two batches: the next read fails inside the stream.
    const res = await get(url, cookie, { onFirstData: () => sql`drop table agencies`.execute(database.db) });
    expect(res.status).toBe(200);
    expect(res.error).not.toBeNull();
    expect(res.body).not.toMatch(/no such table|Something went wrong/);
    const after = await auditOf(3);
    expect(after).toMatchObject({ filters: [], complete: false });
    expect(after.rows).toBeLessThan(17 + EXTRA_AGENCIES);
    expect(lines.some((l) => l.includes("Unexpected error in the CSV export"))).toBe(true);
  });
});
