import { Worker } from "node:worker_threads";
import { TEST_DIALECTS, type TestDatabase } from "@tbc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../src/app";
import { IMPORT_OPERATIONS_PATH } from "../src/http/imports";
import { appFor, loginCookie, seededDatabase } from "./helpers";
import { csvOf, csvRow } from "./operations-helpers";

/**
 * The client runs in a worker thread with its own event loop, so it sees bytes when they reach the
 * socket — even while the server's thread is busy validating (SQLite work never yields). It records
 * when each line arrived.
 */
const CLIENT = `
const { parentPort, workerData } = require("node:worker_threads");
const http = require("node:http");
const lines = [];
let buffer = "";
const req = http.request(workerData.url, { method: "POST", headers: workerData.headers }, (res) => {
  res.setEncoding("utf8");
  res.on("data", (chunk) => {
    const at = performance.timeOrigin + performance.now();
    buffer += chunk;
    let i;
    while ((i = buffer.indexOf("\\n")) >= 0) {
      const line = JSON.parse(buffer.slice(0, i));
      buffer = buffer.slice(i + 1);
      lines.push({ type: line.type, phase: line.phase, done: line.done, at });
    }
  });
  res.on("end", () => parentPort.postMessage({ status: res.statusCode, type: res.headers["content-type"], lines }));
});
req.on("error", (e) => parentPort.postMessage({ error: String(e) }));
req.end(workerData.body);
`;

type Arrival = { type: string; phase?: string; done?: number; at: number };
type ClientResult = { status: number; type: string; lines: Arrival[]; error?: string };

function postFromWorker(url: string, headers: Record<string, string>, body: string): Promise<ClientResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CLIENT, { eval: true, workerData: { url, headers, body } });
    worker.once("message", (m: ClientResult) => {
      void worker.terminate();
      if (m.error) reject(new Error(m.error));
      else resolve(m);
    });
    worker.once("error", reject);
  });
}

const ROWS = 20_000;

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: the import answer is streamed`, () => {
    let database: TestDatabase;
    let app: App;

    beforeAll(async () => {
      database = await seededDatabase(dialect);
      app = await appFor(database);
      await app.listen({ port: 0, host: "127.0.0.1" });
    });
    afterAll(async () => {
      await app?.close();
      await database?.drop();
    });

    it(`progress lines reach the client while a ${ROWS}-row file is still being validated`, async () => {
      const address = app.server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      const origin = `http://127.0.0.1:${port}`;
      const body = csvOf(Array.from({ length: ROWS }, (_, i) => csvRow(`Operation Stream ${i}`)));
      const result = await postFromWorker(
        `${origin}${IMPORT_OPERATIONS_PATH}?mode=preview&fileName=big.csv`,
        { cookie: await loginCookie(app, "staff"), origin, "content-type": "text/csv" },
        body,
      );
      expect(result.status).toBe(200);
      expect(result.type).toBe("application/x-ndjson");
      const final = result.lines.at(-1) as Arrival;
      expect(final.type).toBe("preview");
      const validate = result.lines.filter((l) => l.phase === "validate");
      expect(validate.length).toBeGreaterThanOrEqual(ROWS / 1000);
      const first = validate[0] as Arrival;
      const last = validate.at(-1) as Arrival;
      expect(first.done).toBe(1000);
      expect(last.done).toBe(ROWS);
      // Lines arrive as the work proceeds, not in one burst at the end: the validation progress is
      // spread over a good part of the answer's time (unflushed, it arrives within a millisecond).
      const answer = final.at - (result.lines[0] as Arrival).at;
      expect(last.at - first.at).toBeGreaterThan(answer / 4);
      expect(first.at).toBeLessThan(final.at);
    });
  });
}
