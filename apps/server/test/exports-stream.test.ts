import { request } from "node:http";
import type { TestDatabase } from "@tbc/db/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { App } from "../src/app";
import { appFor, capturingLogger, loginCookie, seededDatabase } from "./helpers";

/**
 * What happens once the rows are streaming, with a stand-in for @tbc/db's exportCsv (the real one is
 * covered in exports.test.ts): a failure cuts the connection, a client that goes away stops the
 * export, and both leave an audit entry marked incomplete. The server logic is dialect-independent.
 */
const fake = vi.hoisted(() => ({ mode: "real" as "real" | "fail" | "endless" }));

vi.mock("@tbc/db", async (importOriginal) => {
  const original = await importOriginal<typeof import("@tbc/db")>();
  async function* stub(...args: Parameters<typeof original.exportCsv>): AsyncGenerator<string> {
    if (fake.mode === "real") return yield* original.exportCsv(...args);
    yield "\uFEFFName\r\n";
    yield "row 1\r\nrow 2\r\n";
    if (fake.mode === "fail") throw new Error("connection to the database lost at batch 2");
    while (true) {
      await new Promise((r) => setTimeout(r, 5));
      yield `${"x".repeat(64 * 1024)}\r\n`;
    }
  }
  return { ...original, exportCsv: stub };
});

type Received = { status: number; body: string; error: string | null };

/** A real HTTP client: sees a cut connection as an error (`abortAfter`: bytes, then it hangs up). */
function get(url: string, cookie: string, abortAfter?: number): Promise<Received> {
  return new Promise((resolve) => {
    const req = request(url, { headers: { cookie } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        body += chunk;
        if (abortAfter !== undefined && body.length >= abortAfter) {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, body, error: "aborted by the client" });
        }
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, error: null }));
      res.on("error", (e) => resolve({ status: res.statusCode ?? 0, body, error: String(e) }));
    });
    req.on("error", (e) => resolve({ status: 0, body: "", error: String(e) }));
    req.end();
  });
}

describe("sqlite: an export stream that stops early", () => {
  let database: TestDatabase;
  let app: App;
  let url: string;
  let cookie: string;
  const { logger, lines } = capturingLogger();

  beforeAll(async () => {
    database = await seededDatabase("sqlite");
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

  /** The `after` of the nth export entry, once it is written (it may follow the client's end). */
  async function auditOf(nth: number) {
    await vi.waitFor(async () => {
      const n = await database.db
        .selectFrom("auditLog")
        .select("id")
        .where("action", "=", "export")
        .execute();
      expect(n.length).toBe(nth);
    });
    const row = await database.db
      .selectFrom("auditLog")
      .select("after")
      .where("action", "=", "export")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    return JSON.parse(String(row.after));
  }

  it("the real export over a real connection ends normally", async () => {
    fake.mode = "real";
    const res = await get(url, cookie);
    expect([res.status, res.error]).toEqual([200, null]);
    expect(res.body.startsWith("\uFEFFName,")).toBe(true);
    expect(await auditOf(1)).toEqual({ filters: [], rows: 17 });
  });

  it("a failure after the first rows cuts the connection: no truncated file that looks complete", async () => {
    fake.mode = "fail";
    const res = await get(url, cookie);
    expect(res.status).toBe(200);
    expect(res.error).not.toBeNull();
    expect(res.body).not.toMatch(/database|Something went wrong/);
    expect(await auditOf(2)).toEqual({ filters: [], rows: 2, complete: false });
    expect(lines.some((l) => l.includes("Unexpected error in the CSV export") && l.includes("batch 2"))).toBe(
      true,
    );
  });

  it("a client that hangs up stops the export; what it got is audited", async () => {
    fake.mode = "endless";
    const res = await get(url, cookie, 200 * 1024);
    expect(res.error).toBe("aborted by the client");
    await vi.waitFor(() =>
      expect(lines.some((l) => l.includes("CSV export ended by the client"))).toBe(true),
    );
    const after = await auditOf(3);
    expect(after).toMatchObject({ filters: [], complete: false });
    expect(after.rows).toBeGreaterThanOrEqual(2);
  });
});
