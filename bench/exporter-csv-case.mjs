// One measurement in its own process, so that its peak memory is its own:
//   node exporter-csv-case.mjs export <dataset.json> <out dir>     validate and export the file to CSV
//   node exporter-csv-case.mjs threads <dataset.json> <out dir>    the same, in worker threads whatever its size
//   node exporter-csv-case.mjs sqlite|parquet <dataset.json> <dir>  validate and export the file to SQLite or Parquet
//   node exporter-csv-case.mjs baseline <scale> <out dir>          the CSV library alone writing the same rows
//   node exporter-csv-case.mjs validation <scale>                  validating the same records in memory, alone
//   node exporter-csv-case.mjs naive <dataset.json> <out dir>      the file read whole, its rows made and written by
//                                                                  the CSV library, unchecked and unsorted
//   node exporter-csv-case.mjs json|all <dataset.json> <out dir>   validate and export the file as JSON, or in every format
//   node exporter-csv-case.mjs json-floor <dataset.json> <out dir>  read, parse, stringify and write the file, nothing else
//   node exporter-csv-case.mjs duckdb-parquet <csv dir> <out dir>  DuckDB copying the same CSV tables to Parquet
//   node exporter-csv-case.mjs sqlite3-import <csv dir> <out dir>   the sqlite3 program loading the same CSV tables
//                                                                  into the export's schema (tables and indexes)

import { execFileSync } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { syntheticDataset } from "./_synthetic-dataset.mjs";

const exporterDist = new URL("../apps/exporter/dist/index.js", import.meta.url).href;
const [mode, input, outDir] = process.argv.slice(2);
const { FORMATS, TABLES, exportDataset, tableRows } = await import(exporterDist);

/** Each table's header and rows as arrays of cells, as the exporter's tables flatten a dataset. */
function flattenTables(dataset) {
  return TABLES.map((table) => ({
    name: table.name,
    rows: tableRows(table, dataset).map((row) => table.columns.map((column) => column.value(row) ?? "")),
    header: table.columns.map((column) => column.name),
  }));
}

async function writeWithCsvStringify(tables, dir) {
  // csv-stringify, the most used CSV writer on npm, resolved from the root's dependencies.
  const rootRequire = createRequire(new URL("../package.json", import.meta.url));
  const { stringify } = await import(pathToFileURL(rootRequire.resolve("csv-stringify/sync")).href);
  mkdirSync(dir, { recursive: true });
  for (const { name, rows, header } of tables) {
    const stream = createWriteStream(join(dir, `${name}.csv`));
    stream.write(stringify([header], { record_delimiter: "\r\n" }));
    for (let index = 0; index < rows.length; index += 2000) {
      if (!stream.write(stringify(rows.slice(index, index + 2000), { record_delimiter: "\r\n" })))
        await once(stream, "drain");
    }
    stream.end();
    await once(stream, "finish");
  }
  return tables.reduce((sum, table) => sum + table.rows.length, 0);
}

async function writeRowsAlone(scale, dir) {
  // The rows are made before the clock starts: the baseline is only the writing.
  const tables = flattenTables(syntheticDataset(scale));
  const start = performance.now();
  const rows = await writeWithCsvStringify(tables, dir);
  return { totalMs: performance.now() - start, rows };
}

async function exportNaively(path, dir) {
  const start = performance.now();
  const rows = await writeWithCsvStringify(flattenTables(JSON.parse(readFileSync(path, "utf8"))), dir);
  return { totalMs: performance.now() - start, rows };
}

async function validateAlone(scale) {
  // The data package as the exporter resolves it, so that both measure the same build.
  const exporterRequire = createRequire(new URL("../apps/exporter/package.json", import.meta.url));
  const { validateDataset } = await import(pathToFileURL(exporterRequire.resolve("@labour-left/data/schemas")).href);
  const dataset = syntheticDataset(scale);
  // Made before the clock starts, as the baseline's rows are: this is the least any validating export must do.
  const start = performance.now();
  const { valid } = validateDataset(dataset);
  if (!valid) throw new Error("the synthetic dataset does not validate");
  return { totalMs: performance.now() - start, rows: 0 };
}

