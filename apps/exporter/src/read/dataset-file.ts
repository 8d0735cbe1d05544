import { type FileHandle, open } from "node:fs/promises";
import { COLLECTION_NAMES } from "@labour-left/data/schemas";
import { type ParseError, parseTree, printParseErrorCode } from "jsonc-parser";
import { ExportError } from "../errors";
import { ByteWindow } from "./_byte-window";
import { lineAndColumnAt } from "./_position";
import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  findValueEnd,
  JsonSyntaxError,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
  type SkipState,
  skipContainer as scanOn,
} from "./_scan-json";

/** Items are parsed in batches of about this many bytes: fewer JSON.parse calls, bounded memory. */
const BATCH_BYTES = 1 << 20;

type TopLevelValue =
  | { readonly isArray: true; readonly start: number; readonly end: number }
  | { readonly isArray: false; readonly value: unknown };

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** `ValueExpected` -> `value expected` */
function describeSyntaxError(code: ParseError["error"]): string {
  return printParseErrorCode(code)
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
}

/** Parses a piece of the file; a syntax error is placed at its byte offset in the file. */
function parsePiece(text: string, offsetOfText: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const [first] = errors;
    const at = first?.offset ?? 0;
    throw new JsonSyntaxError(
      offsetOfText + Buffer.byteLength(text.slice(0, at)),
      first ? describeSyntaxError(first.error) : "invalid value",
    );
  }
}

/** Reads the value at the window's next byte whole, and parses it. */
async function readValue(window: ByteWindow): Promise<unknown> {
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

/**
 * Reads an array whose `[` has just been read, up to and including its `]`, handing its items over in batches
 * parsed with one JSON.parse each. Element ends are found by a byte scan; JSON.parse judges their syntax.
 */
async function readArray(window: ByteWindow, onBatch: (items: unknown[]) => Promise<void> | void): Promise<void> {
  const flush = async (): Promise<void> => {
    if (window.pin === undefined) return;
    const from = window.pin - window.offset;
    window.pin = undefined;
    const text = window.bytes.toString("utf8", from, window.at);
    await onBatch(parsePiece(`[${text}]`, window.offset + from - 1) as unknown[]);
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

/** Skips an array or object whose first byte is next, without parsing it: the first pass only needs its extent. */
async function skipContainer(window: ByteWindow): Promise<void> {
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

/** Turns a syntax error into an ExportError naming the file, line and column; other errors name the file. */
async function explainSyntaxError(path: string, error: unknown): Promise<ExportError> {
  if (error instanceof ExportError) return error;
  if (!(error instanceof JsonSyntaxError)) return new ExportError(`cannot read ${path}: ${reasonOf(error)}`);
  const handle = await open(path, "r");
  try {
    const { line, column } = await lineAndColumnAt(handle, error.offset);
    return new ExportError(`${path}:${line}:${column}: not valid JSON: ${error.reason}`);
  } finally {
    await handle.close();
  }
}

/**
 * A dataset file read in pieces: one pass finds where each top-level value lies, then each collection is read
 * item by item when asked for, so the file is never held whole.
 */
export class DatasetFile {
  private constructor(
    private readonly path: string,
    private readonly handle: FileHandle,
    private readonly topLevel: ReadonlyMap<string, TopLevelValue> | { readonly whole: unknown },
  ) {}

  /** Opens a dataset file and finds its top-level values; a syntax error names the line and column. */
  static async open(path: string): Promise<DatasetFile> {
    let handle: FileHandle;
    try {
      handle = await open(path, "r");
    } catch (error) {
      throw new ExportError(`cannot read ${path}: ${reasonOf(error)}`);
    }
    try {
      return new DatasetFile(path, handle, await DatasetFile.scanTopLevel(handle));
    } catch (error) {
      await handle.close();
      throw await explainSyntaxError(path, error);
    }
  }

  private static async scanTopLevel(
    handle: FileHandle,
  ): Promise<ReadonlyMap<string, TopLevelValue> | { readonly whole: unknown }> {
    const window = new ByteWindow(handle, 0, (await handle.stat()).size);
    await window.extend();
    if (window.bytes[0] === 0xef && window.bytes[1] === 0xbb && window.bytes[2] === 0xbf) window.at = 3;
    // Anything but an object is read whole: it is not a dataset, and validation will say so.
    if ((await window.peek()) !== OPEN_BRACE) return { whole: await DatasetFile.readRest(window) };
    window.at += 1;
    const values = new Map<string, TopLevelValue>();
    const collections = new Set<string>(COLLECTION_NAMES);
    let next = await window.peek();
    while (next !== CLOSE_BRACE) {
      if (next !== QUOTE) throw new JsonSyntaxError(window.position, "property name expected");
      const key = (await readValue(window)) as string;
      await window.expect([COLON], "colon expected");
      // A collection's items are read later, in the validator's order; any other value is read now, whole.
      if ((await window.peek()) === OPEN_BRACKET && collections.has(key)) {
        const start = window.position;
        await skipContainer(window);
        values.set(key, { isArray: true, start, end: window.position });
      } else {
        values.set(key, { isArray: false, value: await readValue(window) });
      }
      if ((await window.expect([COMMA, CLOSE_BRACE], "comma expected")) === CLOSE_BRACE) break;
      next = await window.peek();
    }
    if (next === CLOSE_BRACE) window.at += 1;
    if ((await window.peek()) !== undefined) throw new JsonSyntaxError(window.position, "end of file expected");
    return values;
  }

  private static async readRest(window: ByteWindow): Promise<unknown> {
    const value = await readValue(window);
    if ((await window.peek()) !== undefined) throw new JsonSyntaxError(window.position, "end of file expected");
    return value;
  }

  /**
   * The top level with each collection's items left out (an empty array stands for an array),
   * for checking the top level before the items.
   */
  skeleton(): unknown {
    if (!(this.topLevel instanceof Map)) return (this.topLevel as { whole: unknown }).whole;
    return Object.fromEntries([...this.topLevel].map(([key, entry]) => [key, entry.isArray ? [] : entry.value]));
  }

  /** Hands over the items of one collection in batches, in file order; nothing when it is not an array. */
  async readItems(collection: string, onBatch: (items: unknown[]) => Promise<void> | void): Promise<void> {
    const entry = this.topLevel instanceof Map ? this.topLevel.get(collection) : undefined;
    if (entry === undefined || !entry.isArray) return;
    const window = new ByteWindow(this.handle, entry.start, entry.end);
    try {
      await window.expect([OPEN_BRACKET], "value expected");
      await readArray(window, onBatch);
    } catch (error) {
      throw await explainSyntaxError(this.path, error);
    }
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
