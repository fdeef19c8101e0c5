import type { CrudFilter } from "@refinedev/core";
import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import type { Binding } from "../src/components/filter-bar/list-filters";
import {
  diffSnapshots,
  formatValue,
  showValue,
  sidesOf,
  visibleChanges,
} from "../src/components/history/diff";
import { describeUserAgent } from "../src/pages/account/user-agent";
import { AUDIT_BINDINGS, periodToRange } from "../src/pages/audit/filters";
import { USER_BINDINGS } from "../src/pages/users/filters";

describe("history diff", () => {
  it("lists changed fields in order, skipping bookkeeping", () => {
    const before = { id: 3, name: "RCMP", acronym: null, version: 1, updatedAt: "a", notes: "x" };
    const after = { id: 3, name: "RCMP", acronym: "GRC", version: 2, updatedAt: "b", notes: null };
    expect(diffSnapshots(before, after)).toEqual([
      { field: "acronym", before: null, after: "GRC" },
      { field: "notes", before: "x", after: null },
    ]);
  });

  it("a create lists every field with a value; non-objects compare as empty", () => {
    expect(diffSnapshots(null, { email: "a@b.c", createdAt: "t" })).toEqual([
      { field: "email", before: null, after: "a@b.c" },
    ]);
    expect(diffSnapshots("text", [1, 2])).toEqual([]);
  });

  it("compares nested values deeply", () => {
    expect(diffSnapshots({ tags: ["a", "b"] }, { tags: ["a", "b"] })).toEqual([]);
    expect(diffSnapshots({ f: { x: 1 } }, { f: { x: 2 } })).toHaveLength(1);
  });
});

describe("history value formatting", () => {
  it("one line per value", () => {
    expect(formatValue(null)).toBe("");
    expect(formatValue(undefined)).toBe("");
    expect(formatValue("two\n  lines")).toBe("two lines");
    expect(formatValue(12)).toBe("12");
    expect(formatValue(false)).toBe("false");
    expect(formatValue(["DE", "FR"])).toBe("DE, FR");
    expect(formatValue({ a: 1 })).toBe('{"a":1}');
  });

  it("cuts long values with an ellipsis and keeps the whole text", () => {
    const long = "x".repeat(100);
    const shown = showValue(long, 20);
    expect(shown.truncated).toBe(true);
    expect([...shown.text]).toHaveLength(20);
    expect(shown.text.endsWith("…")).toBe(true);
    expect(shown.full).toBe(long);
    expect(showValue("short", 20)).toEqual({ text: "short", full: "short", truncated: false, empty: false });
    expect(showValue(null).empty).toBe(true);
  });

  it("does not split an emoji", () => {
    const shown = showValue("🚓".repeat(30), 10);
    expect([...shown.text]).toHaveLength(10);
    expect(shown.text).toBe(`${"🚓".repeat(9)}…`);
  });
});

describe("which side of a change to show", () => {
  it("creations show what was set, deletions what was removed, the rest both", () => {
    const filled = [{ field: "name", before: null, after: "X" }];
    const changed = [{ field: "name", before: "W", after: "X" }];
    expect(sidesOf("create", filled)).toBe("after");
    expect(sidesOf("delete", [])).toBe("before");
    expect(sidesOf("update", changed)).toBe("both");
    expect(sidesOf("update", filled)).toBe("both");
    expect(sidesOf("import", filled)).toBe("after");
    expect(sidesOf("import", changed)).toBe("both");
    expect(sidesOf("login_failed", [], null, { email: "x@y.z" })).toBe("after");
    expect(sidesOf("disable", [], { disabledAt: null }, { disabledAt: "t" })).toBe("both");
  });

  it("a field that went from nothing to nothing is not shown", () => {
    expect(
      visibleChanges([
        { field: "countries", before: null, after: [] },
        { field: "name", before: null, after: "X" },
      ]),
    ).toEqual([{ field: "name", before: null, after: "X" }]);
  });

  it("timestamps read as local date and time", () => {
    const iso = "2024-03-01T10:20:30.000Z";
    expect(formatValue(iso)).toBe(dayjs(iso).format("YYYY-MM-DD HH:mm:ss"));
    expect(formatValue("2024-03-01")).toBe("2024-03-01");
  });
});

const write = (bindings: Binding[], values: Record<string, unknown>) =>
  bindings.flatMap((b) => b.write(values));
const read = (bindings: Binding[], filters: CrudFilter[]) =>
  Object.assign({}, ...bindings.map((b) => b.read(filters)));

describe("users filters", () => {
  it("search is an or over email and name; status is disabledAt null / not null", () => {
    const filters = write(USER_BINDINGS, { q: " ada ", role: "staff", status: "disabled" });
    expect(filters).toEqual([
      {
        key: "search",
        operator: "or",
        value: [
          { field: "email", operator: "contains", value: "ada" },
          { field: "name", operator: "contains", value: "ada" },
        ],
      },
      { field: "role", operator: "eq", value: "staff" },
      { field: "disabledAt", operator: "nnull", value: true },
    ]);
    expect(read(USER_BINDINGS, filters)).toEqual({ q: "ada", role: "staff", status: "disabled" });
  });

  it("cleared fields give no filters", () => {
    expect(write(USER_BINDINGS, { q: "  " })).toEqual([]);
  });
});

describe("audit filters", () => {
  it("a period of whole days becomes `at` between two ISO timestamps", () => {
    const range = periodToRange(["2024-03-01", "2024-03-02"]);
    expect(range).toHaveLength(2);
    const [from, to] = range ?? [];
    expect(dayjs(from).format("YYYY-MM-DD HH:mm")).toBe("2024-03-01 00:00");
    expect(dayjs(to).format("YYYY-MM-DD HH:mm:ss")).toBe("2024-03-02 23:59:59");
    expect(periodToRange(undefined)).toBeUndefined();
  });

  it("round-trips through refine filters", () => {
    const values = {
      userEmail: "admin",
      entity: "user",
      action: "disable",
      period: ["2024-03-01", "2024-03-02"],
    };
    const filters = write(AUDIT_BINDINGS, values);
    expect(filters.slice(0, 3)).toEqual([
      { field: "userEmail", operator: "contains", value: "admin" },
      { field: "entity", operator: "eq", value: "user" },
      { field: "action", operator: "eq", value: "disable" },
    ]);
    expect(read(AUDIT_BINDINGS, filters)).toEqual(values);
  });
});

describe("session devices", () => {
  it("names browser and system", () => {
    expect(
      describeUserAgent(
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0 Safari/537.36",
      ),
    ).toBe("Headless Chrome · Linux");
    expect(describeUserAgent("Mozilla/5.0 (Windows NT 10.0; rv:128.0) Gecko/20100101 Firefox/128.0")).toBe(
      "Firefox · Windows",
    );
    expect(describeUserAgent(null)).toBeNull();
  });
});
