import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "@tbc/db";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../src/cli";

// The generator is tested on both dialects in packages/db; this is the command around it (SQLite file).
const dir = mkdtempSync(join(tmpdir(), "tbc-cli-scale-"));
const DATABASE_URL = join(dir, "scale.sqlite");

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    env: { DATABASE_URL, ...env },
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}

describe("pnpm tbc seed --scale", () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses a scale that is not a number from 0.001 to 10, before touching the database", async () => {
    for (const bad of ["abc", "0", "-1", "11", ""]) {
      const res = await cli(["seed", `--scale=${bad}`]);
      expect(res.code).toBe(2);
      expect(res.stderr).toMatch(/The scale must be/);
    }
    expect((await cli(["seed", "--scale"])).code).toBe(2);
  });

  it("loads the generated data set with progress lines, then refuses a second load", {
    timeout: 600_000,
  }, async () => {
    const res = await cli(["seed", "--scale", "0.01"]);
    expect(res.stderr).toBe("");
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/done engagement rows +[\d,]+ rows \(100 %\), [\d,]+ rows\/s/);
    expect(res.stdout).toMatch(
      /Seeded scale 0\.01: 100 agencies, 20 operations .* 2,000 seizures, [\d,]+ engagement rows/,
    );
    expect(res.stdout).toContain("labelled as sample data");
    const database = openDatabase(DATABASE_URL);
    try {
      const users = await database.db.selectFrom("users").select("email").execute();
      expect(users.map((u) => u.email)).toContain("viewer@example.org");
    } finally {
      await database.close();
    }
    const again = await cli(["seed", "--scale", "0.01"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("only into an empty database");
  });

  it("is refused in production like the demo seed (it creates the demo accounts)", async () => {
    const res = await cli(["seed", "--scale", "0.01"], { NODE_ENV: "production" });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain("Refusing to seed demo accounts");
  });
});
