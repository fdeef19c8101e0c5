import { beforeAll, describe, expect, it } from "vitest";
import { changeLocale, translate } from "../src/i18n";

describe("i18n provider: counts pick their plural form", () => {
  beforeAll(() => changeLocale("en", false));

  it("one and other, from a number or a formatted count with its number", () => {
    expect(translate("operations.countries.stated", { count: 1 })).toBe("1 country according to the source");
    expect(translate("operations.countries.stated", { count: 3 })).toBe(
      "3 countries according to the source",
    );
    expect(translate("overview.map.agenciesCount", { count: "1", n: 1 })).toBe("1 supporting agency");
    expect(translate("overview.map.agenciesCount", { count: "1,204", n: 1204 })).toBe(
      "1,204 supporting agencies",
    );
    expect(translate("users.sessions.ended", { count: 0 })).toBe("0 sessions ended");
    expect(translate("engagement.timeline.markerCount", { count: 2 })).toBe("2 operations announced");
  });

  it("coverage follows the number of operations it is out of", () => {
    expect(translate("overview.kpis.reported", { reported: "1", total: "1", n: 1 })).toBe(
      "reported by 1 of 1 operation",
    );
    expect(translate("outcomes.kpis.reported", { reported: "0", total: "2", n: 2 })).toBe(
      "reported by 0 of 2 operations",
    );
    expect(translate("outcomes.byYear.unknown", { operations: 1, n: 1 })).toBe(
      "not published by its operation",
    );
    expect(translate("outcomes.byYear.unknown", { operations: 3, n: 3 })).toBe(
      "not published by its 3 operations",
    );
    expect(translate("overview.kpis.fewBefore", { count: "1", n: 1, range: "2023", min: 3 })).toBe(
      "Only 1 operation reported it for 2023; a change needs 3.",
    );
  });

  it("a key without plural forms is used as it is; list totals read 1–20 of 72", () => {
    expect(translate("overview.kpis.countries", { count: "5" })).toBe("in 5 countries");
    expect(translate("table.range", { from: "1", to: "20", total: "72" })).toBe("1–20 of 72");
  });
});

describe("i18n provider: what is not a text", () => {
  it("an unknown key or a group of texts gives the default, else the key itself", () => {
    expect(translate("overview.nope", "Fallback {{x}}")).toBe("Fallback {{x}}");
    expect(translate("overview.nope", { x: 1 }, "Fallback {{x}}")).toBe("Fallback 1");
    expect(translate("overview", { x: 1 }, "Group")).toBe("Group");
    expect(translate("overview.kpis")).toBe("overview.kpis");
  });
});
