import { createUser, FieldError, passwordProblem } from "@tbc/db";
import { MIN_PASSWORD_LENGTH, ROLES, ZRole } from "@tbc/types";
import { z } from "zod";
import { passwordFromEnv } from "../env";
import { CliError, type CliIo, type Command, withDatabase } from "./command";

/** `user create`: the first admin in production, any account otherwise. */
export const userCreateCommand: Command = {
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
};

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
