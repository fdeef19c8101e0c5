import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZEngagementDailyValues, ZPostValues } from "../src/engagement";
import { fieldwise } from "../src/fieldwise";

const day = {
  day: "2024-02-29",
  channel: "youtube",
  countryCode: "FR",
  impressions: 10,
  reach: null,
  engagements: 0,
  shares: null,
  videoViews: null,
  newFollowers: 3,
  hashtagMentions: null,
  siteVisits: 1e13,
};
const post = {
  postedAt: "2024-05-01T09:30:00Z",
  channel: "x",
  text: " A post ",
  url: "",
  impressions: 5,
  engagements: null,
  shares: null,
  videoViews: null,
  operationId: null,
};

/** Good rows, and rows breaking every kind of rule of each field (several at once, too). */
const DAYS: unknown[] = [
  day,
  { ...day, countryCode: "" },
  { ...day, day: "2024-02-30" },
  { ...day, day: "29/02/2024", channel: "", countryCode: "fr" },
  { ...day, channel: "a\u0000b", impressions: -1, reach: 1.5, engagements: "abc", shares: 1e14 },
  { ...day, channel: "x".repeat(31) },
  { ...day, videoViews: undefined },
  { day: "2024-01-01" },
  { ...day, extra: "stripped" },
  null,
  "not an object",
  [day],
];
const POSTS: unknown[] = [
  post,
  { ...post, url: "https://example.org/p/1", operationId: 7 },
  { ...post, url: "ftp://example.org", postedAt: "yesterday", text: "  " },
  { ...post, operationId: 0, text: "t".repeat(2001) },
];

const outcome = (r: { success: boolean; data?: unknown; error?: { issues: readonly unknown[] } }) =>
  r.success ? { data: r.data } : { issues: r.error?.issues };

describe("fieldwise: an object schema's safeParse, each field's outcome remembered", () => {
  for (const [name, schema, inputs] of [
    ["daily engagement", ZEngagementDailyValues, DAYS],
    ["posts", ZPostValues, POSTS],
  ] as const) {
    it(`gives what the schema gives (${name}): data, and every issue with its path and message`, () => {
      const parser = fieldwise(schema);
      // Twice: the second time every field's outcome comes from what it remembered.
      for (const round of [1, 2])
        for (const input of inputs)
          expect(outcome(parser.safeParse(input)), `${round}: ${JSON.stringify(input)}`).toEqual(
            outcome(schema.safeParse(input)),
          );
    });
  }

  it("a remembered outcome is not shared: changing one row's issues leaves the next row's alone", () => {
    const parser = fieldwise(ZEngagementDailyValues);
    const bad = { ...day, day: "2024-02-30" };
    const first = parser.safeParse(bad);
    if (first.success) throw new Error("expected issues");
    (first.error.issues[0] as { message: string }).message = "changed";
    expect(outcome(parser.safeParse(bad))).toEqual(outcome(ZEngagementDailyValues.safeParse(bad)));
  });

  it("refuses a schema with a rule across fields or a catch-all, which it could not remember", () => {
    const base = z.object({ from: z.string(), to: z.string() });
    expect(() => fieldwise(base.refine((v) => v.from <= v.to))).toThrow(/across its fields/);
    expect(() => fieldwise(z.strictObject({ a: z.string() }))).toThrow(/catch-all/);
    expect(() => fieldwise(z.looseObject({ a: z.string() }))).toThrow(/catch-all/);
  });
});
