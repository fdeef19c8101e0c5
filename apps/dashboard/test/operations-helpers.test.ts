import { MAX_IMPORT_BYTES } from "@tbc/types";
import { describe, expect, it } from "vitest";
import {
  formatCount,
  formatFigure,
  formatPeriod,
  formatUsd,
  formatUsdCompact,
} from "../src/components/format";
import { NdjsonError, NdjsonReader } from "../src/pages/imports/ndjson";
import { checkImportFile, formatBytes } from "../src/pages/imports/upload";
import { canCommit } from "../src/pages/imports/use-import";
import { pickOperationValues, toOperationFormValues } from "../src/pages/operations/form-values";
import { pickSeizureValues } from "../src/pages/operations/seizure-modal";
import { requiredRole } from "../src/providers/access-control";

/** ICU puts no-break or narrow spaces in some places; compare with plain spaces. */
const plain = (s: string | null) => s?.replace(/\s/g, " ") ?? null;

describe("formatPeriod", () => {
  it("formats one month", () => {
    expect(formatPeriod("2014-04", null, "en")).toBe("Apr 2014");
    expect(formatPeriod("2014-04", "2014-04", "en")).toBe("Apr 2014");
  });

  it("formats a range within a year with the year once and no spaces around the dash", () => {
    expect(formatPeriod("2007-10", "2007-12", "en")).toBe("Oct–Dec 2007");
  });

  it("formats a range across years", () => {
    expect(formatPeriod("2013-11", "2014-01", "en")).toBe("Nov 2013–Jan 2014");
  });

  it("is null when no month was published, or the month is malformed", () => {
    expect(formatPeriod(null, null, "en")).toBeNull();
    expect(formatPeriod(undefined, "2014-01", "en")).toBeNull();
    expect(formatPeriod("2014-13", null, "en")).toBeNull();
  });

  it("shows the start alone when the end comes before it", () => {
    expect(formatPeriod("2014-05", "2014-02", "en")).toBe("May 2014");
  });
});

describe("figures: unknown is not zero", () => {
  it("returns null for unknown figures, never '0'", () => {
    expect(formatFigure(null, "count", "en")).toBeNull();
    expect(formatFigure(undefined, "usd", "en")).toBeNull();
    expect(formatFigure(Number.NaN, "count", "en")).toBeNull();
  });

  it("formats a published zero as zero", () => {
    expect(formatFigure(0, "count", "en")).toBe("0");
  });

  it("formats counts and amounts with the locale", () => {
    expect(formatCount(49953, "en")).toBe("49,953");
    expect(formatCount(49953, "de")).toBe("49.953");
    expect(plain(formatUsd(27_400_000, "en"))).toBe("USD 27,400,000");
    expect(plain(formatFigure(27_400_000, "usd", "en"))).toBe("USD 27,400,000");
  });

  it("formats compact amounts as 'USD 27.4 M', without breaking inside", () => {
    expect(plain(formatUsdCompact(27_400_000, "en"))).toBe("USD 27.4 M");
    expect(plain(formatUsdCompact(3_722_000_000, "en"))).toBe("USD 3.7 B");
    expect(plain(formatUsdCompact(950, "en"))).toBe("USD 950");
    expect(formatUsdCompact(27_400_000, "en")).not.toMatch(/ /); // only no-break spaces
    expect(plain(formatFigure(27_400_000, "usd", "en", true))).toBe("USD 27.4 M");
  });
});

