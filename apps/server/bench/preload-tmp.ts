import { benchDatabase } from "./databases";
const [dialect, scale] = [process.argv[2] as "sqlite" | "postgres", Number(process.argv[3])];
const t = Date.now();
const b = await benchDatabase(dialect, scale, { fresh: false, keep: true, pgUrl: "postgres://postgres@127.0.0.1:5432/tbc_bench", log: (l) => console.log(new Date().toISOString(), l) });
await b.database.close();
console.log("done", dialect, scale, (Date.now() - t) / 1000, "s");
