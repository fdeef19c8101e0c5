import { TEST_DIALECTS } from "@tbc/db/testing";
import { describe, expect, it } from "vitest";
import { renderTable, runBench } from "../bench/run";

/**
 * `pnpm bench --smoke`: the whole bench at scale 0.01 on every test dialect — loading, every overview
 * call against its hand-written SQL, the load tests against a real server process and an import
 * through the real upload endpoint. Not timed: it checks that the bench runs and prints its table.
 */
describe("pnpm bench --smoke", () => {
  it("runs every measurement and prints one table", { timeout: 600_000 }, async () => {
    const lines: string[] = [];
    const pgUrl = process.env.TEST_DATABASE_URL;
    const rows = await runBench({
      mode: "smoke",
      dialects: TEST_DIALECTS,
      ...(pgUrl ? { pgUrl } : {}),
      log: (l) => lines.push(l),
    });
    for (const dialect of TEST_DIALECTS) {
      const figures = rows.filter((r) => r.dialect === dialect).map((r) => r.figure);
      expect(figures.some((f) => f.startsWith("load: `seed --scale`"))).toBe(true);
      expect(figures.filter((f) => f.startsWith("overview: ")).length).toBe(8);
      expect(figures.some((f) => f.includes("at 50 connections"))).toBe(true);
      expect(figures.some((f) => f.startsWith("engagement import"))).toBe(true);
      expect(figures.some((f) => f.includes("during that import"))).toBe(true);
    }
    const table = renderTable(rows);
    expect(table.split("\n")[0]).toMatch(/^\| dialect +\| scale +\| figure/);
    expect(table.split("\n").length).toBe(rows.length + 2);
    expect(lines.some((l) => l.includes("loading scale 0.01"))).toBe(true);
  });
});