describe("NdjsonReader", () => {
  it("returns the values of complete lines only, keeping a line cut mid-way for later", () => {
    const reader = new NdjsonReader();
    const first = '{"type":"progress","done":1}\n{"type":"prog';
    expect(reader.read(first)).toEqual([{ type: "progress", done: 1 }]);
    // The same growing text, as XMLHttpRequest's responseText grows.
    const second = `${first}ress","done":2}\n`;
    expect(reader.read(second)).toEqual([{ type: "progress", done: 2 }]);
    expect(reader.read(second)).toEqual([]);
  });

  it("handles several lines per chunk, CRLF and blank lines", () => {
    const reader = new NdjsonReader();
    expect(reader.read('{"a":1}\r\n\n{"b":2}\n')).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it("reads a last line without a newline only at the end", () => {
    const reader = new NdjsonReader();
    const text = '{"a":1}\n{"type":"result"}';
    expect(reader.read(text)).toEqual([{ a: 1 }]);
    expect(reader.finish(text)).toEqual([{ type: "result" }]);
    expect(reader.finish(text)).toEqual([]);
  });

  it("reads nothing before the first newline", () => {
    const reader = new NdjsonReader();
    expect(reader.read("")).toEqual([]);
    expect(reader.read('{"a":')).toEqual([]);
    expect(reader.finish('{"a":1}')).toEqual([{ a: 1 }]);
  });

  it("throws on a line that is not JSON", () => {
    expect(() => new NdjsonReader().read("<html>\n")).toThrow(NdjsonError);
  });
});

describe("import file checks", () => {
  it("accepts a non-empty .csv up to the limit", () => {
    expect(checkImportFile({ name: "ops.csv", size: 10 }, MAX_IMPORT_BYTES)).toBeNull();
    expect(checkImportFile({ name: "OPS.CSV", size: MAX_IMPORT_BYTES }, MAX_IMPORT_BYTES)).toBeNull();
  });

  it("refuses other extensions, empty files and files over the limit", () => {
    expect(checkImportFile({ name: "ops.xlsx", size: 10 }, MAX_IMPORT_BYTES)?.key).toBe("notCsv");
    expect(checkImportFile({ name: "ops.csv.exe", size: 10 }, MAX_IMPORT_BYTES)?.key).toBe("notCsv");
    expect(checkImportFile({ name: "ops.csv", size: MAX_IMPORT_BYTES + 1 }, MAX_IMPORT_BYTES)?.key).toBe(
      "tooLarge",
    );
    expect(checkImportFile({ name: "ops.csv", size: 0 }, MAX_IMPORT_BYTES)?.key).toBe("empty");
  });

  it("states sizes in binary units", () => {
    expect(formatBytes(MAX_IMPORT_BYTES, "en")).toBe("256 MiB");
    expect(formatBytes(1536, "en")).toBe("1.5 KiB");
    expect(formatBytes(12, "en")).toBe("12 B");
  });

  it("allows Import only after a preview without errors", () => {
    const preview = {
      fileError: null,
      fileErrorCoded: null,
      rows: [],
      errors: [],
      unresolved: [],
      counts: { total: 1, create: 1, update: 0, unchanged: 0, rejected: 0, errors: 0 },
    };
    expect(canCommit({ step: "preview", preview })).toBe(true);
    expect(
      canCommit({
        step: "preview",
        preview: {
          ...preview,
          errors: [{ line: 2, column: "arrests", message: "x", code: "validation.invalid", params: {} }],
        },
      }),
    ).toBe(false);
    expect(canCommit({ step: "preview", preview: { ...preview, fileError: "The file is empty" } })).toBe(
      false,
    );
    expect(canCommit({ step: "idle" })).toBe(false);
    expect(canCommit({ step: "rejected", preview })).toBe(false);
  });
});

describe("operation form values", () => {
  it("sends empty figures as null (unknown), never 0, and only the schema's fields", () => {
    const values = pickOperationValues({
      id: 4,
      version: 2,
      name: "Operation X",
      editionYear: 2020,
      crimeArea: "drugs",
      arrests: 0,
      raids: null,
      seizedValueUsd: undefined,
      region: "",
    });
    expect(values).toMatchObject({
      arrests: 0,
      raids: null,
      seizedValueUsd: null,
      region: null,
      countryCodes: [],
    });
    expect(values).not.toHaveProperty("id");
    expect(values).not.toHaveProperty("version");
  });

  it("loads an operation's countries into countryCodes", () => {
    expect(
      toOperationFormValues({
        name: "Op",
        countries: [
          { code: "AR", name: "Argentina", region: "Americas" },
          { code: "BR", name: "Brazil", region: "Americas" },
        ],
      }),
    ).toEqual({ name: "Op", countryCodes: ["AR", "BR"] });
  });

  it("sends a seizure's empty fields as null", () => {
    expect(pickSeizureValues({ category: "cash", quantity: undefined, valueUsd: "" })).toEqual({
      category: "cash",
      description: null,
      quantity: null,
      unit: null,
      valueUsd: null,
      countryCode: null,
    });
  });
});

describe("access control for operations (UI only; the server checks the same rules)", () => {
  it.each([
    ["operations", "list", "viewer"],
    ["operations", "show", "viewer"],
    ["operations", "create", "staff"],
    ["operations", "edit", "staff"],
    ["operations", "import", "staff"],
    ["operations", "delete", "manager"],
    ["imports", "list", "staff"],
    ["seizures", "create", "staff"],
    ["seizures", "delete", "staff"],
    ["crimeAreas", "list", "viewer"],
    ["crimeAreas", "create", "manager"],
    ["outcomes", "list", "viewer"],
  ])("%s/%s needs %s", (resource, action, role) => {
    expect(requiredRole(resource, action)).toBe(role);
  });
});
