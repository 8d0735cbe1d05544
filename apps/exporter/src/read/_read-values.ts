// Reading JSON values and skipping containers on a moving window on a file: the pieces DatasetFile is made of.
import { findSyntaxError } from "../read-json-file";
import type { ByteWindow } from "./_byte-window";
import { repeatedName } from "./_duplicate-keys";
import { findValueEnd, JsonSyntaxError, type OnSeparator, skipContainer as scanOn, startState } from "./_scan-json";
import { decodeUtf8 } from "./_utf8";

/**
 * Parses a piece of the file; a syntax error, or a name repeated in an object, is placed at its byte offset in
 * the file.
 * @param offsetOfText where the text starts in the file, in bytes
 */
export function parsePiece(text: string, offsetOfText: number): unknown {
  const inFile = (offset: number): number => offsetOfText + Buffer.byteLength(text.slice(0, offset));
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const { offset, reason } = findSyntaxError(text);
    throw new JsonSyntaxError(inFile(offset), reason);
  }
  const repeated = repeatedName(text, parsed);
  if (repeated) throw new JsonSyntaxError(inFile(repeated.offset), `duplicate name ${JSON.stringify(repeated.name)}`);
  return parsed;
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
  return parsePiece(decodeUtf8(window.bytes.subarray(start, end), window.offset + start), window.offset + start);
}

/** A batch of an array's items as a JSON array in UTF-8 (`[...]`), not yet decoded nor parsed. */
export interface ItemsBytes {
  /** The bytes, alone in their ArrayBuffer, so that it can be handed to another thread. */
  readonly bytes: Uint8Array;
  /** How many items it holds. */
  readonly count: number;
  /** Where the `[` would be in the file, in bytes, to place a syntax error found in it. */
  readonly offset: number;
}

/**
 * Skips an array or object whose first byte is next, without parsing it: the first pass only needs its extent.
 * `onSeparator` is told of its own commas and closing bracket, at their offsets in the file.
 */
export async function skipContainer(window: ByteWindow, onSeparator?: OnSeparator): Promise<void> {
  const state = startState();
  const inFile: OnSeparator | undefined =
    onSeparator && ((at, afterValue, closes) => onSeparator(window.offset + at, afterValue, closes));
  let end = scanOn(window.bytes, window.at, state, inFile);
  while (end === -1) {
    const scanned = window.bytes.length;
    window.at = scanned;
    if (!(await window.extend())) throw new JsonSyntaxError(window.position, "close bracket expected");
    end = scanOn(window.bytes, window.at, state, inFile);
  }
  window.at = end;
}
