import { randomBytes, scrypt as scryptCb, timingSafeEqual } from "node:crypto";

/**
 * OWASP ASVS: scrypt with N >= 2^17, r = 8 in production. The cost is log2(N); each hash records its
 * own parameters, so a hash made at one cost verifies at any other, and the cost can be raised later.
 */
export const PRODUCTION_PASSWORD_COST = 17;
/** The lowest cost `setPasswordCost` accepts: for test suites, where a password protects nothing. */
export const MIN_PASSWORD_COST = 10;
const MAX_PASSWORD_COST = 20;
const R = 8;
const P = 1;
const KEYLEN = 32;

let cost = PRODUCTION_PASSWORD_COST;

/**
 * The cost of new hashes (PASSWORD_HASH_COST). Test suites lower it: every sign-in at 2^17 costs
 * about 0.3 s of CPU and 128 MiB, which made a busy machine's test run time out.
 */
export function setPasswordCost(log2N: number): void {
  if (!Number.isInteger(log2N) || log2N < MIN_PASSWORD_COST || log2N > MAX_PASSWORD_COST) {
    throw new RangeError(
      `password hash cost must be a whole number from ${MIN_PASSWORD_COST} to ${MAX_PASSWORD_COST}`,
    );
  }
  cost = log2N;
  dummyHash = undefined;
}

export function passwordCost(): number {
  return cost;
}

function scrypt(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  // maxmem must cover 128 * N * r bytes, with room to spare.
  const maxmem = 256 * n * r;
  return new Promise((resolve, reject) =>
    scryptCb(password.normalize("NFKC"), salt, KEYLEN, { N: n, r, p, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** `scrypt$N$r$p$salt$hash`, so that parameters can be raised later without breaking old hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const n = 2 ** cost;
  const key = await scrypt(password, salt, n, R, P);
  return `scrypt$${n}$${R}$${P}$${salt.toString("base64")}$${key.toString("base64")}`;
}

const ACCEPTED_N = new Set(
  Array.from({ length: MAX_PASSWORD_COST - MIN_PASSWORD_COST + 1 }, (_, i) => 2 ** (MIN_PASSWORD_COST + i)),
);

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !hash) return false;
  // A stored hash is ours, but a corrupted one must not make scrypt allocate gigabytes.
  if (!ACCEPTED_N.has(Number(n)) || r !== String(R) || p !== String(P)) return false;
  const expected = Buffer.from(hash, "base64");
  const key = await scrypt(password, Buffer.from(salt, "base64"), Number(n), R, P);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A real hash to compare against when the email is unknown, so timing does not reveal accounts. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  return dummyHash;
}
