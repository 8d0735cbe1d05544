import type { Stage } from "../stage/stage";
import type { FormatWriter, TableWorkers } from "./_writer";
import type { CsvOptions } from "./csv";
import type { Format } from "./names";

/** Whether the CSV tables must be made: for CSV itself, and for the formats made from them. */
export const needsCsvTables = (formats: readonly Format[]): boolean =>
  formats.includes("csv") || formats.includes("sqlite") || formats.includes("parquet") || formats.includes("xlsx");

/**
 * A writer for each chosen format; the CSV format brings its data package, JSON Schema needs no records.
 * `csvTables` writes the CSV tables instead of this thread (record workers do, for large inputs); `tableWorkers`
 * share out the tables for the database and Parquet files. Each format's code is loaded only when it is chosen:
 * `--format json` loads no table, database or Parquet code.
 */
export async function createFormatWriters(
  formats: readonly Format[],
  stage: Stage,
  csv: CsvOptions = {},
  csvTablesGiven?: FormatWriter,
  tableWorkers?: TableWorkers,
): Promise<FormatWriter[]> {
  const writers: FormatWriter[] = [];
  if (formats.includes("json")) writers.push((await import("./json")).createJsonWriter(stage));
  if (needsCsvTables(formats)) {
    const csvTables = csvTablesGiven ?? (await import("./csv")).createCsvWriter(stage, csv);
    const { writeViewTables } = await import("./views");
    const { writeDataPackage } = await import("./datapackage");
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
  if (formats.includes("popolo")) writers.push((await import("./popolo")).createPopoloWriter(stage));
  if (formats.includes("geojson")) writers.push((await import("./geojson")).createGeoJsonWriter(stage));
  if (formats.includes("jsonschema")) {
    const { writeJsonSchemas } = await import("./json-schema");
    writers.push({ add: () => undefined, finish: () => writeJsonSchemas(stage) });
  }
  // After the CSV writer: they read its sorted tables.
  if (formats.includes("sqlite")) writers.push((await import("./sqlite")).createSqliteWriter(stage, csv, tableWorkers));
  if (formats.includes("parquet")) {
    writers.push((await import("./parquet")).createParquetWriter(stage, csv, tableWorkers));
  }
  if (formats.includes("xlsx")) writers.push((await import("./xlsx")).createXlsxWriter(stage, csv));
  return writers;
}