async function validateAndExport(path, dir, parallel, formats = ["csv"]) {
  const start = performance.now();
  const written = await exportDataset({ input: path, outDir: dir, formats, parallel });
  const rows = written.reduce((sum, file) => sum + (/^(csv|parquet)\/|\.db$/.test(file.path) ? file.rows : 0), 0);
  return { totalMs: performance.now() - start, rows };
}

async function jsonFloor(path, dir) {
  const start = performance.now();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "dataset.json"), JSON.stringify(JSON.parse(readFileSync(path, "utf8")), null, 2));
  return { totalMs: performance.now() - start, rows: 0 };
}

const csvTablesIn = (dir) =>
  readdirSync(join(dir, "csv"))
    .filter((file) => file.endsWith(".csv"))
    .map((file) => file.replace(/\.csv$/, ""));

async function duckdbParquet(exportDir, dir) {
  // DuckDB, as the exporter's tests install it, resolved from the exporter's dependencies.
  const exporterRequire = createRequire(new URL("../apps/exporter/package.json", import.meta.url));
  const { DuckDBInstance } = await import(pathToFileURL(exporterRequire.resolve("@duckdb/node-api")).href);
  mkdirSync(dir, { recursive: true });
  const start = performance.now();
  const connection = await (await DuckDBInstance.create(":memory:")).connect();
  for (const table of csvTablesIn(exportDir)) {
    const from = join(exportDir, "csv", `${table}.csv`).replaceAll("'", "''");
    const to = join(dir, `${table}.parquet`).replaceAll("'", "''");
    await connection.run(`COPY (SELECT * FROM read_csv('${from}', header = true)) TO '${to}' (FORMAT parquet)`);
  }
  return { totalMs: performance.now() - start, rows: 0 };
}

async function sqlite3Import(exportDir, dir) {
  // The export's own schema (STRICT tables, keys, indexes), then every table imported by the sqlite3 program.
  const schema = execFileSync("sqlite3", [join(exportDir, "labour-left.db"), ".schema"], { encoding: "utf8" });
  mkdirSync(dir, { recursive: true });
  const commands = [
    // Not STRICT: the program's .import writes an empty cell as '' (the exporter writes NULL), which a STRICT
    // INTEGER column refuses. Tables, keys and indexes are the export's.
    schema.replace(/^CREATE VIEW[\s\S]*?;$/gm, "").replace(/\)\s*STRICT\s*;/g, ");"),
    ...csvTablesIn(exportDir)
      // The flat views are views in the database, not tables: they are not loaded.
      .filter((table) => new RegExp(`^CREATE TABLE (?:IF NOT EXISTS )?"?${table}"?[ (]`, "m").test(schema))
      .map((table) => `.import --csv --skip 1 '${join(exportDir, "csv", `${table}.csv`)}' ${table}`),
  ].join("\n");
  // A new database each run: the bench measures every case twice, into the same folder.
  const database = join(dir, "imported.db");
  rmSync(database, { force: true });
  const start = performance.now();
  execFileSync("sqlite3", ["-bail", database], { input: commands, stdio: ["pipe", "ignore", "pipe"] });
  return { totalMs: performance.now() - start, rows: 0 };
}

const MODES = {
  export: () => validateAndExport(input, outDir, undefined),
  threads: () => validateAndExport(input, outDir, true),
  sqlite: () => validateAndExport(input, outDir, undefined, ["sqlite"]),
  parquet: () => validateAndExport(input, outDir, undefined, ["parquet"]),
  baseline: () => writeRowsAlone(Number(input), outDir),
  validation: () => validateAlone(Number(input)),
  naive: () => exportNaively(input, outDir),
  json: () => validateAndExport(input, outDir, undefined, ["json"]),
  // Every format but the workbook: a sheet holds 1,048,575 rows, fewer than the largest tables have at 100x, and the
  // exporter refuses such a workbook rather than cut it short.
  all: () =>
    validateAndExport(
      input,
      outDir,
      undefined,
      FORMATS.filter((format) => format !== "xlsx"),
    ),
  "json-floor": () => jsonFloor(input, outDir),
  "duckdb-parquet": () => duckdbParquet(input, outDir),
  "sqlite3-import": () => sqlite3Import(input, outDir),
};
const timing = await MODES[mode]();
console.log(JSON.stringify({ ...timing, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
