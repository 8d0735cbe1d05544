import type { Stage } from "../stage/stage";
import type { FormatWriter } from "./_writer";
import { type CsvOptions, createCsvWriter } from "./csv";
import { createCsvWriterInWorker } from "./csv-in-worker";
import { writeDataPackage } from "./datapackage";
import { createJsonWriter } from "./json";
import { writeJsonSchemas } from "./json-schema";
import { createPopoloWriter } from "./popolo";

export const FORMATS = ["json", "csv", "popolo", "jsonschema"] as const;
export type Format = (typeof FORMATS)[number];

/**
 * A writer for each chosen format; the CSV format brings its data package, JSON Schema needs no records.
 * With `parallel`, CSV is written in a worker thread where one is available (for large inputs).
 */
export function createFormatWriters(
  formats: readonly Format[],
  stage: Stage,
  csv: CsvOptions = {},
  parallel = false,
): FormatWriter[] {
  const writers: FormatWriter[] = [];
  if (formats.includes("json")) writers.push(createJsonWriter(stage));
  if (formats.includes("csv")) {
    const tables = (parallel ? createCsvWriterInWorker(stage, csv) : undefined) ?? createCsvWriter(stage, csv);
    writers.push({
      add: (batch) => tables.add(batch),
      finish: async (context) => {
        await tables.finish(context);
        await writeDataPackage(stage, context);
      },
      dispose: async () => tables.dispose?.(),
    });
  }
  if (formats.includes("popolo")) writers.push(createPopoloWriter(stage));
  if (formats.includes("jsonschema")) writers.push({ add: () => undefined, finish: () => writeJsonSchemas(stage) });
  return writers;
}

export type { ExportContext, FormatWriter, RecordBatch } from "./_writer";
export { type CsvOptions, encodeCsvRow, FORMULA_TRIGGERS, guardFormula } from "./csv";
