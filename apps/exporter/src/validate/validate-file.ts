import type { ValidationResult } from "@labour-left/data/schemas";
import { RecordWorkers } from "../parallel/record-workers";
import { validateInWorkers } from "../parallel/validate-in-workers";
import { worthWorkers } from "../parallel/worth-workers";
import { datasetFromFile } from "../read/dataset-from-file";
import { type InputFile, withInputFile } from "../read/input-file";
import { validateInThisThread } from "./in-this-thread";

/**
 * Validates a dataset file as the exporter reads it, in pieces, so that a file too large to hold can be checked;
 * with `parallel` (by default for files of 64 MiB or more), records are checked in worker threads. Aborting
 * `signal` stops it between batches, rejecting with the signal's reason.
 * Malformed JSON is an ExportError naming the line and column. `-` reads standard input; a pipe is read too.
 * @example const { valid, issues } = await validateDatasetFile("my-dataset.json")
 */
export async function validateDatasetFile(
  path: string,
  options: { readonly parallel?: boolean; readonly signal?: AbortSignal } = {},
): Promise<ValidationResult> {
  options.signal?.throwIfAborted();
  return await withInputFile(path, (file) => validateInputFile(file, options), options.signal);
}

/** Validates a regular file, which messages call by `file.name`: see validateDatasetFile. */
export async function validateInputFile(
  file: InputFile,
  { parallel, signal }: { readonly parallel?: boolean; readonly signal?: AbortSignal } = {},
): Promise<ValidationResult> {
  // The workers start while this thread makes its first pass over the file.
  const workers = (await worthWorkers(parallel, file.path)) ? RecordWorkers.start() : undefined;
  try {
    const source = await datasetFromFile(file);
    try {
      const validated = workers
        ? validateInWorkers(source, workers, undefined, signal)
        : validateInThisThread(source, undefined, signal);
      return (await validated).result;
    } finally {
      await source.close();
    }
  } finally {
    await workers?.stop();
  }
}
