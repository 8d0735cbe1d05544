import type { Stage } from "../stage/stage";
import type { FormatWriter } from "./_writer";
import { type CsvOptions, createCsvWriter } from "./csv";
import { writeDataPackage } from "./datapackage";
import { createJsonWriter } from "./json";
import { writeJsonSchemas } from "./json-schema";
import { createPopoloWriter } from "./popolo";

export const FORMATS = ["json", "csv", "popolo", "jsonschema"] as const;
export type Format = (typeof FORMATS)[number];

/**
 * A writer for each chosen format; the CSV format brings its data package, JSON Schema needs no records.
 * `csvTables` writes the CSV tables instead of this thread (record workers do, for large inputs).
 */
export function createFormatWriters(
  formats: readonly Format[],
  stage: Stage,
  csv: CsvOptions = {},
  csvTables: FormatWriter = createCsvWriter(stage, csv),
): FormatWriter[] {
  const writers: FormatWriter[] = [];
  if (formats.includes("json")) writers.push(createJsonWriter(stage));
  if (formats.includes("csv")) {
    writers.push({
      add: (batch) => csvTables.add(batch),
      finish: async (context) => {
        await csvTables.finish(context);
        await writeDataPackage(stage, context, csv);
      },
    });
  }
  if (formats.includes("popolo")) writers.push(createPopoloWriter(stage));
  if (formats.includes("jsonschema")) writers.push({ add: () => undefined, finish: () => writeJsonSchemas(stage) });
  return writers;
}

export type { ExportContext, FormatWriter, RecordBatch } from "./_writer";
export { type CsvOptions, encodeCsvRow, FORMULA_TRIGGERS, guardFormula } from "./csv";
