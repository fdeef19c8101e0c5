import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkSqliteBackup, createCrimeArea, openDatabase } from "@tbc/db";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../src/cli";

/**
 * `pnpm tbc backup` / `restore` on SQLite (issue 10): a plain copy of the file during writes lacked
 * committed rows; the online backup holds every write acknowledged before it began, and restores.
 */
const dir = mkdtempSync(join(tmpdir(), "tbc-backup-"));
const DATABASE_URL = join(dir, "live.sqlite");

async function cli(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    env: { DATABASE_URL, PASSWORD_HASH_COST: process.env.PASSWORD_HASH_COST },
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}

const areas = async (file: string) => {
  const handle = openDatabase(file);
  try {
    return (await handle.db.selectFrom("crimeAreas").select("code").execute()).map((r) => r.code);
  } finally {
    await handle.close();
  }
};

describe("pnpm tbc backup / restore (SQLite)", () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("a backup taken while writes go on holds every write acknowledged before it, and restores", async () => {
    expect((await cli(["migrate"])).code).toBe(0);
    const server = openDatabase(DATABASE_URL);
    const acknowledged: string[] = [];
    let writing = true;
    const writes = (async () => {
      for (let i = 0; writing; i++) {
        const code = `area ${String(i).padStart(5, "0")}`;
        await createCrimeArea(server.db, code, { userId: null });
        acknowledged.push(code);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    try {
      while (acknowledged.length < 50) await new Promise((resolve) => setImmediate(resolve));
      const before = [...acknowledged];
      const backup = join(dir, "backup.sqlite");
      const res = await cli(["backup", backup]);
      expect(res.code, res.stderr).toBe(0);
      expect(res.stdout).toMatch(/Backed up to .* integrity checked/);
      writing = false;
      await writes;
      expect(checkSqliteBackup(backup)).toMatchObject({ ok: true });
      const saved = await areas(backup);
      expect(saved).toEqual(expect.arrayContaining(before));
      // A snapshot: a prefix of the writes, none half-written.
      expect(acknowledged.slice(0, saved.filter((c) => c.startsWith("area ")).length)).toEqual(
        saved.filter((c) => c.startsWith("area ")).sort(),
      );

      expect(acknowledged.length).toBeGreaterThan(before.length);
      const restored = await cli(["restore", backup]);
      expect(restored.code, restored.stderr).toBe(0);
      expect(await areas(DATABASE_URL)).toEqual(saved);
    } finally {
      writing = false;
      await writes.catch(() => {});
      await server.close();
    }
  });

  it("restore refuses a file that is not a sound backup of this application", async () => {
    const junk = join(dir, "junk.sqlite");
    writeFileSync(junk, "not a database at all, just text");
    const res = await cli(["restore", junk]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain("Not restored");
    expect((await cli(["restore", join(dir, "missing.sqlite")])).stderr).toContain("does not exist");
  });

  it("on PostgreSQL the commands point at pg_dump / pg_restore", async () => {
    let stderr = "";
    const code = await runCli(["backup", join(dir, "x")], {
      env: { DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" },
      stdout: () => {},
      stderr: (t) => {
        stderr += t;
      },
    });
    expect(code).toBe(1);
    expect(stderr).toContain("pg_dump");
  });
});
