// The read worker's entry (read-pool.ts). The code base is TypeScript run through tsx, whose loader
// a worker thread does not inherit (nor does one started under vitest): register it, then load.
import { register } from "tsx/esm/api";

register();
await import("./read-worker.ts");
