import { resolve } from "node:path";
import { dataset as bundled } from "@labour-left/data";
import type { Dataset } from "@labour-left/data/schemas";
import { ExportError } from "./errors";
import type { FormatWriter, RecordBatch } from "./formats/_writer";
import type { CsvOptions } from "./formats/csv";
import { FORMATS, type Format } from "./formats/names";
import { createFormatWriters, needsCsvTables } from "./formats/writers";
import { worthWorkers } from "./parallel/worth-workers";
import { problemCount, problemLines } from "./problem-report";
import { type DatasetSource, datasetInMemory } from "./read/dataset-source";
import type { InputFile } from "./read/input-file";
import { type Stage, type WrittenFile, writeThroughStage } from "./stage/stage";
import { feedBundled } from "./validate/bundled";
import { validateInThisThread } from "./validate/in-this-thread";
import type { ValidatedSource } from "./validate/validated-source";

// Formats made from the CSV tables, which worker threads write: the others are fed records in this thread.
const TABLE_FORMATS: ReadonlySet<Format> = new Set(["csv", "sqlite", "parquet", "xlsx"]);

export interface ExportOptions extends CsvOptions {
  /** Where to write; created if missing. */
  readonly outDir: string;
  /** Which formats; all of them when absent. */
  readonly formats?: readonly Format[];
  /**
   * A JSON file following the dataset schema, exported instead of the bundled dataset (validated first); `-` is
   * standard input, and a pipe is read too.
   */
  readonly input?: string;
  /** A dataset object, exported instead of the bundled dataset (validated first). */
  readonly dataset?: Dataset;
  /**
   * Parse, check and write CSV in worker threads while this one reads bytes and checks ids and references;
   * by default for inputs of 64 MiB or more, on two cores or more. Needs the built package (workers run built
   * files).
   */
  readonly parallel?: boolean;
  /**
   * Stops the export when aborted: the staged files are removed, nothing in `outDir` changes, and the promise
   * rejects with the signal's reason.
   */
  readonly signal?: AbortSignal;
}

export type { WrittenFile };

/**
 * Validates the dataset record by record while each format writes into a staging folder, then moves every file
 * into place, or none if anything was invalid or failed. A file given as `input` is read in pieces: memory holds
 * the sort buffers and the ids that references are checked against, not the dataset. The same path whether or not
 * worker threads check the records: read, validate while feeding the formats, then finish each format.
 * @example await exportDataset({ outDir: "exports", formats: ["csv"] })
 */
export async function exportDataset(options: ExportOptions): Promise<WrittenFile[]> {
  const { signal } = options;
  signal?.throwIfAborted();
  if (options.input === undefined) return exportFrom(undefined, options);
  // Loaded only with an input to read, as the file reader is: it brings sockets and pipes.
  const { withInputFile } = await import("./read/input-file");
  return withInputFile(options.input, (input) => exportFrom(input, options), signal);
}

async function exportFrom(input: InputFile | undefined, options: ExportOptions): Promise<WrittenFile[]> {
  const useWorkers = await worthWorkers(options.parallel, input?.path);
  return writeThroughStage(
    resolve(options.outDir),
    (stage) => exportInto(stage, input, options, useWorkers),
    options.signal,
  );
}

async function exportInto(
  stage: Stage,
  input: InputFile | undefined,
  options: ExportOptions,
  useWorkers: boolean,
): Promise<void> {
  const formats = options.formats ?? FORMATS;
  // The workers start (each loads and compiles the schemas) while this thread makes its first pass over the file.
  // They write the CSV tables themselves; the other formats are fed here. Their code, like the file reader's, is
  // loaded only when used: an export of the bundled data loads neither.
  const workers = useWorkers
    ? (await import("./parallel/record-workers")).RecordWorkers.start(
        needsCsvTables(formats) ? { stage, options } : undefined,
      )
    : undefined;
  try {
    const source = input
      ? await (await import("./read/dataset-from-file")).datasetFromFile(input)
      : datasetInMemory(options.dataset ?? bundled);
    try {
      const csvTables: FormatWriter | undefined = workers && {
        add: () => undefined,
        finish: () => workers.writeTables(),
      };
      const writers = await createFormatWriters(formats, stage, options, csvTables, workers);
      const fedHere = workers ? formats.some((format) => !TABLE_FORMATS.has(format)) : writers.length > 0;
      const feed = fedHere
        ? async (batch: RecordBatch) => {
            for (const writer of writers) await writer.add(batch);
          }
        : undefined;
      // Worker threads check what they parse: the bundled dataset, fed here unchecked, is fed only without them.
      const bundledData = input === undefined && options.dataset === undefined && workers === undefined;
      const validated = bundledData
        ? await feedBundled(source, feed, options.signal)
        : workers
          ? await (await import("./parallel/validate-in-workers")).validateInWorkers(
              source,
              workers,
              feed,
              options.signal,
            )
          : await validateInThisThread(source, feed, options.signal);
      await finishWriters(writers, validated, source, options);
    } finally {
      await source.close();
    }
  } finally {
    await workers?.stop();
  }
}

async function finishWriters(
  writers: readonly FormatWriter[],
  { result, version, sources }: ValidatedSource,
  source: DatasetSource,
  options: ExportOptions,
): Promise<void> {
  if (!result.valid) {
    throw new ExportError(
      `${options.input === undefined ? "the dataset" : source.name} does not follow the dataset schema (${problemCount(result)}); nothing was written`,
      problemLines(result),
    );
  }
  for (const writer of writers) {
    options.signal?.throwIfAborted();
    await writer.finish({ version: version as string, sources });
  }
}
