// Validating an invalid file costs no more time than a valid one of the same size: a hostile file must not be a
// way to keep the validator busy. Each file is validated in a fresh process; fastest of a few runs.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { printTable } from "./_measure.mjs";
import { writeSyntheticDataset } from "./_synthetic-dataset.mjs";

const SCALE = 10;
const RUNS = 3;
const exporterDist = new URL("../apps/exporter/dist/index.js", import.meta.url).href;
const workDir = mkdtempSync(join(tmpdir(), "labour-left-bench-invalid-"));

/** A file of `bytes` bytes whose people are all the same invalid item, with every other collection empty. */
function writeInvalid(path, bytes, item) {
  const head =
    '{"version":"1.0.0","sources":[],"organizations":[],"memberships":[],"posts":[],"areas":[],"events":[],"statements":[],"candidacies":[],"errata":[],"people":[';
  const count = Math.max(1, Math.floor((bytes - head.length - 2) / (item.length + 1)));
  writeFileSync(path, `${head}${Array.from({ length: count }, () => item).join(",")}]}`);
  return count;
}

function validateMs(path) {
  const script = `const { validateDatasetFile } = await import(${JSON.stringify(exporterDist)});
const start = performance.now(); const result = await validateDatasetFile(${JSON.stringify(path)});
console.log(JSON.stringify({ ms: performance.now() - start, total: result.total }));`;
  const runs = Array.from({ length: RUNS }, () =>
    JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }).trim()),
  );
  return { ms: Math.min(...runs.map((run) => run.ms)), total: runs[0].total };
}

try {
  const valid = join(workDir, "valid.json");
  await writeSyntheticDataset(valid, SCALE);
  const bytes = statSync(valid).size;
  const cases = [
    ["valid (synthetic dataset)", valid, undefined],
    ["numbers instead of records", join(workDir, "numbers.json"), "1"],
    ["records missing every field", join(workDir, "empty-records.json"), "{}"],
    ["records with a bad field", join(workDir, "bad-field.json"), '{"id":"Not A Slug","name":"x"}'],
  ];
  const rows = [];
  let baseline;
  for (const [name, path, item] of cases) {
    const items = item === undefined ? undefined : writeInvalid(path, bytes, item);
    const { ms, total } = validateMs(path);
    baseline ??= ms;
    rows.push({
      input: name,
      MB: (statSync(path).size / 1e6).toFixed(1),
      items: items ?? "",
      problems: total,
      ms: ms.toFixed(0),
      "x valid": (ms / baseline).toFixed(2),
    });
  }
  console.log(`Validating a file of ${(bytes / 1e6).toFixed(0)} MB (fastest of ${RUNS} runs, each in a fresh process)`);
  printTable(rows);
  const worst = Math.max(...rows.map((row) => Number(row["x valid"])));
  console.log(
    `goal: an invalid file costs no more than a valid one of the same size -> ${worst <= 1 ? "met" : "MISSED"} (worst ${worst.toFixed(2)}x)`,
  );
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
