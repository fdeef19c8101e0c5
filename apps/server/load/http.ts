import { Agent, request } from "node:http";

/**
 * One request of the load, as a browser's client sends it, with what the load counts: the answer's
 * status, the time to the whole body, "busy, retry" answers retried after their Retry-After, and a
 * request that got no answer within the timeout. A failed request is recorded, never thrown.
 */

export type Answer =
  | { ok: true; status: number; json: unknown; text: string; ms: number; retries: number }
  | { ok: false; why: string; ms: number; retries: number };

export type RequestSpec = {
  method: "GET" | "POST";
  path: string;
  cookie: string;
  body?: unknown;
};

/**
 * The longest a client waits for an answer (LOAD_TIMEOUT_SECONDS, 60 by default: the original finding
 * counted 59 requests unanswered after 60 s). Not a latency target: a browser gives up about then.
 */
export const REQUEST_TIMEOUT_MS = Number(process.env.LOAD_TIMEOUT_SECONDS ?? 60) * 1000;
/** A "busy" answer that keeps coming back after this many retries is a failure. */
const MAX_RETRIES = 20;

export function trpcGet(path: string, input: unknown, cookie: string): RequestSpec {
  return { method: "GET", path: `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, cookie };
}

export function trpcPost(path: string, input: unknown, cookie: string): RequestSpec {
  return { method: "POST", path: `/trpc/${path}`, cookie, body: input };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Where a client's requests go: a browser tab's kept-alive connection (one per client, so the run
 * opens no connection after it starts), or, without one, a connection of its own closed afterwards.
 */
export function tabConnection(): Agent {
  return new Agent({ keepAlive: true, maxSockets: 1 });
}

/** Sends `spec`; on 503 waits for its Retry-After (1 s without one) and sends it again. */
export async function send(base: string, spec: RequestSpec, connection?: Agent): Promise<Answer> {
  const t0 = performance.now();
  let retries = 0;
  for (;;) {
    const res = await exchange(base, spec, connection);
    if (!res.ok) return { ok: false, why: res.why, ms: performance.now() - t0, retries };
    if (res.status === 503 && retries < MAX_RETRIES) {
      retries++;
      const after = Number(res.retryAfter);
      await sleep(Number.isFinite(after) && after > 0 ? after * 1000 : 1000);
      continue;
    }
    const ms = performance.now() - t0;
    let json: unknown = null;
    if (res.contentType.includes("json")) {
      try {
        json = JSON.parse(res.text);
      } catch {
        return { ok: false, why: `${res.status} with a body that is not JSON`, ms, retries };
      }
    }
    return { ok: true, status: res.status, json, text: res.text, ms, retries };
  }
}

type Exchanged =
  | { ok: true; status: number; text: string; contentType: string; retryAfter: string | undefined }
  | { ok: false; why: string };

/** One HTTP exchange, the whole body included: an answer that stops half-way is unanswered too. */
function exchange(base: string, spec: RequestSpec, connection: Agent | undefined): Promise<Exchanged> {
  const body = spec.body === undefined ? undefined : JSON.stringify(spec.body);
  return new Promise((resolve) => {
    const req = request(
      new URL(spec.path, base),
      {
        method: spec.method,
        agent: connection ?? false,
        headers: {
          cookie: spec.cookie,
          ...(connection ? {} : { connection: "close" }),
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", (err) => resolve({ ok: false, why: describeError(err) }));
        res.on("end", () => {
          clearTimeout(timer);
          resolve({
            ok: true,
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString("utf8"),
            contentType: res.headers["content-type"] ?? "",
            retryAfter: res.headers["retry-after"],
          });
        });
      },
    );
    const timer = setTimeout(() => {
      resolve({ ok: false, why: `no answer within ${REQUEST_TIMEOUT_MS / 1000} s` });
      req.destroy();
    }, REQUEST_TIMEOUT_MS);
    req.on("error", (err) => {
      clearTimeout(timer);
      resolve({ ok: false, why: describeError(err) });
    });
    req.end(body);
  });
}

function describeError(err: unknown): string {
  return (err as { code?: string }).code ?? (err as Error).message;
}

/** tRPC's `result.data` of a 200 answer, else null. */
export function dataOf<T>(answer: Answer): T | null {
  if (!answer.ok || answer.status !== 200) return null;
  return ((answer.json as { result?: { data?: T } } | null)?.result?.data ?? null) as T | null;
}

/** Signs in through the API; the session cookie to send back. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${base}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("tbc_session="));
  if (res.status !== 200 || !session)
    throw new Error(`sign-in as ${email}: ${res.status} ${await res.text()}`);
  return session.split(";")[0] as string;
}
