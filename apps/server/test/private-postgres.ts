/**
 * A PostgreSQL cluster of a test's own (initdb into a temporary directory, a free port, run as the
 * postgres user), which the test may stop and start: the shared server on 5432 is never touched.
 * Needs root (runuser) and Debian's PostgreSQL binaries, as the machines and CI here have.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = "/usr/lib/postgresql";

function binDir(): string {
  const versions = existsSync(ROOT) ? readdirSync(ROOT).sort((a, b) => Number(a) - Number(b)) : [];
  const latest = versions.at(-1);
  if (!latest) throw new Error(`No PostgreSQL binaries under ${ROOT}: apt-get install postgresql`);
  return join(ROOT, latest, "bin");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export type PrivateCluster = {
  url: string;
  stop(): void;
  start(): void;
  /** Stops it if running and removes its directory. */
  destroy(): void;
};

export async function startPrivateCluster(): Promise<PrivateCluster> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), "tbc-pg-"));
  const data = join(dir, "data");
  const as = (cmd: string, args: string[]) =>
    execFileSync("runuser", ["-u", "postgres", "--", join(bin, cmd), ...args], { stdio: "pipe" });
  try {
    execFileSync("chown", ["postgres:postgres", dir]);
    as("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    const why = (e as { stderr?: Buffer }).stderr?.toString() || String(e);
    throw new Error(`Could not create a private PostgreSQL cluster (needs root and runuser): ${why}`);
  }
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  let running = false;
  const cluster: PrivateCluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start() {
      as("pg_ctl", ["-D", data, "-l", join(dir, "log"), "-o", options, "-w", "start"]);
      running = true;
    },
    stop() {
      // fast: what a service stop or a failover does to the sessions: terminated, not waited for.
      as("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
      running = false;
    },
    destroy() {
      if (running) cluster.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  cluster.start();
  return cluster;
}
