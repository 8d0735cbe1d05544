import { resolve } from "node:path";
import { dataset as bundled, type Dataset } from "@labour-left/data";
import { describeIssue } from "@labour-left/data/schemas";
import { ExportError } from "./errors";
import { type CsvOptions, createFormatWriters, FORMATS, type Format, type FormatWriter } from "./formats/index";
import { RecordWorkers } from "./parallel/record-workers";
import { validateInWorkers } from "./parallel/validate-in-workers";
import { worthWorkers } from "./parallel/worth-workers";
import { type DatasetSource, datasetFromFile, datasetInMemory } from "./read/dataset-source";
import { type Stage, type WrittenFile, writeThroughStage } from "./stage/stage";
import { type ValidatedSource, validateSource } from "./validate-source";

export interface ExportOptions extends CsvOptions {
  /** Where to write; created if missing. */
  readonly outDir: string;
  /** Which formats; all of them when absent. */
  readonly formats?: readonly Format[];
  /** A JSON file following the dataset schema, exported instead of the bundled dataset (validated first). */
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
 * the sort buffers and the ids that references are checked against, not the dataset.
 * @example await exportDataset({ outDir: "exports", formats: ["csv"] })
 */
export async function exportDataset(options: ExportOptions): Promise<WrittenFile[]> {
  const outDir = resolve(options.outDir);
  const { signal } = options;
  signal?.throwIfAborted();
  if (!(await worthWorkers(options.parallel, options.input))) {
    const source = await openSource(options);
    try {
      return await writeThroughStage(outDir, (stage) => exportInThisThread(source, stage, options), signal);
    } finally {
      await source.close();
    }
  }
  return writeThroughStage(outDir, (stage) => exportWithWorkers(stage, options), signal);
}

async function exportWithWorkers(stage: Stage, options: ExportOptions): Promise<void> {
  // The workers start (each loads and compiles the schemas) while this thread makes its first pass over the file.
  const formats = options.formats ?? FORMATS;
  const workers = RecordWorkers.start(formats.includes("csv") ? { stage, options } : undefined);
  try {
    const source = await openSource(options);
    try {
      if (workers === undefined) await exportInThisThread(source, stage, options);
      else await exportInWorkers(source, stage, options, workers);
    } finally {
      await source.close();
    }
  } finally {
    await workers?.stop();
  }
}

function openSource(options: ExportOptions): Promise<DatasetSource> {
  if (options.input !== undefined) return datasetFromFile(options.input);
  return Promise.resolve(datasetInMemory(options.dataset ?? bundled));
}

async function exportInThisThread(source: DatasetSource, stage: Stage, options: ExportOptions): Promise<void> {
  const writers = createFormatWriters(options.formats ?? FORMATS, stage, options);
  const validated = await validateSource(
    source,
    async (batch) => {
      for (const writer of writers) await writer.add(batch);
    },
    options.signal,
  );
  await finishWriters(writers, validated, source, options);
}

async function exportInWorkers(
  source: DatasetSource,
  stage: Stage,
  options: ExportOptions,
  workers: RecordWorkers,
): Promise<void> {
  const formats = options.formats ?? FORMATS;
  // The workers write the CSV tables; the other formats are fed here.
  const csvTables: FormatWriter = { add: () => undefined, finish: () => workers.writeTables() };
  const writers = createFormatWriters(formats, stage, options, csvTables);
  const inThisThread = writers.length > (formats.includes("csv") ? 1 : 0);
  const validated = await validateInWorkers(
    source,
    workers,
    inThisThread
      ? async (batch) => {
          for (const writer of writers) await writer.add(batch);
        }
      : undefined,
    options.signal,
  );
  await finishWriters(writers, validated, source, options);
}

async function finishWriters(
  writers: readonly FormatWriter[],
  { result, version, sources }: ValidatedSource,
  source: DatasetSource,
  options: ExportOptions,
): Promise<void> {
  if (!result.valid) {
    const count = result.issues.length;
    throw new ExportError(
      options.input === undefined
        ? "the dataset does not follow the dataset schema; nothing was written"
        : `${source.name} does not follow the dataset schema (${count} problem${count === 1 ? "" : "s"}); nothing was written`,
      result.issues.map(describeIssue),
    );
  }
  for (const writer of writers) {
    options.signal?.throwIfAborted();
    await writer.finish({ version: version as string, sources });
  }
}
