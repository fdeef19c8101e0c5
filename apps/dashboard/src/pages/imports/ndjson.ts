/**
 * Reads NDJSON (one JSON value per line) as it arrives. XMLHttpRequest exposes the response so far
 * as one growing string (`responseText`), so `read` takes that whole text each time and returns
 * only the values of lines completed since the last call; a line cut off at the end of a chunk
 * waits for the rest. `finish` also takes a last line that has no newline.
 */
export class NdjsonReader {
  private offset = 0;

  /** Values of the complete lines in `text` past what was already read. */
  read(text: string): unknown[] {
    const end = text.lastIndexOf("\n");
    if (end < this.offset) return [];
    const lines = text.slice(this.offset, end).split("\n");
    this.offset = end + 1;
    return parseLines(lines);
  }

  /** Everything left once the response is complete, including a last line without "\n". */
  finish(text: string): unknown[] {
    const values = this.read(text);
    const rest = text.slice(this.offset);
    this.offset = text.length;
    return [...values, ...parseLines([rest])];
  }
}

function parseLines(lines: string[]): unknown[] {
  const out: unknown[] = [];
  for (const raw of lines) {
    const line = raw.trim(); // also drops the "\r" of a CRLF line end
    if (line === "") continue;
    try {
      out.push(JSON.parse(line));
    } catch {
      throw new NdjsonError(line);
    }
  }
  return out;
}

export class NdjsonError extends Error {
  constructor(readonly line: string) {
    super(`Not a JSON line: ${line.slice(0, 80)}`);
    this.name = "NdjsonError";
  }
}
