import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { createTestDatabase, type TestDatabase } from "@tbc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../src/app";
import { appFor } from "./helpers";

// The dashboard's build writes .br and .gz beside each text asset; the server sends the one the
// browser accepts, as it is. Serving files does not depend on the dialect: SQLite only.
describe("dashboard serving, precompressed", () => {
  let database: TestDatabase;
  let dir: string;
  let app: App;
  const script = `console.log(${JSON.stringify("turn back crime ".repeat(200))});`;
  const page = `<!doctype html><title>TBC</title><div id=root></div>${"<!-- padding -->".repeat(100)}`;

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    dir = mkdtempSync(join(tmpdir(), "tbc-dashboard-br-"));
    mkdirSync(join(dir, "assets"));
    for (const [name, text] of [
      ["index.html", page],
      ["assets/app-1234.js", script],
    ] as const) {
      writeFileSync(join(dir, name), text);
      writeFileSync(join(dir, `${name}.br`), brotliCompressSync(text));
      writeFileSync(join(dir, `${name}.gz`), gzipSync(text));
    }
    writeFileSync(join(dir, "assets", "plain-1234.js"), "console.log(1)");
    app = await appFor(database, { dashboardDir: dir });
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends brotli when accepted, gzip otherwise, the plain file to a client that accepts neither", async () => {
    const url = "/assets/app-1234.js";
    const br = await app.inject({ method: "GET", url, headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(br.statusCode).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers["content-type"]).toMatch(/javascript/);
    expect(br.headers["cache-control"]).toContain("immutable");
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);

    const gz = await app.inject({ method: "GET", url, headers: { "accept-encoding": "gzip" } });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gz.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);

    const plain = await app.inject({ method: "GET", url, headers: { "accept-encoding": "identity" } });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it("index.html and the history fallback come compressed too, and are revalidated", async () => {
    for (const url of ["/", "/agencies/show/3"]) {
      const res = await app.inject({ method: "GET", url, headers: { "accept-encoding": "br" } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers["content-encoding"], url).toBe("br");
      expect(res.headers["cache-control"], url).toBe("no-cache");
      expect(brotliDecompressSync(res.rawPayload).toString(), url).toBe(page);
    }
  });

  it("a file built without compressed copies is sent as it is", async () => {
    const res = await app.inject({
      method: "GET",
      url: "/assets/plain-1234.js",
      headers: { "accept-encoding": "br, gzip" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.body).toBe("console.log(1)");
  });

  // Assets are kept in memory once read (src/http/assets.ts): what that must not change.
  it("an asset written after the server started is served; a name that does not exist is not kept", async () => {
    const url = "/assets/late-5678.js";
    expect((await app.inject({ method: "GET", url })).statusCode).toBe(404);
    writeFileSync(join(dir, "assets", "late-5678.js"), "console.log('late')");
    const res = await app.inject({ method: "GET", url, headers: { "accept-encoding": "br" } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe("console.log('late')");
    expect(res.headers["content-type"]).toMatch(/javascript/);
  });

  it("HEAD answers like GET without a body; q=0 refuses an encoding", async () => {
    const url = "/assets/app-1234.js";
    const head = await app.inject({ method: "HEAD", url, headers: { "accept-encoding": "br" } });
    expect(head.statusCode).toBe(200);
    expect(head.headers["content-encoding"]).toBe("br");
    expect(head.body).toBe("");
    const refused = await app.inject({ method: "GET", url, headers: { "accept-encoding": "br;q=0, gzip" } });
    expect(refused.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(refused.rawPayload).toString()).toBe(script);
  });

  it("paths that leave assets/ or name a dotfile never send a file", async () => {
    writeFileSync(join(dir, "assets", ".env"), "SECRET=1");
    for (const url of ["/assets/.env", "/assets/..%2findex.html", "/assets/sub/app-1234.js"]) {
      const res = await app.inject({ method: "GET", url });
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).not.toContain("SECRET");
      expect(res.body, url).not.toContain("<title>");
    }
    // No extension: a dashboard route as far as the history fallback knows, so index.html.
    const outside = await app.inject({ method: "GET", url: "/assets/..%2f..%2f..%2fetc%2fpasswd" });
    expect(outside.body).not.toContain("root:");
    expect(outside.headers["cache-control"]).toBe("no-cache");
  });
});
