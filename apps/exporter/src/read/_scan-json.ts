// Byte-level helpers for finding where JSON values end, so a large file can be cut into items without parsing it whole.
// They find boundaries only; JSON.parse of each piece remains the judge of its syntax.

export const QUOTE = 0x22;
const BACKSLASH = 0x5c;
export const OPEN_BRACE = 0x7b;
export const CLOSE_BRACE = 0x7d;
export const OPEN_BRACKET = 0x5b;
export const CLOSE_BRACKET = 0x5d;
export const COMMA = 0x2c;
export const COLON = 0x3a;

/** A syntax error at a byte offset of the file, worded as jsonc-parser words them. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(`${reason} at byte ${offset}`);
    this.name = "JsonSyntaxError";
  }
}

export function isWhitespace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** End of a string whose opening quote is just before `from`, or -1 when the buffer ends first. */
function findStringEnd(buffer: Buffer, from: number): number {
  let searchFrom = from;
  for (;;) {
    const quote = buffer.indexOf(QUOTE, searchFrom);
    if (quote === -1) return -1;
    let backslashes = 0;
    while (quote - backslashes - 1 >= from && buffer[quote - backslashes - 1] === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    searchFrom = quote + 1;
  }
}

function findContainerEnd(buffer: Buffer, start: number): number {
  let depth = 0;
  for (let at = start; at < buffer.length; at += 1) {
    const byte = buffer[at];
    if (byte === QUOTE) {
      const end = findStringEnd(buffer, at + 1);
      if (end === -1) return -1;
      at = end - 1;
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth += 1;
    else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth -= 1;
      if (depth === 0) return at + 1;
    }
  }
  return -1;
}

const ends = (byte: number | undefined): boolean =>
  isWhitespace(byte) || byte === COMMA || byte === CLOSE_BRACE || byte === CLOSE_BRACKET;

/**
 * End (exclusive) of the JSON value that starts at `start`, or -1 when the buffer ends before it does.
 * @example findValueEnd(Buffer.from('{"a": [1]}, 2'), 0) // 10
 */
export function findValueEnd(buffer: Buffer, start: number, offsetOfBuffer: number): number {
  const first = buffer[start];
  if (first === QUOTE) return findStringEnd(buffer, start + 1);
  if (first === OPEN_BRACE || first === OPEN_BRACKET) return findContainerEnd(buffer, start);
  if (first === undefined || ends(first) || first === COLON) {
    throw new JsonSyntaxError(offsetOfBuffer + start, "value expected");
  }
  let at = start;
  while (at < buffer.length && !ends(buffer[at])) at += 1;
  return at === buffer.length ? -1 : at;
}

/** Where a scan of a container stopped: its depth and whether inside a string, so it can go on in the next chunk. */
export interface SkipState {
  depth: number;
  inString: boolean;
  escaped: boolean;
}

/**
 * Scans on from `from` with `state` and returns the end (exclusive) of the container the scan began in,
 * or -1 when the buffer ends first (the state then holds where it stopped). Strings are crossed in a tight
 * inner loop, as most of a dataset's bytes are inside strings.
 */
export function skipContainer(buffer: Buffer, from: number, state: SkipState): number {
  let { depth, inString } = state;
  const length = buffer.length;
  let at = from;
  // A backslash ended the previous buffer: the character it escapes opens this one.
  if (state.escaped) at += 1;
  state.escaped = false;
  while (at < length) {
    if (inString) {
      while (at < length) {
        const byte = buffer[at];
        if (byte === QUOTE) {
          inString = false;
          at += 1;
          break;
        }
        if (byte === BACKSLASH) {
          if (at + 1 >= length) state.escaped = true;
          at += 2;
        } else at += 1;
      }
      continue;
    }
    const byte = buffer[at];
    if (byte === QUOTE) inString = true;
    else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth += 1;
    else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth -= 1;
      if (depth === 0) return at + 1;
    }
    at += 1;
  }
  state.depth = depth;
  state.inString = inString;
  return -1;
}
