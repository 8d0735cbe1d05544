import { COLLECTION_NAMES } from "@labour-left/data";
import type { Dataset } from "@labour-left/data/schemas";
import type { ItemsBytes } from "./_read-values";

/** A dataset to export, read collection by collection so that a large one is never held whole. */
export interface DatasetSource {
  /** Where it came from, for messages. */
  readonly name: string;
  /** Its size in bytes, where known: large inputs are worth worker threads. */
  readonly bytes?: number;
  /** The top level, with an empty array standing for each collection's items. */
  skeleton(): unknown;
  /** Hands over a collection's items in batches, in their order, with their JSON text when read from a file. */
  readItems(collection: string, onBatch: (items: readonly unknown[], text?: string) => Promise<void>): Promise<void>;
  /** Hands over a collection's items as undecoded JSON arrays in batches, for parsing in another thread. */
  readBytes(collection: string, onBatch: (batch: ItemsBytes) => Promise<void>): Promise<void>;
  /** A syntax error that another thread found at a byte offset, explained (line and column) as an ExportError. */
  explainSyntaxError(offset: number, reason: string): Promise<Error>;
  close(): Promise<void>;
}

/** Items of an array in memory are given to other threads in batches of this many. */
const ITEMS_PER_BATCH = 1000;

/** A dataset already in memory, such as the bundled one. */
export function datasetInMemory(dataset: Dataset): DatasetSource {
  const input = dataset as unknown as Record<string, unknown>;
  const collections = new Set<string>(COLLECTION_NAMES);
  return {
    name: "the dataset",
    skeleton: () =>
      Object.fromEntries(
        Object.entries(input).map(([key, value]) => [key, collections.has(key) && Array.isArray(value) ? [] : value]),
      ),
    readItems: async (collection, onBatch) => {
      const items = input[collection];
      if (Array.isArray(items)) await onBatch(items);
    },
    readBytes: async (collection, onBatch) => {
      const items = input[collection];
      if (!Array.isArray(items)) return;
      for (let from = 0; from < items.length; from += ITEMS_PER_BATCH) {
        const batch = items.slice(from, from + ITEMS_PER_BATCH);
        await onBatch({ bytes: new Uint8Array(Buffer.from(JSON.stringify(batch))), count: batch.length, offset: 0 });
      }
    },
    // Text made by JSON.stringify always parses.
    explainSyntaxError: async (offset, reason) => new Error(`${reason} at ${offset}`),
    close: async () => undefined,
  };
}
