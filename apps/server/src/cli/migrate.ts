import { type Command, withDatabase } from "./command";

/** `migrate`: apply pending migrations (withDatabase migrates) and say which database is current. */
export const migrateCommand: Command = {
  usage: "migrate",
  summary: "apply pending database migrations and refresh the country list",
  async run(_parsed, env, io) {
    await withDatabase(env, io, async (database) => {
      io.stdout(`Database ${database.describe} is up to date.\n`);
    });
  },
};
