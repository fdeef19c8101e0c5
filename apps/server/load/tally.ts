import { KINDS, type Kind, type Outcome } from "./workload";

/** Per kind of request: answers, failures (with a few examples), "busy" retries and latencies. */
export class Tally {
  private readonly ms = new Map<Kind, number[]>();
  private readonly failed = new Map<Kind, number>();
  private readonly retried = new Map<Kind, number>();
  readonly examples: string[] = [];
  /** The slowest requests: when in the run they were sent (s) and how long they took (ms). */
  private slow: { kind: Kind; sentAt: number; ms: number }[] = [];

  /** `now`: seconds since the run started, when the answer came. */
  record({ kind, answer, failure }: Outcome, now: number): void {
    this.slow.push({ kind, sentAt: now - answer.ms / 1000, ms: answer.ms });
    if (this.slow.length > 50) this.slow = this.slow.sort((a, b) => b.ms - a.ms).slice(0, 5);
    const list = this.ms.get(kind) ?? [];
    this.ms.set(kind, list);
    list.push(answer.ms);
    if (answer.retries > 0) this.retried.set(kind, (this.retried.get(kind) ?? 0) + answer.retries);
    if (failure !== null) {
      this.failed.set(kind, (this.failed.get(kind) ?? 0) + 1);
      if (this.examples.length < 10) this.examples.push(`${kind}: ${failure}`);
    }
  }

  get requests(): number {
    return [...this.ms.values()].reduce((sum, l) => sum + l.length, 0);
  }

  get failures(): number {
    return [...this.failed.values()].reduce((sum, n) => sum + n, 0);
  }

  get retries(): number {
    return [...this.retried.values()].reduce((sum, n) => sum + n, 0);
  }

  count(kind: Kind): number {
    return this.ms.get(kind)?.length ?? 0;
  }

  /** Requests of `kind` that succeeded. */
  succeeded(kind: Kind): number {
    return this.count(kind) - (this.failed.get(kind) ?? 0);
  }

  /** "the slowest: create sent at 3.1 s took 25,807 ms, …": whether the tail is one stall or spread out. */
  slowest(): string {
    const top = this.slow.sort((a, b) => b.ms - a.ms).slice(0, 5);
    return `the slowest: ${top.map((s) => `${s.kind} sent at ${s.sentAt.toFixed(1)} s took ${Math.round(s.ms).toLocaleString("en-US")} ms`).join(", ")}`;
  }

  /** A markdown table: one row per kind and one for all, with p50/p99/max in ms (nearest rank). */
  table(seconds: number): string {
    const rows = KINDS.filter((k) => this.count(k) > 0).map((k) =>
      row(k, this.ms.get(k) ?? [], this.failed.get(k) ?? 0, this.retried.get(k) ?? 0, seconds),
    );
    rows.push(row("all", [...this.ms.values()].flat(), this.failures, this.retries, seconds));
    const head = ["kind", "requests", "req/s", "failed", "503 retries", "p50 ms", "p99 ms", "max ms"];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
    const line = (cells: string[]) =>
      `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(" | ")} |`;
    const rule = `| ${widths.map((w, i) => (i === 0 ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`;
    return [line(head), rule, ...rows.map(line)].join("\n");
  }
}

function row(kind: string, ms: number[], failed: number, retries: number, seconds: number): string[] {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  const fmt = (v: number) => (v >= 100 ? Math.round(v).toLocaleString("en-US") : v.toFixed(1));
  return [
    kind,
    sorted.length.toLocaleString("en-US"),
    (sorted.length / seconds).toFixed(1),
    String(failed),
    String(retries),
    fmt(at(50)),
    fmt(at(99)),
    fmt(sorted[sorted.length - 1] ?? 0),
  ];
}
