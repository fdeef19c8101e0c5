import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { countUsers, engagementTotals, listPosts, openDatabase, verifyCredentials } from "@tbc/db";
import { ENGAGEMENT_CSV_HEADER, OPERATIONS_CSV_HEADER, POSTS_CSV_HEADER } from "@tbc/types";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../src/cli";

// The CLI itself is dialect-independent (it goes through the same repositories): SQLite file only.
const dir = mkdtempSync(join(tmpdir(), "tbc-cli-"));
const DATABASE_URL = join(dir, "cli.sqlite");

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}, secret?: string) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    // The CLI sets the process's hashing cost from its environment: keep the tests' cheap one.
    env: { DATABASE_URL, PASSWORD_HASH_COST: process.env.PASSWORD_HASH_COST, ...env },
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    ...(secret === undefined ? {} : { readSecret: async () => secret }),
  });
  return { code, stdout, stderr };
}

describe("pnpm tbc", () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("help lists every command; no command or an unknown one is a usage error", async () => {
    const help = await cli(["help"]);
    expect(help.code).toBe(0);
    for (const c of ["migrate", "seed", "user create", "import operations", "import engagement"]) {
      expect(help.stdout).toContain(c);
    }
    expect((await cli([])).code).toBe(2);
    const unknown = await cli(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown command");
    expect((await cli(["user"])).stderr).toContain("`user create`");
    expect((await cli(["migrate", "--bogus"])).code).toBe(2);
  });

  it("migrate creates and migrates the database", async () => {
    const res = await cli(["migrate"]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain("up to date");
  });

  it("user create: validates email, role and password length", async () => {
    const password = { TBC_PASSWORD: "a long enough password" };
    expect((await cli(["user", "create", "--role", "admin"], password)).code).toBe(2);
    const badRole = await cli(["user", "create", "--email", "a@b.org", "--role", "root"], password);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain("viewer, staff, manager, admin");
    const short = await cli(["user", "create", "--email", "a@b.org", "--role", "admin"], {
      TBC_PASSWORD: "short",
    });
    expect(short.code).toBe(1);
    expect(short.stderr).toContain("at least 12 characters");
    const common = await cli(["user", "create", "--email", "a@b.org", "--role", "admin"], {
      TBC_PASSWORD: "password1234",
    });
    expect(common.code).toBe(1);
    expect(common.stderr).toContain("too common");
    const none = await cli(["user", "create", "--email", "a@b.org", "--role", "admin"]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("TBC_PASSWORD");
  });

  it("user create: from TBC_PASSWORD or stdin; the user can sign in; duplicates are refused", async () => {
    const env = { TBC_PASSWORD: "correct horse battery" };
    const created = await cli(["user", "create", "--email", "Chief@Example.org", "--role", "admin"], env);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain("Created admin chief@example.org");
    const piped = await cli(
      [
        "user",
        "create",
        "--email",
        "ops@example.org",
        "--role",
        "staff",
        "--name",
        "Ops",
        "--password-stdin",
      ],
      {},
      "another long password\n",
    );
    expect(piped.code).toBe(0);
    const again = await cli(["user", "create", "--email", "chief@example.org", "--role", "viewer"], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already exists");

    const database = openDatabase(DATABASE_URL);
    try {
      expect(await verifyCredentials(database.db, "chief@example.org", env.TBC_PASSWORD)).toMatchObject({
        role: "admin",
      });
      expect(await verifyCredentials(database.db, "ops@example.org", "another long password")).toMatchObject({
        name: "Ops",
        role: "staff",
      });
    } finally {
      await database.close();
    }
  });

  it("import engagement: daily metrics or posts (by the header), all or nothing", async () => {
    const file = (name: string, header: readonly string[], rows: string[]) => {
      writeFileSync(join(dir, name), [header.join(","), ...rows, ""].join("\r\n"));
      return join(dir, name);
    };
    const daily = file("daily.csv", ENGAGEMENT_CSV_HEADER, [
      "2024-01-01,x,,100,,7,,,,,",
      "2024-01-02,x,,200,,9,,,,,",
    ]);
    const posts = file("posts.csv", POSTS_CSV_HEADER, ["2024-01-01T10:00:00Z,x,Hello,,10,1,,,,"]);
    const bad = file("bad.csv", ENGAGEMENT_CSV_HEADER, [
      "2024-01-03,x,,5,,,,,,,",
      "2024-01-04,orkut,,5,,,,,,,",
    ]);

    const imported = await cli(["import", "engagement", daily]);
    expect([imported.code, imported.stderr]).toEqual([0, ""]);
    expect(imported.stdout).toMatch(
      /Imported daily\.csv into .+ \(import #\d+, 2 rows\): 2 created, 0 updated/,
    );
    expect((await cli(["import", "engagement", posts])).stdout).toMatch(/Imported posts\.csv .*1 created/);
    const refused = await cli(["import", "engagement", bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('row 3, column channel: Unknown channel "orkut"');
    expect(refused.stderr).toContain("nothing was imported");

    const database = openDatabase(DATABASE_URL);
    try {
      const totals = await engagementTotals(database.db, { from: "2024-01-01", to: "2024-01-04" });
      expect(totals).toMatchObject({ sample: false, totals: { impressions: 300, engagements: 16 } });
      expect((await listPosts(database.db, {})).data).toMatchObject([{ text: "Hello", isSample: false }]);
    } finally {
      await database.close();
    }
  });

  it("import --preview: writes nothing; an update names its changes; an unknown name gets did you mean", async () => {
    const header = OPERATIONS_CSV_HEADER.join(",");
    const write = (name: string, arrests: number, country: string) => {
      const path = join(dir, name);
      writeFileSync(
        path,
        `${header}\nOperation CLI Preview,2023,2023-05,food,Europe,,${country},,${arrests},,,,,\n`,
      );
      return path;
    };
    expect((await cli(["import", "operations", write("first.csv", 3, "Netherlands (Aruba)")])).code).toBe(0);
    const update = await cli(["import", "operations", write("second.csv", 5, "Aruba"), "--preview"]);
    expect([update.code, update.stdout.trim().split("\n")]).toEqual([
      0,
      [
        "1 row(s): 0 to create, 1 to update, 0 unchanged, 0 with errors.",
        'row 2, update Operation CLI Preview (2023): arrests: "3" → "5"',
      ],
    ]);
    const unknown = await cli(["import", "operations", write("third.csv", 5, "Arubba"), "--preview"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toContain(
      'row 2, column countries: Unknown country "Arubba": did you mean "Aruba" (AW)?',
    );
    expect(unknown.stdout).toContain(
      'country "Arubba" (1 row(s)) does not resolve; did you mean Aruba (AW)?',
    );
    // Nothing of either preview was written: the stored row still has 3 arrests.
    const again = await cli([
      "import",
      "operations",
      write("first-again.csv", 3, "Netherlands (Aruba)"),
      "--preview",
    ]);
    expect(again.stdout).toContain("0 to update, 1 unchanged");
  });

  it("import: a file of 2,000 errors prints 200 and counts the rest; a file that is not UTF-8 says where", async () => {
    const header = OPERATIONS_CSV_HEADER.join(",");
    const rows = Array.from({ length: 1000 }, (_, i) => `Operation CLI ${i},2022,,food,,,,many,some,,,,,`);
    const bad = join(dir, "many-errors.csv");
    writeFileSync(bad, [header, ...rows, ""].join("\n"));
    const refused = await cli(["import", "operations", bad]);
    expect(refused.code).toBe(1);
    const lines = refused.stderr.trimEnd().split("\n");
    expect(lines.filter((l) => l.startsWith("row "))).toHaveLength(200);
    expect(lines[0]).toBe("row 2, column raids: Raids must be a whole number");
    expect(lines.at(-2)).toBe("… and 1,800 more errors");
    expect(lines.at(-1)).toMatch(/2,000 error\(s\) in 1,000 of 1,000 row\(s\): nothing was imported\./);
    expect(Buffer.byteLength(refused.stderr)).toBeLessThan(64 * 1024);

    const latin1 = join(dir, "latin1.csv");
    const text = `${header}\nOpération,2022,,food,,,,1,1,,,,,\n`;
    writeFileSync(latin1, Buffer.from(text, "latin1"));
    const notUtf8 = await cli(["import", "operations", latin1]);
    expect(notUtf8.code).toBe(1);
    expect(notUtf8.stderr).toContain(
      `The file is not UTF-8 text (line 2, byte offset ${header.length + 3}): save it as “CSV UTF-8” and import it again: nothing was imported.`,
    );
  });

  it("seed: refused in production without --force; skipped when the database has data", async () => {
    const refused = await cli(["seed"], { NODE_ENV: "production" });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("--force");
    const skipped = await cli(["seed"]);
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toContain("nothing was seeded");
    const database = openDatabase(DATABASE_URL);
    try {
      expect(await countUsers(database.db)).toBe(2);
    } finally {
      await database.close();
    }
    const fresh = await cli(["seed"], { DATABASE_URL: join(dir, "fresh.sqlite") });
    expect(fresh.code).toBe(0);
    expect(fresh.stdout).toMatch(
      /Seeded 17 agencies, 58 operations and 4 demo accounts, and [\d,]{6,} sample engagement rows and \d+ sample posts \(labelled as sample data\) into /,
    );
  });
});
