import { type Answer, dataOf, type RequestSpec, send, tabConnection, trpcGet, trpcPost } from "./http";

/**
 * The mixed workload: what the dashboard's users do all day, in proportions a busy campaign team
 * might produce — reading lists, the overview's charts and single records, registering and editing
 * agencies, exporting CSVs. Reads as viewers, writes as staff (each client edits only the agencies it
 * registered itself, so that a version conflict would be a server fault, not the load's).
 */
export const KINDS = ["list", "overview", "show", "create", "update", "export", "visit"] as const;
export type Kind = (typeof KINDS)[number];
/** "visit" is not drawn: it is the new visitor that run.ts sends once a second on a new connection. */
const WEIGHTS: Record<Kind, number> = {
  list: 25,
  overview: 20,
  show: 20,
  create: 15,
  update: 15,
  export: 5,
  visit: 0,
};

export type Sessions = { viewer: string; staff: string };

/** What the run knows at its start: records to show. */
export type Known = { agencyIds: number[]; operationIds: number[] };

/** One request's outcome as the tally keeps it. */
export type Outcome = { kind: Kind; answer: Answer; failure: string | null };

type Agency = { id: number; version: number; name: string };

const COUNTRIES = ["FR", "DE", "ES", "IT", "GB", "BR", "US", "NG", "IN", "JP"];
const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];

/** A small seeded generator: the same run asks the same things in the same order per client. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

/**
 * One simulated user: sends one request after another until `until` (performance.now()), and keeps
 * what the load later checks against the database — the agencies it created, with the version its
 * last successful update returned.
 */
export class Client {
  readonly created = new Map<number, Agency>();
  private readonly connection = tabConnection();
  private readonly rnd: () => number;
  private n = 0;

  constructor(
    private readonly id: number,
    private readonly base: string,
    private readonly sessions: Sessions,
    private readonly known: Known,
  ) {
    this.rnd = random(0x9e3779b9 ^ (id * 7919));
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rnd() * items.length)] as T;
  }

  private kind(): Kind {
    const total = KINDS.reduce((sum, k) => sum + WEIGHTS[k], 0);
    let r = this.rnd() * total;
    for (const k of KINDS) {
      r -= WEIGHTS[k];
      if (r < 0) return k;
    }
    return "list";
  }

  /**
   * The client's dashboard opening before the measured period: one cheap call, sent by every client at
   * once, so each holds a kept-alive connection as a browser tab does (see run.ts on why).
   */
  async open(): Promise<void> {
    const answer = await send(this.base, trpcGet("auth.me", null, this.sessions.viewer), this.connection);
    if (!answer.ok || answer.status !== 200) throw new Error(`client ${this.id}: auth.me failed`);
  }

  async run(until: number, record: (outcome: Outcome) => void): Promise<void> {
    while (performance.now() < until) {
      let kind = this.kind();
      if (kind === "update" && this.created.size === 0) kind = "create";
      record(await this.one(kind));
    }
  }

  private period() {
    const a = this.pick(YEARS);
    const b = this.pick(YEARS);
    return { from: `${Math.min(a, b)}-01-01`, to: `${Math.max(a, b)}-12-31` };
  }

  private listInput() {
    const filters =
      this.rnd() < 0.5
        ? []
        : [{ field: "name", operator: "contains", value: this.pick(["police", "op", "a"]) }];
    return {
      filters,
      sorters: [{ field: "name", order: this.pick(["asc", "desc"]) }],
      pagination: { currentPage: 1 + Math.floor(this.rnd() * 3), pageSize: this.pick([10, 20, 50]) },
    };
  }

  private agencyValues(name: string) {
    return {
      name,
      acronym: "LT",
      countryCode: this.pick(COUNTRIES),
      kind: "national_police",
      pledgedOn: `20${10 + Math.floor(this.rnd() * 15)}-03-01`,
      website: "https://example.org",
      notes: `load test, client ${this.id}`,
    };
  }

  async one(kind: Kind): Promise<Outcome> {
    const { viewer, staff } = this.sessions;
    const outcome = (answer: Answer, failure: string | null = null): Outcome => ({
      kind,
      answer,
      failure: answer.ok ? failure : answer.why,
    });
    const expect200 = async (spec: RequestSpec, check: (data: unknown) => boolean) => {
      const answer = await send(this.base, spec, this.connection);
      if (!answer.ok) return outcome(answer);
      if (answer.status !== 200) return outcome(answer, `${answer.status} ${answer.text.slice(0, 200)}`);
      const data = dataOf<unknown>(answer);
      return outcome(answer, spec.path.startsWith("/api/") || check(data) ? null : "an unexpected answer");
    };
    const isList = (d: unknown) => Array.isArray((d as { data?: unknown } | null)?.data);
    switch (kind) {
      case "visit": {
        const answer = await send(this.base, trpcGet("auth.me", null, viewer));
        return outcome(answer, answer.ok && answer.status !== 200 ? `${answer.status}` : null);
      }
      case "list":
        return expect200(
          trpcGet(this.pick(["agencies.list", "operations.list"]), this.listInput(), viewer),
          isList,
        );
      case "overview": {
        const filters = this.period();
        const call = this.pick([
          trpcGet("overview.kpis", filters, viewer),
          trpcGet("overview.map", { filters, layer: this.pick(["agencies", "operations"]) }, viewer),
          trpcGet("engagement.series", { filters, metric: "impressions" }, viewer),
        ]);
        return expect200(call, (d) => d !== null);
      }
      case "show": {
        const agency = this.rnd() < 0.5;
        const id = this.pick(agency ? this.known.agencyIds : this.known.operationIds);
        return expect200(
          trpcGet(agency ? "agencies.get" : "operations.get", { id }, viewer),
          (d) => (d as { id?: number })?.id === id,
        );
      }
      case "export": {
        const resource = this.pick(["agencies", "operations"]);
        const q = new URLSearchParams({ sorters: JSON.stringify([{ field: "name", order: "asc" }]) });
        const answer = await send(
          this.base,
          {
            method: "GET",
            path: `/api/export/${resource}.csv?${q}`,
            cookie: viewer,
          },
          this.connection,
        );
        if (!answer.ok) return outcome(answer);
        if (answer.status !== 200) return outcome(answer, `${answer.status} ${answer.text.slice(0, 200)}`);
        // A whole file: the header, and the rows the server streamed after it.
        return outcome(answer, answer.text.split("\n").length > 2 ? null : "an empty or cut export");
      }
      case "create": {
        const name = `Load ${this.id}-${++this.n} Police`;
        const answer = await send(
          this.base,
          trpcPost("agencies.create", { values: this.agencyValues(name) }, staff),
          this.connection,
        );
        const created = dataOf<Agency>(answer);
        if (created && created.name === name) this.created.set(created.id, created);
        else if (answer.ok) return outcome(answer, `${answer.status} ${answer.text.slice(0, 200)}`);
        return outcome(answer);
      }
      case "update": {
        const mine = this.pick([...this.created.values()]);
        const values = { ...this.agencyValues(mine.name), notes: `edited ${++this.n}` };
        const answer = await send(
          this.base,
          trpcPost("agencies.update", { id: mine.id, version: mine.version, values }, staff),
          this.connection,
        );
        const updated = dataOf<Agency>(answer);
        if (updated && updated.version === mine.version + 1) this.created.set(mine.id, updated);
        else if (answer.ok) return outcome(answer, `${answer.status} ${answer.text.slice(0, 200)}`);
        return outcome(answer);
      }
    }
  }
}
