import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The folder of the seed CSVs. From sources it is packages/db/seed; a bundled server has its own copy
 * and says where (SEED_DIR, apps/server/src/env.ts): a bundle cannot know where the sources were.
 */
let seedDirectory = fileURLToPath(new URL("../../seed/", import.meta.url));

export function setSeedDirectory(directory: string): void {
  seedDirectory = directory;
}

export type SeedFile = "agencies.csv" | "operations.csv" | "operations_caveats.csv";

/** The absolute path of one seed file, read when a seed runs (not when this module loads). */
export const seedFile = (name: SeedFile): string => join(seedDirectory, name);
