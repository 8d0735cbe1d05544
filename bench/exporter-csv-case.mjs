// One measurement in its own process, so that its peak memory is its own:
//   node exporter-csv-case.mjs export <dataset.json> <out dir>     validate and export the file to CSV
//   node exporter-csv-case.mjs threads <dataset.json> <out dir>    the same, in worker threads whatever its size
//   node exporter-csv-case.mjs sqlite|parquet <dataset.json> <dir>  validate and export the file to SQLite or Parquet
//   node exporter-csv-case.mjs baseline <scale> <out dir>          the CSV library alone writing the same rows
//   node exporter-csv-case.mjs validation <scale>                  validating the same records in memory, alone
//   node exporter-csv-case.mjs naive <dataset.json> <out dir>      the file read whole, its rows made and written by
//                                                                  the CSV library, unchecked and unsorted

import { once } from "node:events";
import { createWriteStream, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { syntheticDataset } from "./_synthetic-dataset.mjs";

const exporterDist = new URL("../apps/exporter/dist/index.js", import.meta.url).href;
const [mode, input, outDir] = process.argv.slice(2);
const { TABLES, exportDataset, tableRows } = await import(exporterDist);

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

const MODES = {
  export: () => validateAndExport(input, outDir, undefined),
  threads: () => validateAndExport(input, outDir, true),
  sqlite: () => validateAndExport(input, outDir, undefined, ["sqlite"]),
  parquet: () => validateAndExport(input, outDir, undefined, ["parquet"]),
  baseline: () => writeRowsAlone(Number(input), outDir),
  validation: () => validateAlone(Number(input)),
  naive: () => exportNaively(input, outDir),
};
const timing = await MODES[mode]();
console.log(JSON.stringify({ ...timing, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
