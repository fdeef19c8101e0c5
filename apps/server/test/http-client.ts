import { request } from "node:http";
import type { App } from "../src/app";

export type Received = { status: number; body: string; error: string | null };

/**
 * A real HTTP client for streamed answers: sees a cut connection as an error (`abortAfter`: bytes,
 * then it hangs up; `onFirstData`: runs, with the response paused, once the first bytes arrived).
 */
export function streamGet(
  url: string,
  cookie: string,
  opts: { abortAfter?: number; onFirstData?: () => Promise<unknown> } = {},
): Promise<Received> {
  const { abortAfter, onFirstData } = opts;
  return new Promise((resolve) => {
    const req = request(url, { headers: { cookie } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        if (body === "" && onFirstData) {
          res.pause();
          void onFirstData().then(() => res.resume());
        }
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

/** Starts the app on a free loopback port; its origin. */
export async function listenOnLoopback(app: App): Promise<string> {
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  return `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
}
