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

/** What a byte means to a scan outside strings; most bytes mean nothing. */
const OTHER = 0;
const STRING = 1;
const OPEN = 2;
const CLOSE = 3;
const SPACE = 4;
const SEPARATOR = 5;
const BYTE_KIND = new Uint8Array(256).fill(OTHER);
BYTE_KIND[QUOTE] = STRING;
BYTE_KIND[OPEN_BRACE] = OPEN;
BYTE_KIND[OPEN_BRACKET] = OPEN;
BYTE_KIND[CLOSE_BRACE] = CLOSE;
BYTE_KIND[CLOSE_BRACKET] = CLOSE;
for (const space of [0x20, 0x0a, 0x0d, 0x09]) BYTE_KIND[space] = SPACE;
BYTE_KIND[COMMA] = SEPARATOR;

/** How many backslashes come just before `at`, not looking before `from`. */
function backslashesBefore(buffer: Buffer, at: number, from: number): number {
  let count = 0;
  while (at - count - 1 >= from && buffer[at - count - 1] === BACKSLASH) count += 1;
  return count;
}

/**
 * End of a string whose opening quote is just before `from`, or -1 when the buffer ends first. The closing quote
 * is found with indexOf, which is faster than a loop over the string's bytes (a 258 MB file: 0.45 s against 0.7 s).
 */
function findStringEnd(buffer: Buffer, from: number): number {
  for (let searchFrom = from; ; ) {
    const quote = buffer.indexOf(QUOTE, searchFrom);
    if (quote === -1) return -1;
    if (backslashesBefore(buffer, quote, from) % 2 === 0) return quote + 1;
    searchFrom = quote + 1;
  }
}

function findContainerEnd(buffer: Buffer, start: number): number {
  let depth = 0;
  for (let at = start; at < buffer.length; at += 1) {
    const kind = BYTE_KIND[buffer[at] as number];
    if (kind === STRING) {
      const end = findStringEnd(buffer, at + 1);
      if (end === -1) return -1;
      at = end - 1;
    } else if (kind === OPEN) depth += 1;
    else if (kind === CLOSE) {
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
  /** Whether anything but space has come since the container opened or since its last comma. */
  valueSeen: boolean;
}

export const startState = (): SkipState => ({ depth: 0, inString: false, escaped: false, valueSeen: false });

/**
 * Told of each comma of the container being skipped (not of those inside it) and of its closing bracket: the
 * index in the buffer, whether a value came before it, and whether it closes the container.
 */
export type OnSeparator = (at: number, afterValue: boolean, closes: boolean) => void;

/**
 * Scans on from `from` with `state` and returns the end (exclusive) of the container the scan began in,
 * or -1 when the buffer ends first (the state then holds where it stopped, inside a string or not).
 */
export function skipContainer(buffer: Buffer, from: number, state: SkipState, onSeparator?: OnSeparator): number {
  let { depth, valueSeen } = state;
  let at = from;
  if (state.inString) {
    // A backslash ended the previous buffer: the character it escapes opens this one.
    const start = state.escaped ? at + 1 : at;
    state.escaped = false;
    const end = start >= buffer.length ? -1 : findStringEnd(buffer, start);
    if (end === -1) return stopInString(buffer, start, state);
    at = end;
  }
  while (at < buffer.length) {
    const kind = BYTE_KIND[buffer[at] as number];
    if (kind === SPACE) {
      at += 1;
      continue;
    }
    // Depth 1 is directly inside the container: where its items are.
    if (depth === 1 && kind !== SEPARATOR && kind !== CLOSE) valueSeen = true;
    if (kind === STRING) {
      const end = findStringEnd(buffer, at + 1);
      if (end === -1) {
        state.depth = depth;
        state.valueSeen = valueSeen;
        return stopInString(buffer, at + 1, state);
      }
      at = end;
      continue;
    }
    if (kind === OPEN) depth += 1;
    else if (kind === CLOSE) {
      depth -= 1;
      if (depth === 0) {
        onSeparator?.(at, valueSeen, true);
        return at + 1;
      }
    } else if (kind === SEPARATOR && depth === 1) {
      onSeparator?.(at, valueSeen, false);
      valueSeen = false;
    }
    at += 1;
  }
  state.depth = depth;
  state.valueSeen = valueSeen;
  state.inString = false;
  return -1;
}

/**
 * The buffer ended inside a string that began at `from`: an odd run of backslashes at its end escapes what comes
 * next.
 */
function stopInString(buffer: Buffer, from: number, state: SkipState): -1 {
  state.inString = true;
  state.escaped = from <= buffer.length && backslashesBefore(buffer, buffer.length, from) % 2 === 1;
  return -1;
}
