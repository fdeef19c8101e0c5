import { describe, expect, it } from "vitest";
import { dailyKey, dailyKeyPacker } from "../src/imports/engagement-commit";

describe("the daily import's packed keys", () => {
  it("are safe integers, equal exactly when the string keys are", () => {
    const pack = dailyKeyPacker();
    const days = [
      "0000-01-01",
      "0000-01-02",
      "1999-12-31",
      "2000-01-01",
      "2024-02-29",
      "2024-03-01",
      "9999-12-31",
    ];
    const countries = ["", "AA", "AZ", "BA", "FR", "ZZ"];
    const channels = ["x", "youtube", "a-very-long-custom-channel-123", "X"];
    const byNumber = new Map<number, string>();
    // Twice: a channel keeps the number it was given when first met.
    for (const round of [1, 2])
      for (const channel of channels)
        for (const countryCode of countries)
          for (const day of days) {
            const v = { day, channel, countryCode };
            const n = pack(v);
            expect(Number.isSafeInteger(n), `${round}: ${dailyKey(v)}`).toBe(true);
            const other = byNumber.get(n as number);
            if (other !== undefined) expect(other, `${round}: ${dailyKey(v)} = ${other}`).toBe(dailyKey(v));
            byNumber.set(n as number, dailyKey(v));
          }
    expect(byNumber.size).toBe(days.length * countries.length * channels.length);
  });
});
