/**
 * Loaded by every package's vitest config (`setupFiles`) before any test. Tests sign in hundreds of
 * times; at production's scrypt cost (2^17: ~0.3 s of CPU and 128 MiB a hash) a busy machine's run
 * timed out. Each hash records its own cost, so nothing else behaves differently. The environment
 * variable carries the same cost into processes the tests start (the CLI).
 */
import { setSqliteSynchronous } from "./database";
import { TEST_PASSWORD_COST } from "./testing";
import { setPasswordCost } from "./users/passwords";

setPasswordCost(TEST_PASSWORD_COST);
// Commits need not reach the disk in tests (a crash of the machine ends the run anyway); the
// PostgreSQL test databases do the same (testing.ts). Processes the tests start keep the defaults.
setSqliteSynchronous("normal");
process.env.PASSWORD_HASH_COST = String(TEST_PASSWORD_COST);
