import { describe, expect, it } from "vitest";
import { translate } from "../src/i18n";

describe("i18n provider: counts pick their plural form", () => {
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

  it("a key without plural forms is used as it is; list totals read 1–20 of 72", () => {
    expect(translate("overview.kpis.countries", { count: "5" })).toBe("in 5 countries");
    expect(translate("table.range", { from: "1", to: "20", total: "72" })).toBe("1–20 of 72");
  });
});
