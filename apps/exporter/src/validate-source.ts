import type { Source } from "@labour-left/data";
import { createDatasetValidator, VALIDATION_ORDER, type ValidationResult } from "@labour-left/data/schemas";
import type { RecordBatch } from "./formats/index";
import { RecordWorkers } from "./parallel/record-workers";
import { validateInWorkers } from "./parallel/validate-in-workers";
import { worthWorkers } from "./parallel/worth-workers";
import { type DatasetSource, datasetFromFile } from "./read/dataset-source";

export interface ValidatedSource {
  readonly result: ValidationResult;
  /** The dataset's version, as its top level gives it. */
  readonly version: unknown;
  /** The valid sources, which every format's metadata names. */
  readonly sources: readonly Source[];
}

/**
 * Reads a dataset collection by collection in the validator's order, validating each record; `onValid` is given
 * each batch of records as long as nothing invalid has been found (once something is, nothing will be written,
 * but validation goes on to list every problem). `signal` stops it between batches.
 */
export async function validateSource(
  source: DatasetSource,
  onValid?: (batch: RecordBatch) => Promise<void>,
  signal?: AbortSignal,
): Promise<ValidatedSource> {
  const validator = createDatasetValidator();
  const skeleton = source.skeleton();
  const arrays = validator.checkTopLevel(skeleton);
  const sources: Source[] = [];
  for (const collection of VALIDATION_ORDER) {
    let index = 0;
    if (arrays.has(collection)) {
      await source.readItems(collection, async (items, text) => {
        signal?.throwIfAborted();
        const records: Readonly<Record<string, unknown>>[] = [];
        for (const item of items) {
          const record = validator.checkItem(collection, index, item);
          index += 1;
          if (record !== undefined) records.push(record);
        }
        if (!validator.valid) return;
        if (collection === "sources") sources.push(...(records as unknown as Source[]));
        await onValid?.(text === undefined ? { collection, records } : { collection, records, text });
      });
    }
    validator.endCollection(collection);
  }
  return { result: validator.finish(), version: (skeleton as { version?: unknown }).version, sources };
}

/**
 * Validates a dataset file as the exporter reads it, in pieces, so that a file too large to hold can be checked;
 * with `parallel` (by default for files of 64 MiB or more), records are checked in worker threads. Aborting
 * `signal` stops it between batches, rejecting with the signal's reason.
 * Malformed JSON is an ExportError naming the line and column.
 * @example const { valid, issues } = await validateDatasetFile("my-dataset.json")
 */
export async function validateDatasetFile(
  path: string,
  options: { readonly parallel?: boolean; readonly signal?: AbortSignal } = {},
): Promise<ValidationResult> {
  const { signal } = options;
  signal?.throwIfAborted();
  // The workers start while this thread makes its first pass over the file.
  const workers = (await worthWorkers(options.parallel, path)) ? RecordWorkers.start() : undefined;
  try {
    const source = await datasetFromFile(path);
    try {
      const validated = workers
        ? validateInWorkers(source, workers, undefined, signal)
        : validateSource(source, undefined, signal);
      return (await validated).result;
    } finally {
      await source.close();
    }
  } finally {
    await workers?.stop();
  }
}
