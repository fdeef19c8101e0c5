/**
 * The operator CLI: `pnpm tbc <command>` (GUIDE §1). Commands live in one table keyed by their
 * words ("migrate", "user create"); adding `backup <file>` is one more entry, and a new upload kind
 * of src/http/imports.ts one more `importCommand`. `runCli` returns the exit code, so tests call it in-process.
 */
import { readFile, stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type ParseArgsConfig, parseArgs } from "node:util";
import {
  createUser,
  type Database,
  FieldError,
  ImportRejectedError,
  migrateToLatest,
  openDatabase,
  passwordProblem,
  scaleProblem,
  scaleSeedSummary,
  seedDemo,
  seedScale,
} from "@tbc/db";
import { type ImportPreview, MAX_IMPORT_BYTES, MIN_PASSWORD_LENGTH, ROLES, ZRole } from "@tbc/types";
import { z } from "zod";
import { type Env, EnvError, loadEnv, passwordFromEnv } from "./env";
import {
  formatImportError,
  IMPORT_KINDS,
  type ImportKindName,
  sanitizeFileName,
  TOO_LARGE_MESSAGE,
} from "./imports";
import { DEMO_SEED, seedSummary } from "./seed";

type Options = NonNullable<ParseArgsConfig["options"]>;
type Parsed = {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
};

export type CliIo = {
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The password for `--password-stdin` or a terminal prompt. */
  readSecret?: (how: "stdin" | "prompt") => Promise<string>;
};

type Command = {
  usage: string;
  summary: string;
  options?: Options;
  /** Names of required positional arguments, in order. */
  args?: string[];
  run(parsed: Parsed, env: Env, io: CliIo): Promise<void>;
};

/** An error meant for the operator: printed without a stack, exit code 1 (2 for usage errors). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}

async function withDatabase<T>(env: Env, io: CliIo, fn: (database: Database) => Promise<T>): Promise<T> {
  const database = openDatabase(env.databaseUrl);
  try {
    const result = await migrateToLatest(database.db);
    for (const r of result.results ?? []) {
      if (r.status === "Success") io.stdout(`Applied migration ${r.migrationName}\n`);
    }
    return await fn(database);
  } finally {
    await database.close();
  }
}

const COMMANDS: Record<string, Command> = {
  migrate: {
    usage: "migrate",
    summary: "apply pending database migrations and refresh the country list",
    async run(_parsed, env, io) {
      await withDatabase(env, io, async (database) => {
        io.stdout(`Database ${database.describe} is up to date.\n`);
      });
    },
  },

  seed: {
    usage: "seed [--force] [--scale N]",
    summary:
      "load the demo data and demo accounts into an empty database (refused in production); --scale N: a large generated sample data set (1 = 10,000 agencies, 2M engagement rows)",
    options: { force: { type: "boolean" }, scale: { type: "string" } },
    async run({ values }, env, io) {
      if (env.production && !values.force) {
        throw new CliError(
          "Refusing to seed demo accounts with a known password in production (NODE_ENV=production).\n" +
            "Run `pnpm tbc seed --force` if you really want them.",
        );
      }
      if (values.scale !== undefined) return seedAtScale(Number(values.scale), env, io);
      await withDatabase(env, io, async (database) => {
        const report = await seedDemo(database.db, DEMO_SEED);
        io.stdout(
          report.skipped
            ? "The database already has agencies or users: nothing was seeded.\n"
            : `${seedSummary(report)} into ${database.describe}.\n`,
        );
      });
    },
  },

  "import operations": importCommand(
    "operations",
    "import operation outcomes (the header of operations.csv), all or nothing — as the dashboard's import",
  ),

  "import engagement": importCommand(
    "engagement",
    "import daily engagement metrics or posts (told apart by the header), all or nothing — as the dashboard's import",
  ),

  "user create": {
    usage: "user create --email E --role R [--name N] [--password-stdin]",
    summary: `create a user; the password (${MIN_PASSWORD_LENGTH}+ characters, not a common one) comes from TBC_PASSWORD, --password-stdin or a prompt`,
    options: {
      email: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      "password-stdin": { type: "boolean" },
    },
    async run({ values }, env, io) {
      const email = z.email().safeParse(values.email);
      if (!email.success) throw new CliError("Give a valid --email address.", 2);
      const role = ZRole.safeParse(values.role);
      if (!role.success) throw new CliError(`Give --role as one of: ${ROLES.join(", ")}.`, 2);
      const name =
        typeof values.name === "string" && values.name.trim() ? values.name.trim() : email.data.split("@")[0];
      const password = await readPassword(values["password-stdin"] === true, io);
      // The same policy as the API's (length, common passwords): packages/db password-policy.ts.
      const problem = passwordProblem(password);
      if (problem) throw new CliError(`The password is not accepted: ${problem.replace(/\.$/, "")}.`);
      await withDatabase(env, io, async (database) => {
        try {
          const user = await createUser(database.db, {
            email: email.data,
            name: name ?? email.data,
            role: role.data,
            password,
          });
          io.stdout(`Created ${user.role} ${user.email} (id ${user.id}) in ${database.describe}.\n`);
        } catch (err) {
          if (err instanceof FieldError) throw new CliError(err.message);
          throw err;
        }
      });
    },
  },

  help: {
    usage: "help",
    summary: "show this help",
    async run(_parsed, _env, io) {
      io.stdout(helpText());
    },
  },
};

/** `seed --scale N`: the generated data set of packages/db/src/seed/scale, with progress lines. */
async function seedAtScale(scale: number, env: Env, io: CliIo): Promise<void> {
  const problem = scaleProblem(scale);
  if (problem) throw new CliError(problem, 2);
  await withDatabase(env, io, async (database) => {
    try {
      const report = await seedScale(database.db, { scale, log: (line) => io.stdout(`${line}\n`) });
      io.stdout(`${scaleSeedSummary(report)}, into ${database.describe}.\n`);
    } catch (err) {
      if (err instanceof FieldError) throw new CliError(err.message);
      throw err;
    }
  });
}

