import { resolve } from "node:path";
import { dataset as bundled, type Dataset } from "@labour-left/data";
import { describeIssue } from "@labour-left/data/schemas";
import { ExportError } from "./errors";
import { type CsvOptions, createFormatWriters, FORMATS, type Format, type FormatWriter } from "./formats/index";
import { type DatasetSource, datasetFromFile, datasetInMemory } from "./read/dataset-source";
import { type Stage, type WrittenFile, writeThroughStage } from "./stage/stage";
import { validateSource } from "./validate-source";

/** Inputs from this size on are written to CSV in a second thread. */
const PARALLEL_FROM_BYTES = 8 * 1024 * 1024;

export interface ExportOptions extends CsvOptions {
  /** Where to write; created if missing. */
  readonly outDir: string;
  /** Which formats; all of them when absent. */
  readonly formats?: readonly Format[];
  /** A JSON file following the dataset schema, exported instead of the bundled dataset (validated first). */
  readonly input?: string;
  /** A dataset object, exported instead of the bundled dataset (validated first). */
  readonly dataset?: Dataset;
  /** Write CSV in a second thread while this one reads and validates; by default for inputs of 8 MiB or more. */
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
  // A second thread costs about a tenth of a second to start: worth it only for a large input.
  const parallel = options.parallel ?? (source.bytes ?? 0) >= PARALLEL_FROM_BYTES;
  const writers = createFormatWriters(options.formats ?? FORMATS, stage, options, parallel);
  try {
    await readValidateAndWrite(source, writers, options);
  } finally {
    await Promise.all(writers.map((writer) => writer.dispose?.()));
  }
}

async function readValidateAndWrite(
  source: DatasetSource,
  writers: readonly FormatWriter[],
  options: ExportOptions,
): Promise<void> {
  const { result, version, sources } = await validateSource(source, async (batch) => {
    for (const writer of writers) await writer.add(batch);
  });
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
