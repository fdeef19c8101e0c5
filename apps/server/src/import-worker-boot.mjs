// The import worker's entry: a worker thread does not inherit a test runner's TypeScript loader, so it
// registers tsx itself (harmless when the server already runs under tsx) and loads the worker.
import { register } from "tsx/esm/api";

register();
await import("./import-worker.ts");
