import { ZLiveEvent } from "@tbc/types";
import pg from "pg";
import { Listeners } from "./feed";

/** The NOTIFY channel of committed changes (inTransaction sends on it, in the transaction). */
export const CHANGES_CHANNEL = "tbc_changes";

export type PgFeedOptions = {
  url: string;
  searchPath?: string;
  /** pg_stat_activity.application_name of the LISTEN connection; `tbc-listen-<pid>` by default. */
  applicationName?: string;
  /** Told when the LISTEN connection is lost or cannot be made (it is tried again). */
  onError?: (error: Error) => void;
  /** Longest wait between two connection attempts. */
  maxRetryMs?: number;
};

/**
 * PostgreSQL's feed: ONE dedicated connection per process LISTENs (not a pool's: a pooled
 * connection goes back and forgets its LISTEN). When it is lost (restart, pg_terminate_backend) it
 * reconnects with a growing pause; NOTIFYs sent meanwhile are lost, so after every (re)connection it
 * emits a reset carrying the data version read once LISTEN is active: every change committed after
 * that version will be heard.
 */
export class PgChangeFeed extends Listeners {
  private client: pg.Client | null = null;
  private closed = false;
  private retryMs = 50;
  private timer: NodeJS.Timeout | null = null;
  private readonly firstReady: Promise<void>;
  private markReady: () => void = () => {};

  constructor(private readonly options: PgFeedOptions) {
    super();
    this.firstReady = new Promise((resolve) => {
      this.markReady = resolve;
    });
    void this.connect();
  }

  ready(): Promise<void> {
    return this.firstReady;
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const { url, searchPath, applicationName } = this.options;
    const client = new pg.Client({
      connectionString: url,
      application_name: applicationName ?? `tbc-listen-${process.pid}`,
      ...(searchPath ? { options: `-c search_path=${searchPath}` } : {}),
    });
    this.client = client;
    let lost = false;
    const onLost = (error: Error) => {
      if (lost || this.closed) return;
      lost = true;
      this.options.onError?.(error);
      void client.end().catch(() => {});
      this.retry();
    };
    client.on("error", onLost);
    client.on("end", () => onLost(new Error("The LISTEN connection ended")));
    client.on("notification", (message) => this.hear(message.payload));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
      const { rows } = await client.query<{ version: string | number }>(
        "select version from data_version where id = 1",
      );
      if (lost || this.closed) return;
      this.retryMs = 50;
      this.emit({ version: Number(rows[0]?.version ?? 0), reset: true, changes: [] });
      this.markReady();
    } catch (err) {
      onLost(err instanceof Error ? err : new Error(String(err)));
    }
  }

  private retry(): void {
    if (this.closed || this.timer) return;
    const wait = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, this.options.maxRetryMs ?? 2000);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.connect();
    }, wait);
    this.timer.unref();
  }

  private hear(payload: string | undefined): void {
    try {
      const event = ZLiveEvent.safeParse(JSON.parse(payload ?? ""));
      if (event.success) this.emit(event.data);
    } catch {
      // Not ours (someone else NOTIFYing on the channel): ignored.
    }
  }

  /** The LISTEN connection's backend pid (tests terminate it). */
  backendPid(): number | null {
    const pid = (this.client as unknown as { processID?: number } | null)?.processID;
    return pid ?? null;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.client?.end().catch(() => {});
  }
}
