import type { Stage } from "../stage/stage";
import type { FormatWriter, TableWorkers } from "./_writer";
import { type CsvOptions, createCsvWriter } from "./csv";
import { writeDataPackage } from "./datapackage";
import { createGeoJsonWriter } from "./geojson";
import { createJsonWriter } from "./json";
import { writeJsonSchemas } from "./json-schema";
import type { Format } from "./names";
import { createParquetWriter } from "./parquet";
import { createPopoloWriter } from "./popolo";
import { createSqliteWriter } from "./sqlite";
import { writeViewTables } from "./views";
import { createXlsxWriter } from "./xlsx";

export { FORMATS, type Format } from "./names";

/** Whether the CSV tables must be made: for CSV itself, and for the formats made from them. */
export const needsCsvTables = (formats: readonly Format[]): boolean =>
  formats.includes("csv") || formats.includes("sqlite") || formats.includes("parquet") || formats.includes("xlsx");

/**
 * A writer for each chosen format; the CSV format brings its data package, JSON Schema needs no records.
 * `csvTables` writes the CSV tables instead of this thread (record workers do, for large inputs); `tableWorkers`
 * share out the tables for the database and Parquet files.
 */
export function createFormatWriters(
  formats: readonly Format[],
  stage: Stage,
  csv: CsvOptions = {},
  csvTables: FormatWriter = createCsvWriter(stage, csv),
  tableWorkers?: TableWorkers,
): FormatWriter[] {
  const writers: FormatWriter[] = [];
  if (formats.includes("json")) writers.push(createJsonWriter(stage));
  if (needsCsvTables(formats)) {
    // Made for the database and Parquet files too, but then only exported when asked for.
    if (!formats.includes("csv")) {
      stage.withhold("csv/");
      stage.withhold("datapackage.json");
    }
    writers.push({
      add: (batch) => csvTables.add(batch),
      finish: async (context) => {
        await csvTables.finish(context);
        await writeViewTables(stage, csv);
        await writeDataPackage(stage, context, csv, formats);
      },
    });
  }
  if (formats.includes("popolo")) writers.push(createPopoloWriter(stage));
  if (formats.includes("geojson")) writers.push(createGeoJsonWriter(stage));
  if (formats.includes("jsonschema")) writers.push({ add: () => undefined, finish: () => writeJsonSchemas(stage) });
  // After the CSV writer: they read its sorted tables.
  if (formats.includes("sqlite")) writers.push(createSqliteWriter(stage, csv, tableWorkers));
  if (formats.includes("parquet")) writers.push(createParquetWriter(stage, csv, tableWorkers));
  if (formats.includes("xlsx")) writers.push(createXlsxWriter(stage, csv));
  return writers;
}

export type { ExportContext, FormatWriter, RecordBatch, TableWorkers } from "./_writer";
export { type CsvOptions, encodeCsvRow, FORMULA_TRIGGERS, guardFormula } from "./csv";
