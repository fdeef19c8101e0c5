/**
 * The import's decoding, below any database: a file must be UTF-8 whatever its chunks (an upload
 * arrives in pieces that may cut a character in two), and the first byte that is not is reported
 * with its line and byte offset, the same wherever the file was cut.
 */
import { describe, expect, it } from "vitest";
import { CsvFileError, csvRows } from "../src/imports/csv";

const TEXT = "name,city\r\nZoë,Zürich\nRenée,€ 5\r😀,Łódź\r\n";

async function rowsOf(chunks: Buffer[]): Promise<string[][] | string> {
  async function* source() {
    yield* chunks;
  }
  const rows: string[][] = [];
  try {
    for await (const row of csvRows(source(), Number.POSITIVE_INFINITY)) rows.push(row);
    return rows;
  } catch (e) {
    if (e instanceof CsvFileError) return e.message;
    throw e;
  }
}

/** The file cut at `at` into two chunks, and into one-byte chunks. */
const splits = (bytes: Buffer) => [
  ...Array.from({ length: bytes.length + 1 }, (_, at) => [bytes.subarray(0, at), bytes.subarray(at)]),
  [...bytes].map((b) => Buffer.from([b])),
];

const notUtf8 = (line: number, offset: number) =>
  `The file is not UTF-8 text (line ${line}, byte offset ${offset}): save it as “CSV UTF-8” and import it again`;

describe("an import's file is UTF-8", () => {
  it("characters cut between chunks are read whole, whatever the cut; a UTF-8 BOM is skipped", async () => {
    const expected = [
      ["name", "city"],
      ["Zoë", "Zürich"],
      ["Renée", "€ 5"],
      ["😀", "Łódź"],
    ];
    for (const bytes of [Buffer.from(TEXT), Buffer.from(`\uFEFF${TEXT}`)]) {
      for (const chunks of splits(bytes)) expect(await rowsOf(chunks)).toEqual(expected);
    }
  });

  it("the first byte that is not UTF-8 refuses the file, naming its line and offset wherever it was cut", async () => {
    const start = Buffer.from("name,city\r\nZo\u00eb,Z\u00fcrich\nRen");
    const cases: [Buffer, string][] = [
      // Latin-1 "é" (what Excel's plain "CSV" writes) after "Ren" on line 3.
      [Buffer.concat([start, Buffer.from([0xe9]), Buffer.from("e,x\r\n")]), notUtf8(3, start.length)],
      // A three-byte character whose second byte is not a continuation.
      [Buffer.concat([start, Buffer.from([0xe2, 0x28, 0xa1])]), notUtf8(3, start.length)],
      // An overlong "/" and a UTF-16 surrogate written as UTF-8 (CESU-8).
      [Buffer.concat([start, Buffer.from([0xc0, 0xaf])]), notUtf8(3, start.length)],
      [Buffer.concat([start, Buffer.from([0xed, 0xa0, 0x80])]), notUtf8(3, start.length)],
      // A character cut off by the end of the file.
      [Buffer.concat([start, Buffer.from([0xf0, 0x9f, 0x98])]), notUtf8(3, start.length)],
      // After a lone CR, a CRLF and a LF: line 4.
      [Buffer.from([...Buffer.from("a\rb\r\nc\n"), 0xff]), notUtf8(4, 7)],
    ];
    for (const [bytes, message] of cases) {
      for (const chunks of splits(bytes)) expect(await rowsOf(chunks)).toBe(message);
    }
  });

  it("a UTF-16 file (its byte-order mark) is told to be saved as UTF-8", async () => {
    for (const bom of [
      [0xff, 0xfe],
      [0xfe, 0xff],
    ]) {
      const bytes = Buffer.concat([Buffer.from(bom), Buffer.from("name,city\r\n", "utf16le")]);
      expect(await rowsOf([bytes])).toBe(
        "This file is UTF-16 text: save it as “CSV UTF-8” and import it again",
      );
    }
  });
});
