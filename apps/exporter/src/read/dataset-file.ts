import { type FileHandle, open } from "node:fs/promises";
import { COLLECTION_NAMES } from "@labour-left/data";
import { ExportError } from "../errors";
import { ByteWindow } from "./_byte-window";
import { type ItemBatch, ItemBatches } from "./_item-batches";
import { lineAndColumnAt } from "./_position";
import { type ItemsBytes, parsePiece, readValue, skipContainer } from "./_read-values";
import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  JsonSyntaxError,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
} from "./_scan-json";
import { decodeUtf8 } from "./_utf8";

type TopLevelValue =
  | { readonly isArray: true; readonly start: number; readonly end: number; readonly batches: readonly ItemBatch[] }
  | { readonly isArray: false; readonly value: unknown };

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
/** Turns a syntax error into an ExportError naming the file, line and column; other errors name the file. */
async function explainSyntaxError(handle: FileHandle, name: string, error: unknown): Promise<ExportError> {
  if (error instanceof ExportError) return error;
  if (!(error instanceof JsonSyntaxError)) return new ExportError(`cannot read ${name}: ${reasonOf(error)}`);
  const { line, column } = await lineAndColumnAt(handle, error.offset);
  return new ExportError(`${name}:${line}:${column}: not valid JSON: ${error.reason}`);
}

/**
 * A dataset file read in pieces: one pass finds where each top-level value lies, then each collection is read
 * item by item when asked for, so the file is never held whole.
 */
export class DatasetFile {
  private constructor(
    /** How messages name the file. */
    private readonly path: string,
    /** The file's size in bytes. */
    readonly bytes: number,
    private readonly handle: FileHandle,
    private readonly topLevel: ReadonlyMap<string, TopLevelValue> | { readonly whole: unknown },
  ) {}

  /**
   * Opens a dataset file and finds its top-level values; a syntax error names the line and column.
   * @param name how messages name the file
   */
  static async open(path: string, name = path): Promise<DatasetFile> {
    let handle: FileHandle;
    try {
      handle = await open(path, "r");
    } catch (error) {
      throw new ExportError(`cannot read ${name}: ${reasonOf(error)}`);
    }
    try {
      const { size } = await handle.stat();
      return new DatasetFile(name, size, handle, await DatasetFile.scanTopLevel(handle, size));
    } catch (error) {
      const explained = await explainSyntaxError(handle, name, error);
      await handle.close();
      throw explained;
    }
  }

  private static async scanTopLevel(
    handle: FileHandle,
    size: number,
  ): Promise<ReadonlyMap<string, TopLevelValue> | { readonly whole: unknown }> {
    const window = new ByteWindow(handle, 0, size);
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
      const keyAt = window.position;
      const key = (await readValue(window)) as string;
      if (values.has(key)) throw new JsonSyntaxError(keyAt, `duplicate name ${JSON.stringify(key)}`);
      await window.expect([COLON], "colon expected");
      // A collection's items are read later, in the validator's order; any other value is read now, whole.
      if ((await window.peek()) === OPEN_BRACKET && collections.has(key)) {
        const start = window.position;
        const items = new ItemBatches(start);
        await skipContainer(window, (at, afterValue, closes) => items.separator(at, afterValue, closes));
        values.set(key, { isArray: true, start, end: window.position, batches: items.batches });
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
  readItems(collection: string, onBatch: (items: unknown[], text: string) => Promise<void> | void): Promise<void> {
    return this.readBatches(
      collection,
      (items, offset) => {
        const text = `[${decodeUtf8(items, offset + 1)}]`;
        return { items: parsePiece(text, offset) as unknown[], text };
      },
      ({ items, text }) => onBatch(items, text),
    );
  }

  /** Hands over the items of one collection as undecoded bytes of a JSON array, in batches, in file order. */
  readBytes(collection: string, onBatch: (batch: ItemsBytes) => Promise<void> | void): Promise<void> {
    return this.readBatches(
      collection,
      (items, offset, count) => {
        const bytes = new Uint8Array(items.length + 2);
        bytes[0] = OPEN_BRACKET;
        bytes.set(items, 1);
        bytes[bytes.length - 1] = CLOSE_BRACKET;
        return { bytes, count, offset };
      },
      onBatch,
    );
  }

  /**
   * Reads a collection's batches where the first pass cut them (nothing is scanned again), makes each ready with
   * `prepare` (a syntax error there is the file's) and hands it to `onBatch` (whose failures are its own).
   * `prepare` gets the items' bytes without the brackets (valid only during the call), and the file offset of
   * the `[` that would open them.
   */
  private async readBatches<Prepared>(
    collection: string,
    prepare: (items: Buffer, offset: number, count: number) => Prepared,
    onBatch: (prepared: Prepared) => Promise<void> | void,
  ): Promise<void> {
    const entry = this.topLevel instanceof Map ? this.topLevel.get(collection) : undefined;
    if (entry === undefined || !entry.isArray) return;
    const window = new ByteWindow(this.handle, entry.start, entry.end);
    let received: unknown;
    try {
      for (const { start, end, count } of entry.batches) {
        while (window.offset + window.bytes.length < end) {
          if (!(await window.extend())) throw new Error(`${this.path} changed while it was being read`);
        }
        const prepared = prepare(window.bytes.subarray(start - window.offset, end - window.offset), start - 1, count);
        window.at = end - window.offset;
        try {
          await onBatch(prepared);
        } catch (error) {
          received = error;
          throw error;
        }
      }
    } catch (error) {
      if (error === received) throw error;
      throw await explainSyntaxError(this.handle, this.path, error);
    }
  }

  /** Where a syntax error at `offset` bytes lies, as an ExportError naming the line and column. */
  explainSyntaxError(offset: number, reason: string): Promise<ExportError> {
    return explainSyntaxError(this.handle, this.path, new JsonSyntaxError(offset, reason));
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