function helpText(): string {
  const width = Math.max(...Object.values(COMMANDS).map((c) => c.usage.length));
  const rows = Object.values(COMMANDS).map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`);
  return [
    "Usage: pnpm tbc <command>",
    "",
    "Commands:",
    ...rows,
    "",
    "The database comes from DATABASE_URL (default ./data/tbc.sqlite, relative to the repository root).",
    "",
  ].join("\n");
}

/** `import <kind> <file.csv>`: the same repository call as the upload endpoint's commit for that kind. */
function importCommand(kind: ImportKindName, summary: string): Command {
  return {
    usage: `import ${kind} <file.csv>`,
    summary,
    args: ["file"],
    async run({ positionals }, env, io) {
      const path = positionals[0] ?? "";
      // pnpm runs the script in apps/server; a relative path means where `pnpm tbc` was typed.
      const content = await readImportFile(path, resolve(io.env.INIT_CWD || process.cwd(), path));
      const fileName = sanitizeFileName(basename(path));
      await withDatabase(env, io, async (database) => {
        try {
          // The actor is "no user" (the operator).
          const { importId, counts } = await IMPORT_KINDS[kind].commit(database.db, content, {
            fileName,
            actor: { userId: null, ip: null },
          });
          io.stdout(
            `Imported ${fileName} into ${database.describe} (import #${importId}, ${counts.total} rows): ` +
              `${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged.\n`,
          );
        } catch (err) {
          if (!(err instanceof ImportRejectedError)) throw err;
          for (const e of err.preview.errors) io.stderr(`${formatImportError(e)}\n`);
          throw new CliError(rejectionSummary(err.preview));
        }
      });
    },
  };
}

