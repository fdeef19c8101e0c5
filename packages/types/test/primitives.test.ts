import { describe, expect, it } from "vitest";
import {
  INT32_MAX,
  isCalendarDay,
  UNSTORABLE_MESSAGE,
  zCalendarDay,
  zId,
  zMonth,
  zText,
} from "../src/primitives";

describe("the schemas' building blocks fit the columns on both databases", () => {
  it("text refuses NUL and half surrogate pairs, keeps whole ones (emoji, Arabic, CJK)", () => {
    for (const bad of ["\u0000", "a\u0000", "\uD800", "x\uDC00y", "\uDBFFa"]) {
      expect(zText().safeParse(bad).error?.issues[0]?.message, JSON.stringify(bad)).toBe(UNSTORABLE_MESSAGE);
    }
    for (const good of ["", "Police 👮", "الشرطة", "警察", "tab\tand\nnewline"]) {
      expect(zText().parse(good)).toBe(good);
    }
  });

  it("ids stop at the integer column's limit", () => {
    expect(zId().parse(INT32_MAX)).toBe(INT32_MAX);
    for (const bad of [0, -1, 1.5, INT32_MAX + 1, 2 ** 53])
      expect(zId().safeParse(bad).success, String(bad)).toBe(false);
  });

  it("a calendar day is one that exists", () => {
    for (const day of ["2024-02-29", "2014-06-05", "2000-02-29", "1999-12-31"])
      expect(isCalendarDay(day), day).toBe(true);
    for (const day of [
      "2023-02-29",
      "2024-02-30",
      "2024-13-01",
      "2024-00-10",
      "2024-04-31",
      "1900-02-29",
      "2024-1-01",
    ]) {
      expect(isCalendarDay(day), day).toBe(false);
      expect(zCalendarDay().safeParse(day).success, day).toBe(false);
    }
  });

  it("a month is YYYY-MM with 01–12; a third part is refused, not dropped", () => {
    expect(zMonth().parse("2024-12")).toBe("2024-12");
    for (const bad of ["2024-13", "2024-00", "2024-05-07", "2024-5"])
      expect(zMonth().safeParse(bad).success, bad).toBe(false);
  });
});
