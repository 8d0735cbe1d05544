import { resolve } from "node:path";
import { dataset as bundled, type Dataset } from "@labour-left/data";
import { describeIssue } from "@labour-left/data/schemas";
import { ExportError } from "./errors";
import { type CsvOptions, createFormatWriters, FORMATS, type Format, type FormatWriter } from "./formats/index";
import { RecordWorkers } from "./parallel/record-workers";
import { validateInWorkers } from "./parallel/validate-in-workers";
import { type DatasetSource, datasetFromFile, datasetInMemory } from "./read/dataset-source";
import { type Stage, type WrittenFile, writeThroughStage } from "./stage/stage";
import { type ValidatedSource, validateSource } from "./validate-source";

/**
 * Inputs from this size on are parsed, checked and written to CSV by worker threads. Each worker compiles the
 * schemas and warms up anew, which costs more than it gains below this (on two cores: slower at 26 MB, faster at 258 MB).
 */
const PARALLEL_FROM_BYTES = 64 * 1024 * 1024;

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
   * by default for inputs of 64 MiB or more. Needs the built package (worker threads run built files).
   */
  readonly parallel?: boolean;
}

export type { WrittenFile };

/**
 * Validates the dataset record by record while each format writes into a staging folder, then moves every file
 * into place, or none if anything was invalid or failed. A file given as `input` is read in pieces: memory holds
 * the sort buffers and the ids that references are checked against, not the dataset.
 * @example await exportDataset({ outDir: "exports", formats: ["csv"] })
 */
export async function exportDataset(options: ExportOptions): Promise<WrittenFile[]> {
  const source =
    options.input !== undefined ? await datasetFromFile(options.input) : datasetInMemory(options.dataset ?? bundled);
  try {
    return await writeThroughStage(resolve(options.outDir), (stage) => exportFrom(source, stage, options));
  } finally {
    await source.close();
  }
}

async function exportFrom(source: DatasetSource, stage: Stage, options: ExportOptions): Promise<void> {
  const formats = options.formats ?? FORMATS;
  const parallel = options.parallel ?? (source.bytes ?? 0) >= PARALLEL_FROM_BYTES;
  const workers = parallel ? RecordWorkers.start(stage, options, formats.includes("csv")) : undefined;
  if (workers === undefined) {
    const writers = createFormatWriters(formats, stage, options);
    const validated = await validateSource(source, async (batch) => {
      for (const writer of writers) await writer.add(batch);
    });
    await finishWriters(writers, validated, source, options);
    return;
  }
  try {
    // The workers write the CSV tables; the other formats are fed here.
    const csvTables: FormatWriter = { add: () => undefined, finish: () => workers.writeTables() };
    const writers = createFormatWriters(formats, stage, options, csvTables);
    const thisThread = writers.length > (formats.includes("csv") ? 1 : 0) ? writers : [];
    const validated = await validateInWorkers(
      source,
      workers,
      thisThread.length === 0
        ? undefined
        : async (batch) => {
            for (const writer of thisThread) await writer.add(batch);
          },
    );
    await finishWriters(writers, validated, source, options);
  } finally {
    await workers.stop();
  }
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
  for (const writer of writers) await writer.finish({ version: version as string, sources });
}