/** The file to import, refused before reading when over the upload's limit (as the endpoint's 413). */
async function readImportFile(path: string, absolute: string): Promise<Buffer> {
  try {
    if ((await stat(absolute)).size > MAX_IMPORT_BYTES)
      throw new CliError(`${TOO_LARGE_MESSAGE}: nothing was imported.`);
    return await readFile(absolute);
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(`Cannot read ${path}: ${code === "ENOENT" ? "no such file" : (err as Error).message}`);
  }
}

/** What happened to a rejected file (its row errors are printed before this). */
function rejectionSummary(preview: ImportPreview): string {
  if (preview.fileError) return `${preview.fileError}: nothing was imported.`;
  const { rejected, total } = preview.counts;
  return (
    `${preview.errors.length} error(s) in ${rejected} of ${total} row(s): nothing was imported. ` +
    "Correct the file and import it again."
  );
}

async function readPassword(fromStdin: boolean, io: CliIo): Promise<string> {
  if (fromStdin) return (await (io.readSecret ?? readSecret)("stdin")).replace(/\r?\n$/, "");
  const fromEnv = passwordFromEnv(io.env);
  if (fromEnv) return fromEnv;
  if (io.readSecret || process.stdin.isTTY) return (io.readSecret ?? readSecret)("prompt");
  throw new CliError(
    "No password given: set TBC_PASSWORD, pipe it in with --password-stdin, or run in a terminal to be asked.",
  );
}

async function readSecret(how: "stdin" | "prompt"): Promise<string> {
  if (how === "stdin") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks).toString("utf8");
  }
  const first = await promptHidden(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `);
  const second = await promptHidden("Repeat the password: ");
  if (first !== second) throw new CliError("The passwords do not match.");
  return first;
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    let value: string[] = [];
    const finish = () => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write("\n");
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") {
          finish();
          return resolve(value.join(""));
        }
        if (ch === "\u0003" || ch === "\u0004") {
          finish();
          return reject(new CliError("Cancelled."));
        }
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else if (ch >= " ") value.push(ch);
      }
    };
    process.stderr.write(prompt);
    stdin.setEncoding("utf8");
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on("data", onData);
  });
}

/** The longest run of leading words that names a command: "user create --email …" → "user create". */
function findCommand(argv: string[]): { key: string; rest: string[] } | null {
  for (let n = Math.min(argv.length, 3); n > 0; n--) {
    const key = argv.slice(0, n).join(" ");
    if (COMMANDS[key]) return { key, rest: argv.slice(n) };
  }
  return null;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h") {
      io.stdout(helpText());
      return argv.length === 0 ? 2 : 0;
    }
    const found = findCommand(argv);
    if (!found) {
      const group = Object.keys(COMMANDS).filter((k) => k.startsWith(`${argv[0]} `));
      const hint = group.length ? ` Did you mean: ${group.map((k) => `\`${k}\``).join(", ")}?` : "";
      throw new CliError(`Unknown command \`${argv.join(" ")}\`.${hint} Run \`pnpm tbc help\`.`, 2);
    }
    const command = COMMANDS[found.key] as Command;
    let parsed: Parsed;
    try {
      parsed = parseArgs({
        args: found.rest,
        options: command.options ?? {},
        allowPositionals: true,
        strict: true,
      });
    } catch (err) {
      throw new CliError(`${(err as Error).message}\nUsage: pnpm tbc ${command.usage}`, 2);
    }
    const wanted = command.args ?? [];
    if (parsed.positionals.length !== wanted.length) {
      throw new CliError(`Usage: pnpm tbc ${command.usage}`, 2);
    }
    const env = loadEnv(io.env);
    await command.run(parsed, env, io);
    return 0;
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`Error: ${err.message}\n`);
      return err.exitCode;
    }
    if (err instanceof EnvError) {
      io.stderr(`${err.message}\n`);
      return 1;
    }
    io.stderr(`Error: ${(err as Error)?.stack ?? String(err)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const code = await runCli(process.argv.slice(2), {
    env: process.env,
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  });
  process.exitCode = code;
}
