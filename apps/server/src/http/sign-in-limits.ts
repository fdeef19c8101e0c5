/**
 * Sign-in throttling (ASVS 6.3 / 2.2 "anti-automation") with @fastify/rate-limit's limiters
 * (`app.createRateLimit`), used by `auth.login` through the context:
 *   - per address: every attempt counts, at most `perAddress` per window (default 10 / 15 min);
 *   - per account: failures count, at most `perAccount` per window (default 5 / 15 min), then that
 *     email is refused until the window ends, whether or not such an account exists (so the lock
 *     does not reveal which emails have accounts).
 * Each refusal is a TOO_MANY_REQUESTS (429) with "… Try again in N minutes." and a pino warning.
 * The counters live in this process (an LRU of 5,000 keys per limiter), so they reset on restart.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { SignInLimits } from "../trpc";

export type SignInLimitsConfig = { perAddress: number; perAccount: number; windowMs: number };

export const SIGN_IN_LIMITS: SignInLimitsConfig = { perAddress: 10, perAccount: 5, windowMs: 15 * 60_000 };

const minutes = (ms: number) => {
  const n = Math.max(1, Math.ceil(ms / 60_000));
  return `${n} minute${n === 1 ? "" : "s"}`;
};

export const tooManyAttempts = (ms: number) => `Too many sign-in attempts. Try again in ${minutes(ms)}.`;
export const accountLocked = (ms: number) =>
  `Too many failed sign-ins for this account. Try again in ${minutes(ms)}.`;

/** Needs @fastify/rate-limit registered on `app`; returns the limits for one request. */
export function signInLimiter(
  app: FastifyInstance,
  config: SignInLimitsConfig = SIGN_IN_LIMITS,
): (req: FastifyRequest) => SignInLimits {
  // The limiter's key comes from the request; the email is not in it until the procedure parsed it.
  const emailOf = new WeakMap<FastifyRequest, string>();
  const byAddress = app.createRateLimit({
    max: config.perAddress,
    timeWindow: config.windowMs,
    keyGenerator: (req) => `address:${req.ip}`,
  });
  const byAccount = app.createRateLimit({
    max: config.perAccount,
    timeWindow: config.windowMs,
    keyGenerator: (req) => `account:${emailOf.get(req) ?? ""}`,
  });

  return (req) => ({
    async check(email) {
      emailOf.set(req, email.trim().toLowerCase());
      const address = await byAddress(req);
      if (!address.isAllowed && address.isExceeded) {
        req.log.warn(
          {
            ip: req.ip,
            email,
            limit: "address",
            max: config.perAddress,
            retryAfterSeconds: address.ttlInSeconds,
          },
          "Sign-in refused: too many attempts from this address",
        );
        return tooManyAttempts(address.ttl);
      }
      const account = await byAccount(req, { increment: false });
      if (!account.isAllowed && account.remaining === 0) {
        req.log.warn(
          {
            ip: req.ip,
            email,
            limit: "account",
            max: config.perAccount,
            retryAfterSeconds: account.ttlInSeconds,
          },
          "Sign-in refused: too many failed attempts on this account",
        );
        return accountLocked(account.ttl);
      }
      return null;
    },
    async failed(email) {
      emailOf.set(req, email.trim().toLowerCase());
      await byAccount(req);
    },
  });
}
