// One measurement in its own process, so that its peak memory is its own: node exporter-csv-case.mjs <export|baseline> <scale> <dir>

import { once } from "node:events";
import { createWriteStream, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { syntheticDataset } from "./_synthetic-dataset.mjs";

// The CSV library the exporter itself uses, resolved from the exporter's dependencies.
const exporterRequire = createRequire(new URL("../apps/exporter/package.json", import.meta.url));
const { stringify } = await import(pathToFileURL(exporterRequire.resolve("csv-stringify/sync")).href);

const exporterDist = new URL("../apps/exporter/dist/index.js", import.meta.url).href;
const schemasDist = new URL("../packages/data/dist/schemas.js", import.meta.url).href;
const [mode, scaleText, outDir] = process.argv.slice(2);
const dataset = syntheticDataset(Number(scaleText));
const { TABLES, exportDataset } = await import(exporterDist);

async function writeRowsAlone(dir) {
  // The baseline: the same rows, already flattened, written by the CSV library alone.
  mkdirSync(dir, { recursive: true });
  const flattened = TABLES.map((table) => ({
    name: table.name,
    rows: table.rows(dataset).map((row) => table.columns.map((column) => column.value(row) ?? "")),
    header: table.columns.map((column) => column.name),
  }));
  const start = performance.now();
  for (const { name, rows, header } of flattened) {
    const stream = createWriteStream(join(dir, `${name}.csv`));
    stream.write(stringify([header], { record_delimiter: "\r\n" }));
    for (let index = 0; index < rows.length; index += 2000) {
      if (!stream.write(stringify(rows.slice(index, index + 2000), { record_delimiter: "\r\n" })))
        await once(stream, "drain");
    }
    stream.end();
    await once(stream, "finish");
  }
  return performance.now() - start;
}

async function validateAndExport(dir) {
  // exportDataset validates before it writes; validation is also timed alone to show its share.
  const { validateDataset } = await import(schemasDist);
  const start = performance.now();
  if (!validateDataset(dataset).valid) throw new Error("the synthetic dataset is not valid");
  const validateMs = performance.now() - start;
  const exportStart = performance.now();
  await exportDataset({ dataset, outDir: dir, formats: ["csv"] });
  return { validateMs, totalMs: performance.now() - exportStart };
}

const timing = mode === "baseline" ? { totalMs: await writeRowsAlone(outDir) } : await validateAndExport(outDir);
const rows = { people: dataset.people.length, memberships: dataset.memberships.length };
console.log(JSON.stringify({ ...timing, ...rows, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
