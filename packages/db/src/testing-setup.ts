/**
 * Loaded by every package's vitest config (`setupFiles`) before any test. Tests sign in hundreds of
 * times; at production's scrypt cost (2^17: ~0.3 s of CPU and 128 MiB a hash) a busy machine's run
 * timed out. Each hash records its own cost, so nothing else behaves differently. The environment
 * variable carries the same cost into processes the tests start (the CLI).
 */
import { TEST_PASSWORD_COST } from "./testing";
import { setPasswordCost } from "./users/passwords";

setPasswordCost(TEST_PASSWORD_COST);
process.env.PASSWORD_HASH_COST = String(TEST_PASSWORD_COST);
