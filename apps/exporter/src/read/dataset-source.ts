import type { Dataset } from "@labour-left/data";
import { COLLECTION_NAMES } from "@labour-left/data/schemas";
import { DatasetFile } from "./dataset-file";

/** A dataset to export, read collection by collection so that a large one is never held whole. */
export interface DatasetSource {
  /** Where it came from, for messages. */
  readonly name: string;
  /** Its size in bytes, where known: large inputs are worth a second thread. */
  readonly bytes?: number;
  /** The top level, with an empty array standing for each collection's items. */
  skeleton(): unknown;
  /** Hands over a collection's items in batches, in their order, with their JSON text when read from a file. */
  readItems(collection: string, onBatch: (items: readonly unknown[], text?: string) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

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
    close: async () => undefined,
  };
}

/** A JSON file following the dataset schema, read in pieces. */
export async function datasetFromFile(path: string): Promise<DatasetSource> {
  const file = await DatasetFile.open(path);
  return {
    name: path,
    bytes: file.bytes,
    skeleton: () => file.skeleton(),
    readItems: (collection, onBatch) => file.readItems(collection, onBatch),
    close: () => file.close(),
  };
}
