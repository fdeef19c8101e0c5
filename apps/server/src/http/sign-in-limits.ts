/**
 * Sign-in throttling (ASVS 2.2 "anti-automation") that protects an account without letting a
 * stranger lock its owner out. Only FAILED attempts count, in the database (so the limits survive a
 * restart and hold across server processes), each key in a window (default 15 minutes):
 *   - per address: at most `perAddress` failures (default 20), then every sign-in from that address
 *     is refused until the window ends — a password-guessing client, or one office's typos;
 *   - per account and address: at most `perAccount` failures (default 5), then that email is refused
 *     FROM THAT ADDRESS only, whether or not the account exists (so the refusal reveals nothing);
 *     its owner signs in from their own address as usual;
 *   - per account, from all addresses: beyond `perAccount` failures each attempt on the account waits
 *     longer before it is answered (doubling from `delayBaseMs` up to `maxDelayMs`), which slows a
 *     guesser spread over many addresses and costs the owner at most a few seconds.
 * A successful sign-in clears its account's counters. Each refusal is a TOO_MANY_REQUESTS (429) with
 * "… Try again in N minutes." and a pino warning.
 */
import { clearSignInFailures, type Database, recordSignInFailure, signInFailures } from "@tbc/db";
import { type CodedMessage, coded } from "@tbc/types";
import type { FastifyRequest } from "fastify";
import type { SignInLimits } from "../trpc";

export type SignInLimitsConfig = {
  perAddress: number;
  perAccount: number;
  windowMs: number;
  /** The first delay on an account past its limit; 0 turns the delay off (tests). */
  delayBaseMs: number;
  maxDelayMs: number;
};

export const SIGN_IN_LIMITS: SignInLimitsConfig = {
  perAddress: 20,
  perAccount: 5,
  windowMs: 15 * 60_000,
  delayBaseMs: 500,
  maxDelayMs: 8_000,
};

/** A refusal's wait: `count` in whole minutes (what the sentence says), `retryAfter` in seconds. */
const wait = (ms: number) => ({
  count: Math.max(1, Math.ceil(ms / 60_000)),
  retryAfter: Math.max(1, Math.ceil(ms / 1000)),
});

export const tooManyAttempts = (ms: number): CodedMessage => coded("limit.login", wait(ms));
export const accountLocked = (ms: number): CodedMessage => coded("limit.account", wait(ms));

/** How long an attempt on an account with `failures` recent failures (from anywhere) waits. */
export function accountDelayMs(failures: number, config: SignInLimitsConfig): number {
  const over = failures - config.perAccount;
  if (over < 0 || config.delayBaseMs <= 0) return 0;
  return Math.min(config.delayBaseMs * 2 ** Math.min(over, 20), config.maxDelayMs);
}

const keysOf = (email: string, ip: string) => {
  const account = email.trim().toLowerCase();
  return { address: `address:${ip}`, pair: `pair:${account}|${ip}`, account: `account:${account}` };
};

/** The limits for one request, counted in `database`. */
export function signInLimiter(
  database: Database,
  config: SignInLimitsConfig = SIGN_IN_LIMITS,
): (req: FastifyRequest) => SignInLimits {
  return (req) => {
    const ip = req.ip ?? "unknown";
    return {
      async check(email) {
        const keys = keysOf(email, ip);
        const counts = await signInFailures(database.db, Object.values(keys));
        const refuse = (key: string, max: number, limit: string, message: (ms: number) => CodedMessage) => {
          const count = counts.get(key);
          if (!count || count.failures < max) return null;
          const ms = Date.parse(count.windowEndsAt) - Date.now();
          req.log.warn(
            { ip, email, limit, max, retryAfterSeconds: Math.ceil(ms / 1000) },
            `Sign-in refused: too many failed attempts (${limit})`,
          );
          return message(ms);
        };
        const refusal =
          refuse(keys.address, config.perAddress, "address", tooManyAttempts) ??
          refuse(keys.pair, config.perAccount, "account", accountLocked);
        if (refusal) return refusal;
        const delay = accountDelayMs(counts.get(keys.account)?.failures ?? 0, config);
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        return null;
      },
      async failed(email) {
        await recordSignInFailure(database.db, Object.values(keysOf(email, ip)), config.windowMs);
      },
      async succeeded(email) {
        const keys = keysOf(email, ip);
        await clearSignInFailures(database.db, [keys.pair, keys.account]);
      },
    };
  };
}
