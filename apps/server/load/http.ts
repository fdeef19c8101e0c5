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

/** Sends `spec`; on 503 waits for its Retry-After (1 s without one) and sends it again. */
export async function send(base: string, spec: RequestSpec): Promise<Answer> {
  const t0 = performance.now();
  let retries = 0;
  for (;;) {
    let res: Response;
    let text: string;
    try {
      res = await fetch(`${base}${spec.path}`, {
        method: spec.method,
        headers: {
          cookie: spec.cookie,
          ...(spec.body === undefined ? {} : { "content-type": "application/json" }),
        },
        ...(spec.body === undefined ? {} : { body: JSON.stringify(spec.body) }),
        // The whole exchange, body included: an answer that stops half-way is unanswered too.
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      text = await res.text();
    } catch (err) {
      const name = (err as Error).name;
      const why =
        name === "TimeoutError" ? `no answer within ${REQUEST_TIMEOUT_MS / 1000} s` : describeError(err);
      return { ok: false, why, ms: performance.now() - t0, retries };
    }
    if (res.status === 503 && retries < MAX_RETRIES) {
      retries++;
      const after = Number(res.headers.get("retry-after"));
      await sleep(Number.isFinite(after) && after > 0 ? after * 1000 : 1000);
      continue;
    }
    const ms = performance.now() - t0;
    let json: unknown = null;
    if ((res.headers.get("content-type") ?? "").includes("json")) {
      try {
        json = JSON.parse(text);
      } catch {
        return { ok: false, why: `${res.status} with a body that is not JSON`, ms, retries };
      }
    }
    return { ok: true, status: res.status, json, text, ms, retries };
  }
}

function describeError(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (err as Error).message;
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
