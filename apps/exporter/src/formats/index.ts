import type { Stage } from "../stage/stage";
import type { FormatWriter } from "./_writer";
import { type CsvOptions, createCsvWriter } from "./csv";
import { writeDataPackage } from "./datapackage";
import { createJsonWriter } from "./json";
import { writeJsonSchemas } from "./json-schema";
import { createPopoloWriter } from "./popolo";

export const FORMATS = ["json", "csv", "popolo", "jsonschema"] as const;
export type Format = (typeof FORMATS)[number];

/** A writer for each chosen format; the CSV format brings its data package, JSON Schema needs no records. */
export function createFormatWriters(formats: readonly Format[], stage: Stage, csv: CsvOptions = {}): FormatWriter[] {
  const writers: FormatWriter[] = [];
  if (formats.includes("json")) writers.push(createJsonWriter(stage));
  if (formats.includes("csv")) {
    const tables = createCsvWriter(stage, csv);
    writers.push({
      add: (collection, record) => tables.add(collection, record),
      finish: async (context) => {
        await tables.finish(context);
        await writeDataPackage(stage, context);
      },
    });
  }
  if (formats.includes("popolo")) writers.push(createPopoloWriter(stage));
  if (formats.includes("jsonschema")) writers.push({ add: () => undefined, finish: () => writeJsonSchemas(stage) });
  return writers;
}

export type { ExportContext, FormatWriter } from "./_writer";
export { type CsvOptions, encodeCsvRow, FORMULA_TRIGGERS, guardFormula } from "./csv";
