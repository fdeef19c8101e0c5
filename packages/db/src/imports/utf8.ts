/** Where a file stops being UTF-8: its line (1-based) and byte offset (0-based, as a hex editor shows). */
export type InvalidUtf8 = { line: number; offset: number };

/** A UTF-16 (or UTF-32) file, as Excel's "Unicode text" writes it, starts with its byte-order mark. */
export function isUtf16(first: Buffer): boolean {
  const bom = first.subarray(0, 2).toString("hex");
  return bom === "fffe" || bom === "feff";
}

/**
 * Fatal UTF-8 decoding of a file that arrives in chunks (a character may be cut between two): the
 * first byte that is not UTF-8 is reported with its line and byte offset, so that it can be found.
 * Without it, csv-parse (like Buffer#toString) turns such bytes into U+FFFD and a Latin-1 "é" would
 * be stored as "�". A UTF-8 byte-order mark is fine (csv-parse skips it).
 */
export class Utf8Check {
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });
  /** Bytes before the current chunk, and its lines (LF, CRLF or a lone CR each end one). */
  private offset = 0;
  private lines = 1;
  private lastWasCr = false;
  /** The last three bytes seen: a character cut at the end of a chunk starts there. */
  private tail = Buffer.alloc(0);

  /** The next chunk: null while the file is UTF-8 so far. */
  check(bytes: Buffer): InvalidUtf8 | null {
    try {
      this.decoder.decode(bytes, { stream: true });
    } catch {
      return this.locate(bytes);
    }
    this.lines += lineBreaks(bytes, this.lastWasCr);
    this.lastWasCr = bytes.at(-1) === 0x0d;
    this.offset += bytes.length;
    // The stream's last bytes, not the chunk's: a chunk may be a single byte.
    const last = bytes.length >= 3 ? bytes : Buffer.concat([this.tail, bytes]);
    this.tail = Buffer.from(last.subarray(Math.max(0, last.length - 3)));
    return null;
  }

  /** The end of the file: a character cut off by it is not UTF-8 either. */
  end(): InvalidUtf8 | null {
    try {
      this.decoder.decode();
      return null;
    } catch {
      return this.locate(Buffer.alloc(0));
    }
  }

  /** TextDecoder says only that the chunk is not UTF-8: find where. */
  private locate(bytes: Buffer): InvalidUtf8 {
    const at = firstInvalidUtf8(Buffer.concat([this.tail, bytes]));
    const before = bytes.subarray(0, Math.max(0, at - this.tail.length));
    return {
      line: this.lines + lineBreaks(before, this.lastWasCr),
      offset: this.offset - this.tail.length + at,
    };
  }
}

/** The line breaks in `bytes`: every CR, and every LF but the one of a CRLF. */
function lineBreaks(bytes: Buffer, afterCr: boolean): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0d); i !== -1; i = bytes.indexOf(0x0d, i + 1)) n++;
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) {
    if (!(i === 0 ? afterCr : bytes[i - 1] === 0x0d)) n++;
  }
  return n;
}

/** A lead byte's sequence length and the range of its second byte (no overlongs, surrogates or > U+10FFFF). */
function sequenceOf(b: number): [length: number, lo: number, hi: number] {
  if (b < 0x80) return [1, 0, 0];
  if (b >= 0xc2 && b <= 0xdf) return [2, 0x80, 0xbf];
  if (b === 0xe0) return [3, 0xa0, 0xbf];
  if (b === 0xed) return [3, 0x80, 0x9f];
  if (b >= 0xe1 && b <= 0xef) return [3, 0x80, 0xbf];
  if (b === 0xf0) return [4, 0x90, 0xbf];
  if (b >= 0xf1 && b <= 0xf3) return [4, 0x80, 0xbf];
  if (b === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}

/**
 * Where the first character that is not UTF-8 starts in `bytes` (which may begin inside a character:
 * its leading continuation bytes are skipped); the last character's start when the bytes end inside it.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length && i < 3 && ((bytes[i] as number) & 0xc0) === 0x80) i++;
  while (i < bytes.length) {
    const [n, lo, hi] = sequenceOf(bytes[i] as number);
    if (n === 0) return i;
    for (let k = 1; k < n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (k === 1 ? c < lo || c > hi : (c & 0xc0) !== 0x80)) return i;
    }
    i += n;
  }
  return bytes.length;
}
