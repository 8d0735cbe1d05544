// Reading JSON values and arrays from a moving window on a file: the pieces DatasetFile is made of.
import { findSyntaxError } from "../read-json-file";
import type { ByteWindow } from "./_byte-window";
import {
  CLOSE_BRACKET,
  COMMA,
  findValueEnd,
  JsonSyntaxError,
  type SkipState,
  skipContainer as scanOn,
} from "./_scan-json";

/**
 * Items are parsed in batches of about this many bytes: few JSON.parse calls, yet small enough that a batch's
 * objects die young (1 MiB batches lived long enough to be promoted, and validation ran a tenth slower).
 */
const BATCH_BYTES = 1 << 16;

/**
 * Parses a piece of the file; a syntax error is placed at its byte offset in the file.
 * @param offsetOfText where the text starts in the file, in bytes
 */
export function parsePiece(text: string, offsetOfText: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const { offset, reason } = findSyntaxError(text);
    throw new JsonSyntaxError(offsetOfText + Buffer.byteLength(text.slice(0, offset)), reason);
  }
}

/** Reads the value at the window's next byte whole, and parses it. */
export async function readValue(window: ByteWindow): Promise<unknown> {
  if ((await window.peek()) === undefined) throw new JsonSyntaxError(window.position, "value expected");
  let end = findValueEnd(window.bytes, window.at, window.offset);
  while (end === -1) {
    // A number at the very end of the file has nothing after it; JSON.parse judges what was read.
    if (!(await window.extend())) {
      end = window.bytes.length;
      break;
    }
    end = findValueEnd(window.bytes, window.at, window.offset);
  }
  const start = window.at;
  window.at = end;
  return parsePiece(window.bytes.toString("utf8", start, end), window.offset + start);
}

/** The next non-space byte, reading on when the window holds none; undefined at the end of the range. */
async function nextByte(window: ByteWindow): Promise<number | undefined> {
  const next = window.peekNow();
  return next === -1 ? window.peek() : next;
}

/** A batch of an array's items as JSON text (`[...]`), not yet parsed. */
export interface ItemsText {
  readonly text: string;
  /** How many items it holds. */
  readonly count: number;
  /** Where the text's `[` would be in the file, in bytes, to place a syntax error found in it. */
  readonly offset: number;
}

/**
 * Reads an array whose `[` has just been read, up to and including its `]`, handing its items over as JSON text
 * in batches. Element ends are found by a byte scan; JSON.parse, wherever the text goes, judges their syntax.
 */
export async function readArrayTexts(
  window: ByteWindow,
  onBatch: (batch: ItemsText) => Promise<void> | void,
): Promise<void> {
  let count = 0;
  const flush = async (): Promise<void> => {
    if (window.pin === undefined) return;
    const from = window.pin - window.offset;
    window.pin = undefined;
    const text = `[${window.bytes.toString("utf8", from, window.at)}]`;
    const batch = { text, count, offset: window.offset + from - 1 };
    count = 0;
    await onBatch(batch);
  };
  let next = await nextByte(window);
  if (next === CLOSE_BRACKET) {
    window.at += 1;
    return;
  }
  for (;;) {
    if (next === undefined) throw new JsonSyntaxError(window.position, "close bracket expected");
    if (window.pin === undefined) window.pin = window.position;
    let end = findValueEnd(window.bytes, window.at, window.offset);
    while (end === -1) {
      if (!(await window.extend())) {
        throw new JsonSyntaxError(window.offset + window.bytes.length, "close bracket expected");
      }
      end = findValueEnd(window.bytes, window.at, window.offset);
    }
    window.at = end;
    count += 1;
    if (window.position - window.pin >= BATCH_BYTES) await flush();
    next = await nextByte(window);
    if (next !== COMMA && next !== CLOSE_BRACKET) throw new JsonSyntaxError(window.position, "comma expected");
    if (next === CLOSE_BRACKET) break;
    window.at += 1;
    next = await nextByte(window);
    if (next === CLOSE_BRACKET) throw new JsonSyntaxError(window.position, "value expected");
  }
  await flush();
  window.at += 1;
}

/** Like `readArrayTexts`, with each batch parsed by one JSON.parse. */
export function readArray(
  window: ByteWindow,
  onBatch: (items: unknown[], text: string) => Promise<void> | void,
): Promise<void> {
  return readArrayTexts(window, ({ text, offset }) => onBatch(parsePiece(text, offset) as unknown[], text));
}

/** Skips an array or object whose first byte is next, without parsing it: the first pass only needs its extent. */
export async function skipContainer(window: ByteWindow): Promise<void> {
  const state: SkipState = { depth: 0, inString: false, escaped: false };
  let end = scanOn(window.bytes, window.at, state);
  while (end === -1) {
    const scanned = window.bytes.length;
    window.at = scanned;
    if (!(await window.extend())) throw new JsonSyntaxError(window.position, "close bracket expected");
    end = scanOn(window.bytes, window.at, state);
  }
  window.at = end;
}
